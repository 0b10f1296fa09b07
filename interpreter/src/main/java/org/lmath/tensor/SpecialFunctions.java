package org.lmath.tensor;

import org.apache.commons.math3.special.Erf;

/**
 * Scalar functions Java's Math lacks, written as C's libm writes them (fdlibm's formulas for the
 * inverse hyperbolic functions), so that results agree with NumPy's to the last bit or two and
 * stay accurate near 0 and for large arguments, where the textbook formulas cancel or overflow.
 */
public final class SpecialFunctions {

    private SpecialFunctions() {}

    private static final double LN2 = Math.log(2);
    private static final double LARGE = 0x1p28;  // above this, x^2 + 1 is x^2 in doubles

    public static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        double a = Math.abs(x), result;
        if (a > LARGE) {
            result = largeLog(a);
        } else if (a > 2) {
            result = Math.log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
        } else {
            result = Math.log1p(a + x * x / (1 + Math.sqrt(1 + x * x)));
        }
        return Math.copySign(result, x);
    }

    public static double acosh(double x) {
        if (Double.isNaN(x) || x < 1) return Double.NaN;
        if (x > LARGE) return largeLog(x);
        if (x > 2) return Math.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    /** log(2 x) for x above 2^28 (NumPy's last bit: log of the exact double 2 x, not log(x) + log(2)). */
    private static double largeLog(double x) {
        return x < Double.MAX_VALUE / 2 ? Math.log(2 * x) : Math.log(x) + LN2;
    }

    public static double atanh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || a > 1) return Double.NaN;
        if (a == 1) return Math.copySign(Double.POSITIVE_INFINITY, x);
        double result = a < 0.5 ? 0.5 * Math.log1p(2 * a + 2 * a * a / (1 - a)) : 0.5 * Math.log1p(2 * a / (1 - a));
        return Math.copySign(result, x);
    }

    /** NumPy's sinc: sin(pi x) / (pi x), and 1 at 0. */
    public static double sinc(double x) {
        if (x == 0) return 1;
        double y = Math.PI * x;
        return Math.sin(y) / y;
    }

    public static double erf(double x) {
        if (Double.isNaN(x)) return x;
        return Erf.erf(x);
    }

    public static double erfc(double x) {
        if (Double.isNaN(x)) return x;
        return Erf.erfc(x);
    }

    /** log(1 + exp(x)), and x itself above 20 where the two agree in doubles (PyTorch's threshold). */
    public static double softplus(double x) {
        return x > 20 ? x : Math.log1p(Math.exp(x));
    }

    /** NumPy's logaddexp: log(exp(a) + exp(b)) without overflow. */
    public static double logAddExp(double a, double b) {
        if (a == b) return a + LN2;  // also inf + inf, and -inf with -inf
        double difference = a - b;
        if (difference > 0) return a + Math.log1p(Math.exp(-difference));
        if (difference <= 0) return b + Math.log1p(Math.exp(difference));
        return difference;  // nan
    }
}
