package org.lmath.print;

/**
 * How lmath prints a single number: Python's {@code repr(float)}, except that integral values
 * print as integers ({@code 32}, not {@code 32.0}).
 */
public final class NumberFormat {
    /**
     * Integral values below this magnitude print as integers. It is where Python's repr switches
     * to scientific notation, so {@code 1e16} keeps printing as {@code 1e+16}, never as 17 digits.
     */
    static final double INTEGER_LIMIT = 1e16;

    private NumberFormat() {
    }

    /**
     * Formats {@code x} for printing. Both zeros print as {@code 0}: Python would show
     * {@code -0.0}, but a sign on zero only confuses the NumPy-minded reader lmath is for.
     */
    public static String format(double x) {
        if (isPrintedAsInteger(x)) {
            return Long.toString((long) x);
        }
        if (Double.isNaN(x)) {
            return "nan";
        }
        String sign = isNegative(x) ? "-" : "";
        return sign + repr(Math.abs(x));
    }

    /** True when {@code x} is finite, integral and below {@link #INTEGER_LIMIT} in magnitude. */
    static boolean isPrintedAsInteger(double x) {
        return Math.abs(x) < INTEGER_LIMIT && x == Math.rint(x);
    }

    /** The sign bit, so that {@code -0.0} counts as negative the way Python and NumPy see it. */
    static boolean isNegative(double x) {
        return !Double.isNaN(x) && (Double.doubleToRawLongBits(x) < 0);
    }

    /**
     * Python's {@code repr} of a non-negative double, NaN excluded (CPython's
     * {@code format_float_short} in mode 'r'): the shortest round-tripping digits, in scientific
     * notation when the exponent is below -4 or at least 16, otherwise positional with at least
     * one fractional digit.
     */
    static String repr(double magnitude) {
        if (Double.isInfinite(magnitude)) {
            return "inf";
        }
        DecimalDigits digits = DecimalDigits.shortest(magnitude);
        int exponent = digits.exponent();
        if (exponent < -4 || exponent >= 16) {
            String fraction = digits.mantissaFraction();
            return digits.leadingDigit() + (fraction.isEmpty() ? "" : "." + fraction)
                    + DecimalDigits.exponentText(exponent, 2);
        }
        String fraction = digits.fractionPart();
        return digits.integerPart() + "." + (fraction.isEmpty() ? "0" : fraction);
    }
}
