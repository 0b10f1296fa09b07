package org.lmath.print;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits of a non-negative finite double, in the shape CPython's {@code _Py_dg_dtoa}
 * returns them: a digit string without trailing zeros and a decimal-point position, so that the
 * value is {@code 0.<digits> x 10^pointPosition}. Zero is the digits {@code "0"} at position 1.
 *
 * <p>Every rounding here works on the exact binary value ({@code new BigDecimal(double)} is
 * exact) and rounds half to even, which is what both CPython and NumPy's Dragon4 do. Java's own
 * {@code Double.toString} and {@code String.format} are avoided: before JDK 19 the former is not
 * always the shortest, and the latter rounds a decimal approximation rather than the exact value.
 */
final class DecimalDigits {
    private static final DecimalDigits ZERO = new DecimalDigits("0", 1);
    /** 17 significant digits always identify a double uniquely. */
    private static final int MAX_UNIQUE_DIGITS = 17;

    private final String digits;
    private final int pointPosition;

    private DecimalDigits(String digits, int pointPosition) {
        this.digits = digits;
        this.pointPosition = pointPosition;
    }

    /**
     * The fewest digits that read back as exactly {@code magnitude}, closest to it when several
     * candidates have that length: the digits of Python's {@code repr} and of NumPy's unique mode.
     */
    static DecimalDigits shortest(double magnitude) {
        if (magnitude == 0) {
            return ZERO;
        }
        BigDecimal exact = new BigDecimal(magnitude);
        for (int count = 1; count < MAX_UNIQUE_DIGITS; count++) {
            // The interval of decimals that read back as the double can be lopsided at powers of
            // two, so the nearest candidate failing does not rule out the one on the other side.
            BigDecimal nearest = exact.round(new MathContext(count, RoundingMode.HALF_EVEN));
            if (nearest.doubleValue() == magnitude) {
                return of(nearest);
            }
            BigDecimal below = exact.round(new MathContext(count, RoundingMode.FLOOR));
            if (below.doubleValue() == magnitude) {
                return of(below);
            }
            BigDecimal above = exact.round(new MathContext(count, RoundingMode.CEILING));
            if (above.doubleValue() == magnitude) {
                return of(above);
            }
        }
        return significant(magnitude, MAX_UNIQUE_DIGITS);
    }

    /** The exact value rounded to {@code count} significant digits (count >= 1). */
    static DecimalDigits significant(double magnitude, int count) {
        if (magnitude == 0) {
            return ZERO;
        }
        return of(new BigDecimal(magnitude).round(new MathContext(count, RoundingMode.HALF_EVEN)));
    }

    /** The exact value rounded to {@code count} digits after the decimal point. */
    static DecimalDigits fractional(double magnitude, int count) {
        return of(new BigDecimal(magnitude).setScale(count, RoundingMode.HALF_EVEN));
    }

    private static DecimalDigits of(BigDecimal value) {
        if (value.signum() == 0) {
            return ZERO;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        return new DecimalDigits(digits, digits.length() - stripped.scale());
    }

    /** How many significant digits there are (trailing zeros not counted). */
    int count() {
        return digits.length();
    }

    /** How many digits follow the decimal point in positional notation. */
    int fractionCount() {
        return Math.max(0, digits.length() - pointPosition);
    }

    /** Python's {@code decpt}: the value is {@code 0.<digits> x 10^pointPosition}. */
    int pointPosition() {
        return pointPosition;
    }

    /** The power of ten in scientific notation, {@code d.ddd x 10^exponent}. */
    int exponent() {
        return digits.equals("0") ? 0 : pointPosition - 1;
    }

    /** The digits before the decimal point in positional notation, at least {@code "0"}. */
    String integerPart() {
        if (pointPosition <= 0) {
            return "0";
        }
        if (pointPosition >= digits.length()) {
            return digits + "0".repeat(pointPosition - digits.length());
        }
        return digits.substring(0, pointPosition);
    }

    /** The digits after the decimal point in positional notation, without trailing zeros. */
    String fractionPart() {
        if (pointPosition >= digits.length()) {
            return "";
        }
        if (pointPosition <= 0) {
            return "0".repeat(-pointPosition) + digits;
        }
        return digits.substring(pointPosition);
    }

    /** The first significant digit: the integer part of the scientific mantissa. */
    String leadingDigit() {
        return digits.substring(0, 1);
    }

    /** The mantissa digits after the first, without trailing zeros. */
    String mantissaFraction() {
        return digits.substring(1);
    }

    /** An exponent the way Python and NumPy write it: {@code e+05}, {@code e-300}. */
    static String exponentText(int exponent, int minimumDigits) {
        String magnitude = Integer.toString(Math.abs(exponent));
        String padded = "0".repeat(Math.max(0, minimumDigits - magnitude.length())) + magnitude;
        return (exponent < 0 ? "e-" : "e+") + padded;
    }

    /** Right-pads {@code text} with zeros to {@code length} characters. */
    static String zeroPadded(String text, int length) {
        return text + "0".repeat(Math.max(0, length - text.length()));
    }
}
