package org.lmath.tensor;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Erf;
import org.lmath.error.LMathError;

/**
 * The standard normal distribution's cdf and its inverse, and Student's t-test, on commons-math3's
 * special functions (erfc, erfInv, the regularized incomplete beta inside TDistribution).
 * commons-math3's own NormalDistribution is not used: its cdf is 0 below -9.5 and loses digits from
 * -5 on, and its inverse is -inf below 1e-16; SciPy's ndtr and ndtri keep full relative precision
 * in the tails, and so do these.
 */
public final class Statistics {

    private Statistics() {}

    private static final double SQRT2 = Math.sqrt(2);
    private static final double SQRT2PI = Math.sqrt(2 * Math.PI);

    /** P(Z <= z) for a standard normal Z: erfc(-z / sqrt 2) / 2, accurate in the left tail too. */
    public static double normalCdf(double z) {
        return 0.5 * Erf.erfc(-z / SQRT2);
    }

    /** The z with P(Z <= z) = q; nan outside [0, 1], -inf at 0 and inf at 1 (as SciPy's norm.ppf). */
    public static double normalPpf(double q) {
        if (Double.isNaN(q) || q < 0 || q > 1) return Double.NaN;
        if (q == 0) return Double.NEGATIVE_INFINITY;
        if (q == 1) return Double.POSITIVE_INFINITY;
        // 1 - q is exact for q >= 0.5, so the upper half is the mirror of the lower one.
        return q > 0.5 ? -lowerPpf(1 - q) : lowerPpf(q);
    }

    /**
     * q in (0, 0.5]: commons-math3's erfInv gives a start that is good to about 1e-9 relative
     * down to q = 1e-10 (and -inf below 1e-16, where the start is sqrt(-2 log q) instead); Newton
     * steps on log cdf(z) = log q then reach full precision (at most a handful are needed).
     */
    private static double lowerPpf(double q) {
        double z = q > 1e-12 ? SQRT2 * Erf.erfInv(2 * q - 1) : -Math.sqrt(-2 * Math.log(q));
        double logQ = Math.log(q);
        for (int step = 0; step < 50; step++) {
            double cdf = normalCdf(z);
            double density = Math.exp(-0.5 * z * z) / SQRT2PI;
            double change = (Math.log(cdf) - logQ) * cdf / density;
            if (!Double.isFinite(change)) break;
            z -= change;
            if (Math.abs(change) <= 1e-16 * Math.abs(z)) break;
        }
        return z;
    }

    /**
     * SciPy's ttest_ind(a, b) (equal variances, two-sided): the pooled-variance t and its p-value
     * 2 P(T <= -|t|) with n_a + n_b - 2 degrees of freedom. Returns {t, p}.
     */
    /** As tTest, or Welch's test (unequal variances, Welch-Satterthwaite degrees of freedom) when equalVariances is false. */
    public static double[] tTest(double[] a, double[] b, boolean equalVariances) {
        if (equalVariances) return tTest(a, b);
        for (double[] sample : new double[][] {a, b}) {
            if (sample.length < 2) {
                throw new LMathError("ttest needs at least 2 values in each sample, got " + a.length + " and " + b.length);
            }
        }
        double va = variance(a) / a.length, vb = variance(b) / b.length;
        double degrees = (va + vb) * (va + vb) / (va * va / (a.length - 1) + vb * vb / (b.length - 1));
        double t = (mean(a) - mean(b)) / Math.sqrt(va + vb);
        if (Double.isNaN(t) || Double.isNaN(degrees)) return new double[] {Double.NaN, Double.NaN};
        double p = 2 * new TDistribution(null, degrees).cumulativeProbability(-Math.abs(t));
        return new double[] {t, Math.min(1, p)};
    }

    public static double[] tTest(double[] a, double[] b) {
        for (double[] sample : new double[][] {a, b}) {
            if (sample.length < 2) {
                throw new LMathError("ttest needs at least 2 values in each sample, got " + a.length + " and " + b.length);
            }
        }
        int degrees = a.length + b.length - 2;
        double pooled = ((a.length - 1) * variance(a) + (b.length - 1) * variance(b)) / degrees;
        double t = (mean(a) - mean(b)) / Math.sqrt(pooled * (1.0 / a.length + 1.0 / b.length));
        if (Double.isNaN(t)) return new double[] {Double.NaN, Double.NaN};
        double p = 2 * new TDistribution(null, degrees).cumulativeProbability(-Math.abs(t));
        return new double[] {t, Math.min(1, p)};
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) sum += v;
        return sum / values.length;
    }

    /** The sample variance (ddof = 1). */
    private static double variance(double[] values) {
        double mean = mean(values), sum = 0;
        for (double v : values) sum += (v - mean) * (v - mean);
        return sum / (values.length - 1);
    }
}
