package org.lmath.random;

/**
 * The distributions of NumPy's legacy RandomState beyond uniform and normal, drawing from the
 * same stream in the same order so that seed(n) gives NumPy's numbers: the standard exponential
 * as -log(1 - U); gamma by Marsaglia and Tsang's method (shape > 1) or Johnk's rejection
 * (shape < 1); beta by Johnk's method (both parameters <= 1) or as a ratio of gammas; Poisson by
 * multiplying uniforms (lam < 10) or Hoermann's transformed rejection PTRS; binomial by inversion
 * (n min(p, 1-p) <= 30) or Kachitvichyanukul and Schmeiser's BTPE; multinomial as a chain of
 * binomials. Logarithms come through {@link RandomState.Logarithm} where a result is one (the
 * exponential), so that C's log gives NumPy's last bit.
 */
public final class Distributions {

    private Distributions() {}

    /** One C-library logarithm (the caller's, as for the normal draws). */
    private static double log(RandomState.Logarithm log, double x) {
        return log.of(new double[] {x})[0];
    }

    /** count standard exponential draws, the logarithms taken in one batch. */
    public static double[] standardExponentials(RandomState random, int count, RandomState.Logarithm log) {
        double[] complements = new double[count];
        for (int i = 0; i < count; i++) complements[i] = 1.0 - random.nextDouble();
        double[] logs = count == 0 ? complements : log.of(complements);
        for (int i = 0; i < count; i++) logs[i] = -logs[i];
        return logs;
    }

    public static double standardGamma(RandomState random, double shape, RandomState.Logarithm log) {
        if (shape == 1.0) return -log(log, 1.0 - random.nextDouble());
        if (shape == 0.0) return 0.0;
        if (shape < 1.0) {
            while (true) {
                double u = random.nextDouble();
                double v = -log(log, 1.0 - random.nextDouble());
                if (u <= 1.0 - shape) {
                    double x = Math.pow(u, 1.0 / shape);
                    if (x <= v) return x;
                } else {
                    double y = -Math.log((1 - u) / shape);
                    double x = Math.pow(1.0 - shape + shape * y, 1.0 / shape);
                    if (x <= v + y) return x;
                }
            }
        }
        double b = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9 * b);
        while (true) {
            double x, v;
            do {
                x = random.gaussians(1, log)[0];
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            double u = random.nextDouble();
            if (u < 1.0 - 0.0331 * (x * x) * (x * x)) return b * v;
            if (Math.log(u) < 0.5 * x * x + b * (1.0 - v + Math.log(v))) return b * v;
        }
    }

    public static double beta(RandomState random, double a, double b, RandomState.Logarithm log) {
        if (a <= 1.0 && b <= 1.0) {
            while (true) {
                double u = random.nextDouble(), v = random.nextDouble();
                double x = Math.pow(u, 1.0 / a), y = Math.pow(v, 1.0 / b);
                if (x + y <= 1.0) {
                    if (x + y > 0) return x / (x + y);
                    // both powers underflowed: the same ratio from logarithms
                    double logX = Math.log(u) / a, logY = Math.log(v) / b;
                    double largest = Math.max(logX, logY);
                    logX -= largest;
                    logY -= largest;
                    return Math.exp(logX - Math.log(Math.exp(logX) + Math.exp(logY)));
                }
            }
        }
        double ga = standardGamma(random, a, log);
        double gb = standardGamma(random, b, log);
        return ga / (ga + gb);
    }

    public static long poisson(RandomState random, double lam) {
        if (lam >= 10) return poissonRejection(random, lam);
        if (lam == 0) return 0;
        double limit = Math.exp(-lam), product = 1.0;
        long count = 0;
        while (true) {
            product *= random.nextDouble();
            if (product > limit) count++;
            else return count;
        }
    }

    /** Hoermann's PTRS: a transformed rejection with a squeeze, for lam >= 10. */
    private static long poissonRejection(RandomState random, double lam) {
        double rootLam = Math.sqrt(lam), logLam = Math.log(lam);
        double b = 0.931 + 2.53 * rootLam;
        double a = -0.059 + 0.02483 * b;
        double inverseAlpha = 1.1239 + 1.1328 / (b - 3.4);
        double squeeze = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = random.nextDouble() - 0.5;
            double v = random.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + lam + 0.43);
            if (us >= 0.07 && v <= squeeze) return k;
            if (k < 0 || (us < 0.013 && v > us)) continue;
            if (Math.log(v) + Math.log(inverseAlpha) - Math.log(a / (us * us) + b) <= -lam + k * logLam - logGamma(k + 1)) return k;
        }
    }

    /** log Gamma(x) by Stirling's series after shifting x to at least 7 (the version the samplers use). */
    static double logGamma(double x) {
        if (x == 1.0 || x == 2.0) return 0.0;
        double[] coefficients = {8.333333333333333e-02, -2.777777777777778e-03, 7.936507936507937e-04, -5.952380952380952e-04,
                8.417508417508418e-04, -1.917526917526918e-03, 6.410256410256410e-03, -2.955065359477124e-02,
                1.796443723688307e-01, -1.39243221690590e+00};
        long shift = x < 7.0 ? (long) (7 - x) : 0;
        double x0 = x + shift;
        double inverseSquare = (1.0 / x0) * (1.0 / x0);
        double series = coefficients[9];
        for (int k = 8; k >= 0; k--) series = series * inverseSquare + coefficients[k];
        double result = series / x0 + 0.5 * 1.8378770664093453e+00 + (x0 - 0.5) * Math.log(x0) - x0;
        for (long k = 1; k <= shift; k++) {
            result -= Math.log(x0 - 1.0);
            x0 -= 1.0;
        }
        return result;
    }

    /** NumPy's legacy binomial (no shortcut for n = 0 or p = 0: inversion still draws once). */
    public static long binomial(RandomState random, long n, double p) {
        if (p <= 0.5) return p * n <= 30.0 ? binomialInversion(random, n, p) : binomialRejection(random, n, p);
        double q = 1.0 - p;
        return n - (q * n <= 30.0 ? binomialInversion(random, n, q) : binomialRejection(random, n, q));
    }

    /** The binomial multinomial uses, which returns 0 at once for n = 0 or p = 0. */
    private static long binomialOrZero(RandomState random, long n, double p) {
        if (n == 0 || p == 0.0) return 0;
        return binomial(random, n, p);
    }

    private static long binomialInversion(RandomState random, long n, double p) {
        double q = 1.0 - p;
        double first = Math.exp(n * Math.log(q));
        double mean = n * p;
        long bound = (long) Math.min(n, mean + 10.0 * Math.sqrt(mean * q + 1));
        long x = 0;
        double px = first;
        double u = random.nextDouble();
        while (u > px) {
            x++;
            if (x > bound) {
                x = 0;
                px = first;
                u = random.nextDouble();
            } else {
                u -= px;
                px = ((n - x + 1) * p * px) / (x * q);
            }
        }
        return x;
    }

    /** BTPE (Kachitvichyanukul and Schmeiser 1988), for n min(p, 1 - p) > 30; p <= 0.5 here. */
    private static long binomialRejection(RandomState random, long n, double p) {
        double r = Math.min(p, 1.0 - p), q = 1.0 - r;
        double fm = n * r + r;
        long m = (long) Math.floor(fm);
        double p1 = Math.floor(2.195 * Math.sqrt(n * r * q) - 4.6 * q) + 0.5;
        double xm = m + 0.5, xl = xm - p1, xr = xm + p1;
        double c = 0.134 + 20.5 / (15.3 + m);
        double a = (fm - xl) / (fm - xl * r);
        double lambdaLeft = a * (1.0 + a / 2.0);
        a = (xr - fm) / (xr * q);
        double lambdaRight = a * (1.0 + a / 2.0);
        double p2 = p1 * (1.0 + 2.0 * c), p3 = p2 + c / lambdaLeft, p4 = p3 + c / lambdaRight;
        double nrq = n * r * q;
        while (true) {
            double u = random.nextDouble() * p4;
            double v = random.nextDouble();
            long y;
            if (u <= p1) {  // the triangle: accepted at once
                y = (long) Math.floor(xm - p1 * v + u);
                return y;
            }
            if (u <= p2) {  // the parallelograms
                double x = xl + (u - p1) / c;
                v = v * c + 1.0 - Math.abs(m - x + 0.5) / p1;
                if (v > 1.0) continue;
                y = (long) Math.floor(x);
            } else if (u <= p3) {  // the left exponential tail
                y = (long) Math.floor(xl + Math.log(v) / lambdaLeft);
                if (y < 0 || v == 0.0) continue;
                v = v * (u - p2) * lambdaLeft;
            } else {  // the right exponential tail
                y = (long) Math.floor(xr - Math.log(v) / lambdaRight);
                if (y > n || v == 0.0) continue;
                v = v * (u - p3) * lambdaRight;
            }
            long k = Math.abs(y - m);
            if (!(k > 20 && k < nrq / 2.0 - 1)) {
                // explicit evaluation of f(y) / f(m)
                double s = r / q, ratio = s * (n + 1), f = 1.0;
                if (m < y) {
                    for (long i = m + 1; i <= y; i++) f *= ratio / i - s;
                } else if (m > y) {
                    for (long i = y + 1; i <= m; i++) f /= ratio / i - s;
                }
                if (v > f) continue;
                return y;
            }
            // squeezing with the normal approximation, then Stirling's formula
            double rho = (k / nrq) * ((k * (k / 3.0 + 0.625) + 0.16666666666666666) / nrq + 0.5);
            double t = -k * k / (2 * nrq);
            double logV = Math.log(v);
            if (logV < t - rho) return y;
            if (logV > t + rho) continue;
            double x1 = y + 1, f1 = m + 1, z = n + 1 - m, w = n - y + 1;
            double bound = xm * Math.log(f1 / x1) + (n - m + 0.5) * Math.log(z / w) + (y - m) * Math.log(w * r / (x1 * q))
                    + stirlingTerm(f1) + stirlingTerm(z) + stirlingTerm(x1) + stirlingTerm(w);
            if (logV > bound) continue;
            return y;
        }
    }

    private static double stirlingTerm(double x) {
        double x2 = x * x;
        return (13680. - (462. - (132. - (99. - 140. / x2) / x2) / x2) / x2) / x / 166320.;
    }

    /** One multinomial draw of n trials over the probabilities (the last takes what is left). */
    public static long[] multinomial(RandomState random, long n, double[] probabilities) {
        int d = probabilities.length;
        long[] counts = new long[d];
        double remaining = 1.0;
        long left = n;
        for (int j = 0; j < d - 1; j++) {
            counts[j] = binomialOrZero(random, left, probabilities[j] / remaining);
            left -= counts[j];
            if (left <= 0) break;
            remaining -= probabilities[j];
        }
        if (left > 0) counts[d - 1] = left;
        return counts;
    }
}
