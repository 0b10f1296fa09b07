package org.lmath.print;

/**
 * Formats the elements of one float64 tensor to a common width: a port of NumPy's
 * {@code FloatingFormat} ({@code numpy/_core/arrayprint.py}) for the default print options
 * (precision 8, floatmode 'maxprec', suppress_small off, sign '-', legacy off).
 *
 * <p>Like NumPy it looks at all the printed values once to choose positional or scientific
 * notation and the padding, then formats each value with those choices.
 */
final class FloatingFormat {
    /** NumPy's default {@code precision}: at most this many digits after the decimal point. */
    private static final int PRECISION = 8;
    /** From {@code fillFormat}: values this large switch the whole tensor to scientific. */
    private static final double SCIENTIFIC_ABOVE = 1e8;
    /** From {@code fillFormat}: so do non-zero values this small ... */
    private static final double SCIENTIFIC_BELOW = 1e-4;
    /** ... and a largest-to-smallest ratio above this. */
    private static final double SCIENTIFIC_RATIO = 1e3;

    private final boolean scientific;
    /** Characters left of the decimal point, sign included. */
    private int padLeft;
    /** Characters right of the decimal point, exponent included in scientific notation. */
    private int padRight;
    /** Scientific only: the common number of mantissa digits after the point. */
    private int mantissaPrecision;
    /** Scientific only: the common number of exponent digits (at least 2). */
    private int exponentDigits;

    /** Chooses the notation and padding from the values that will be printed. */
    FloatingFormat(double[] printedValues) {
        scientific = needsScientific(printedValues);
        boolean anyNonFinite = false;
        boolean anyNegativeInfinity = false;
        for (double value : printedValues) {
            if (Double.isFinite(value)) {
                measure(value);
            } else {
                anyNonFinite = true;
                anyNegativeInfinity |= value == Double.NEGATIVE_INFINITY;
            }
        }
        if (scientific) {
            padRight = exponentDigits + 2 + mantissaPrecision;
        }
        if (anyNonFinite) {
            // nan and inf are right-aligned in the full element width, which they may widen.
            int widthRightOfPoint = padRight + 1;
            padLeft = Math.max(padLeft, "nan".length() - widthRightOfPoint);
            padLeft = Math.max(padLeft,
                    "inf".length() + (anyNegativeInfinity ? 1 : 0) - widthRightOfPoint);
        }
    }

    /** The first pass of {@code fillFormat}: how wide does this value need its parts to be? */
    private void measure(double value) {
        String sign = NumberFormat.isNegative(value) ? "-" : "";
        DecimalDigits digits = firstPassDigits(Math.abs(value));
        if (scientific) {
            mantissaPrecision = Math.max(mantissaPrecision, digits.mantissaFraction().length());
            int exponentLength = Integer.toString(Math.abs(digits.exponent())).length();
            exponentDigits = Math.max(exponentDigits, Math.max(2, exponentLength));
            padLeft = Math.max(padLeft, sign.length() + 1);
        } else {
            padLeft = Math.max(padLeft, sign.length() + digits.integerPart().length());
            padRight = Math.max(padRight, digits.fractionPart().length());
        }
    }

    /** NumPy's rule for switching the whole array to scientific notation. */
    private static boolean needsScientific(double[] values) {
        double largest = 0;
        double smallest = Double.POSITIVE_INFINITY;
        for (double value : values) {
            if (Double.isFinite(value) && value != 0) {
                largest = Math.max(largest, Math.abs(value));
                smallest = Math.min(smallest, Math.abs(value));
            }
        }
        if (largest == 0) {
            return false;
        }
        return largest >= SCIENTIFIC_ABOVE || smallest < SCIENTIFIC_BELOW
                || largest / smallest > SCIENTIFIC_RATIO;
    }

    /**
     * Dragon4 in unique mode with a precision cutoff: the shortest round-tripping digits when
     * they fit in {@link #PRECISION} fractional digits, otherwise the exact value rounded there.
     */
    private DecimalDigits firstPassDigits(double magnitude) {
        DecimalDigits shortest = DecimalDigits.shortest(magnitude);
        if (scientific) {
            return shortest.count() <= PRECISION + 1
                    ? shortest : DecimalDigits.significant(magnitude, PRECISION + 1);
        }
        return shortest.fractionCount() <= PRECISION
                ? shortest : DecimalDigits.fractional(magnitude, PRECISION);
    }

    /** Formats one element at the common width ({@code FloatingFormat.__call__}). */
    String format(double value) {
        if (!Double.isFinite(value)) {
            String text = Double.isNaN(value) ? "nan" : value < 0 ? "-inf" : "inf";
            return " ".repeat(padLeft + padRight + 1 - text.length()) + text;
        }
        String sign = NumberFormat.isNegative(value) ? "-" : "";
        double magnitude = Math.abs(value);
        if (scientific) {
            // Every mantissa gets the common precision; values with fewer unique digits get
            // more digits of their exact value (NumPy's min_digits), not just zeros.
            DecimalDigits shortest = DecimalDigits.shortest(magnitude);
            DecimalDigits digits = shortest.count() == mantissaPrecision + 1
                    ? shortest : DecimalDigits.significant(magnitude, mantissaPrecision + 1);
            String integer = sign + digits.leadingDigit();
            return padStart(integer, padLeft) + "."
                    + DecimalDigits.zeroPadded(digits.mantissaFraction(), mantissaPrecision)
                    + DecimalDigits.exponentText(digits.exponent(), exponentDigits);
        }
        DecimalDigits digits = firstPassDigits(magnitude);
        String integer = sign + digits.integerPart();
        String fraction = digits.fractionPart();
        return padStart(integer, padLeft) + "." + fraction
                + " ".repeat(padRight - fraction.length());
    }

    private static String padStart(String text, int width) {
        return " ".repeat(Math.max(0, width - text.length())) + text;
    }
}
