package org.lmath.tensor;



/**
 * The one-argument elementwise functions: each with its rule for a plain number (Java's Math,
 * which gives IEEE results like NumPy: log(0) = -inf, sqrt(-1) = nan) applied to each element of a tensor, in
 * Java (only the normal random numbers take C's log, through NativeKernels).
 */
public enum MathFunction {
    EXP { public double apply(double x) { return Math.exp(x); } },
    LOG { public double apply(double x) { return Math.log(x); } },
    SQRT { public double apply(double x) { return Math.sqrt(x); } },
    ABS { public double apply(double x) { return Math.abs(x); } },
    SIN { public double apply(double x) { return Math.sin(x); } },
    COS { public double apply(double x) { return Math.cos(x); } },
    /**
     * Not ND4J's tanh: it loses all precision for small x (tanh(1e-20) was 0, tanh(1e-10) wrong in
     * the 8th digit), where tanh(x) is x. Java's is within 2 ulps of NumPy's everywhere.
     */
    TANH { public double apply(double x) { return Math.tanh(x); } },
    TAN { public double apply(double x) { return Math.tan(x); } },
    LOG2 { public double apply(double x) { return log2(x); } },
    LOG10 { public double apply(double x) { return Math.log10(x); } },
    /** 1 / (1 + e^-x), written so that neither branch overflows (as SciPy's expit). */
    SIGMOID { public double apply(double x) { return sigmoid(x); } },
    /** max(x, 0); nan stays nan, as np.maximum(x, 0). */
    RELU { public double apply(double x) { return x > 0 || Double.isNaN(x) ? x : 0.0; } },
    SIGN { public double apply(double x) { return Math.signum(x); } },
    FLOOR { public double apply(double x) { return Math.floor(x); } },
    CEIL { public double apply(double x) { return Math.ceil(x); } },
    /** Halves round to the even neighbour, as NumPy's round. */
    ROUND { public double apply(double x) { return Math.rint(x); } },
    NEGATE { public double apply(double x) { return -x; } },
    /** The standard normal cdf (Statistics.normalCdf); normal_cdf is built on it. */
    NORMAL_CDF { public double apply(double x) { return Statistics.normalCdf(x); } },
    /** Its inverse (Statistics.normalPpf); normal_ppf is built on it. */
    NORMAL_PPF { public double apply(double x) { return Statistics.normalPpf(x); } },
    SINH { public double apply(double x) { return Math.sinh(x); } },
    COSH { public double apply(double x) { return Math.cosh(x); } },
    ARCSIN { public double apply(double x) { return Math.asin(x); } },
    ARCCOS { public double apply(double x) { return Math.acos(x); } },
    ARCTAN { public double apply(double x) { return Math.atan(x); } },
    ARCSINH { public double apply(double x) { return SpecialFunctions.asinh(x); } },
    ARCCOSH { public double apply(double x) { return SpecialFunctions.acosh(x); } },
    ARCTANH { public double apply(double x) { return SpecialFunctions.atanh(x); } },
    LOG1P { public double apply(double x) { return Math.log1p(x); } },
    EXPM1 { public double apply(double x) { return Math.expm1(x); } },
    /** 2^x, exact for whole x. */
    EXP2 { public double apply(double x) { return Math.pow(2, x); } },
    SQUARE { public double apply(double x) { return x * x; } },
    RECIPROCAL { public double apply(double x) { return 1 / x; } },
    SINC { public double apply(double x) { return SpecialFunctions.sinc(x); } },
    /** x * (pi / 180), the same two doubles NumPy multiplies. */
    DEG2RAD { public double apply(double x) { return x * (Math.PI / 180); } },
    RAD2DEG { public double apply(double x) { return x * (180 / Math.PI); } },
    ERF { public double apply(double x) { return SpecialFunctions.erf(x); } },
    ERFC { public double apply(double x) { return SpecialFunctions.erfc(x); } },
    SOFTPLUS { public double apply(double x) { return SpecialFunctions.softplus(x); } };

    /** log base 2, exact for powers of two (log(x) / log(2) is not: log(8) / log(2) may miss 3). */
    private static double log2(double x) {
        if (x > 0 && !Double.isInfinite(x) && (Double.doubleToRawLongBits(x) & 0x000FFFFFFFFFFFFFL) == 0 && x >= Double.MIN_NORMAL) {
            return Math.getExponent(x);
        }
        return Math.log(x) / Math.log(2);
    }

    private static double sigmoid(double x) {
        if (x >= 0) return 1 / (1 + Math.exp(-x));
        double e = Math.exp(x);
        return e / (1 + e);
    }

    public abstract double apply(double x);
}
