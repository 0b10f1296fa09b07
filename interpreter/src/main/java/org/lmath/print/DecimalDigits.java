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
     *
     * <p>The search starts from Java's own digits ({@link #javaDigits}) and tries one digit fewer
     * while that still reads back: Java 19 and later may give two digits where one would do, and
     * Java 17 at times one digit more than needed. When the digit dropped is a 5, the closer
     * candidate cannot be told from the digits alone, and the exact value decides.
     */
    static DecimalDigits shortest(double magnitude) {
        if (magnitude == 0) {
            return ZERO;
        }
        DecimalDigits best = javaDigits(magnitude);
        while (best.digits.length() > 1) {
            int dropped = best.digits.charAt(best.digits.length() - 1) - '0';
            DecimalDigits down = new DecimalDigits(best.digits.substring(0, best.digits.length() - 1), best.pointPosition);
            DecimalDigits up = down.nextUp();
            boolean downReads = down.readsBackAs(magnitude);
            boolean upReads = up.readsBackAs(magnitude);
            if (downReads && upReads && dropped == 5) {
                return exactShortest(magnitude);
            }
            if (downReads && (!upReads || dropped < 5)) best = down;
            else if (upReads) best = up;
            else break;
        }
        return best;
    }

    /** The same digits found with exact arithmetic: a few BigDecimal roundings per length. */
    private static DecimalDigits exactShortest(double magnitude) {
        BigDecimal exact = new BigDecimal(magnitude);
        for (int count = 1; count < MAX_UNIQUE_DIGITS; count++) {
            // The interval of decimals that read back as the double can be lopsided at powers of
            // two, so the nearest candidate failing does not rule out the one on the other side.
            BigDecimal nearest = exact.round(new MathContext(count, RoundingMode.HALF_EVEN));
            if (nearest.doubleValue() == magnitude) return of(nearest);
            BigDecimal below = exact.round(new MathContext(count, RoundingMode.FLOOR));
            if (below.doubleValue() == magnitude) return of(below);
            BigDecimal above = exact.round(new MathContext(count, RoundingMode.CEILING));
            if (above.doubleValue() == magnitude) return of(above);
        }
        return significant(magnitude, MAX_UNIQUE_DIGITS);
    }

    /**
     * Java's digits for a positive finite double (Double.toString's): few enough that they read
     * back, and within one unit of their last digit of the exact value. Java's BigDecimal is avoided
     * where these do: on Java 25 its first use takes some 30 ms, a tenth of a short script's run.
     */
    private static DecimalDigits javaDigits(double magnitude) {
        String text = Double.toString(magnitude);
        int e = text.indexOf('E');
        String mantissa = e < 0 ? text : text.substring(0, e);
        int point = mantissa.indexOf('.');
        String all = mantissa.substring(0, point) + mantissa.substring(point + 1);
        int pointPosition = point + (e < 0 ? 0 : Integer.parseInt(text.substring(e + 1)));
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') lead++;
        int end = all.length();
        while (end > lead + 1 && all.charAt(end - 1) == '0') end--;
        return new DecimalDigits(all.substring(lead, end), pointPosition - lead);
    }

    /** The next decimal of as many digits, without trailing zeros: 0.149 -> 0.15, 0.99 -> 1. */
    private DecimalDigits nextUp() {
        char[] chars = digits.toCharArray();
        int i = chars.length - 1;
        while (i >= 0 && chars[i] == '9') chars[i--] = '0';
        if (i < 0) return new DecimalDigits("1", pointPosition + 1);
        chars[i]++;
        int end = i + 1;  // the zeros after the digit that went up are trailing zeros
        return new DecimalDigits(new String(chars, 0, end), pointPosition);
    }

    private boolean readsBackAs(double magnitude) {
        return Double.parseDouble("0." + digits + "E" + pointPosition) == magnitude;
    }

    /** The exact value rounded to {@code count} significant digits (count >= 1). */
    static DecimalDigits significant(double magnitude, int count) {
        if (magnitude == 0) {
            return ZERO;
        }
        DecimalDigits rounded = knownTo(magnitude, count) ? javaDigits(magnitude).roundedTo(count) : null;
        return rounded != null ? rounded : of(new BigDecimal(magnitude).round(new MathContext(count, RoundingMode.HALF_EVEN)));
    }

    /** The exact value rounded to {@code count} digits after the decimal point. */
    static DecimalDigits fractional(double magnitude, int count) {
        if (magnitude != 0) {
            DecimalDigits java = javaDigits(magnitude);
            int significantCount = java.pointPosition + count;
            DecimalDigits rounded = significantCount >= 1 && knownTo(magnitude, significantCount) ? java.roundedTo(significantCount) : null;
            if (rounded != null) return rounded;
        }
        return of(new BigDecimal(magnitude).setScale(count, RoundingMode.HALF_EVEN));
    }

    /**
     * Whether Java's digits decide the value's first count digits: its error, under half a unit in
     * the last place of the double, is then well under half a unit of the count-th digit. That
     * holds for up to 15 digits of a normal double; beyond 15 digits, and for subnormal doubles
     * (whose unit in the last place can be most of the value), the exact value decides.
     */
    private static boolean knownTo(double magnitude, int count) {
        return count <= 15 && magnitude >= Double.MIN_NORMAL;
    }

    /**
     * These digits rounded to count significant digits, halves to even, as the exact value would
     * round; or null when the digits dropped are too close to a half for Java's digits (within one
     * unit of their last digit of the exact value) to decide.
     */
    private DecimalDigits roundedTo(int count) {
        if (digits.length() <= count) return this;
        String kept = digits.substring(0, count);
        String dropped = digits.substring(count);
        int comparison = compareWithHalf(dropped);
        if (comparison == 0) return null;
        DecimalDigits down = new DecimalDigits(kept, pointPosition).withoutTrailingZeros();
        return comparison < 0 ? down : new DecimalDigits(kept, pointPosition).nextUp();
    }

    /** -1 or 1 for dropped digits clearly below or above one half of a unit of the last kept digit; 0 when within one unit of their own last digit of it. */
    private static int compareWithHalf(String dropped) {
        long value = Long.parseLong(dropped);
        long half = 5;
        for (int i = 1; i < dropped.length(); i++) half *= 10;
        if (value <= half - 2) return -1;
        if (value >= half + 2) return 1;
        return 0;
    }

    private DecimalDigits withoutTrailingZeros() {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        if (end == 1 && digits.charAt(0) == '0') return ZERO;
        return end == digits.length() ? this : new DecimalDigits(digits.substring(0, end), pointPosition);
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
