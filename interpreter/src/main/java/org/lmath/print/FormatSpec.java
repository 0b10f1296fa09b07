package org.lmath.print;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's format-spec mini-language ({@code format(x, spec)}, f-string {@code {x:spec}}) for
 * numbers and strings, following CPython's {@code Python/formatter_unicode.c}.
 *
 * <p>Numbers: {@code [[fill]align][sign][0][width][,][.precision][type]} with align one of
 * {@code < > ^ =}, sign one of {@code + - space} and type one of {@code f e g % d} or none.
 * Strings: {@code [[fill]align][0][width]}. Numbers default to right alignment, strings to left.
 *
 * <p>lmath rules on top of Python: type {@code d} accepts any integral number (Python wants an
 * int), and with neither type nor precision an integral number prints as an integer, the way
 * {@link NumberFormat} prints it ({@code f"{3}"} is {@code 3}). With a precision but no type the
 * result is Python's, {@code .0} included ({@code format(2.0, ".3")} is {@code 2.0}), because a
 * precision asks for Python's significant-digit rounding.
 */
public final class FormatSpec {
    private static final Pattern NUMBER_SPEC = Pattern.compile(
            "(?:(?<fill>.)?(?<align>[<>=^]))?(?<sign>[-+ ])?(?<zero>0)?(?<width>[0-9]+)?"
                    + "(?<grouping>,)?(?:\\.(?<precision>[0-9]+))?(?<type>[fegd%])?",
            Pattern.DOTALL);
    private static final Pattern STRING_SPEC = Pattern.compile(
            "(?:(?<fill>.)?(?<align>[<>^]))?(?<zero>0)?(?<width>[0-9]+)?", Pattern.DOTALL);
    /** Python's default precision for f, e, g and %. */
    private static final int DEFAULT_PRECISION = 6;
    private static final int GROUP_SIZE = 3;
    /**
     * The largest precision: 1074 decimals write the smallest double (2^-1074) exactly, so no
     * number needs more. Python accepts more and pads with zeros; a precision of 10^8 took 50 s here.
     */
    static final int MAX_PRECISION = 1074;
    /** The widest field: wider padding is never what a format is for, and it costs memory. */
    static final int MAX_WIDTH = 100_000;

    private FormatSpec() {
    }

    /**
     * Formats a number by a format spec.
     *
     * @throws IllegalArgumentException for a spec outside the supported subset, a precision with
     *     type {@code d}, or type {@code d} with a number that is not integral
     */
    public static String format(double x, String spec) {
        Matcher matcher = NUMBER_SPEC.matcher(spec);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("unknown format spec \"" + spec
                    + "\": expected something like \".4f\", \".2e\", \">8\", \".1%\"");
        }
        // CPython's special case: a 0 before the width means fill with zeros, and if no
        // alignment is given, put the zeros between the sign and the digits.
        boolean zeroFlag = matcher.group("zero") != null;
        String fill = matcher.group("fill") != null ? matcher.group("fill") : zeroFlag ? "0" : " ";
        char align = matcher.group("align") != null ? matcher.group("align").charAt(0)
                : zeroFlag ? '=' : '>';
        int width = parseCount(matcher.group("width"), 0, MAX_WIDTH, "width");
        String type = matcher.group("type") != null ? matcher.group("type") : "";
        String precision = matcher.group("precision");

        NumberText number = numberText(x, type, precision);
        String sign = signText(number.negative, matcher.group("sign"));
        String integer = number.integerDigits;
        if (matcher.group("grouping") != null && number.groupable) {
            boolean zeroPadded = fill.equals("0") && align == '=';
            int minimumLength = zeroPadded
                    ? width - sign.length() - number.remainder.length() : 0;
            integer = grouped(integer, minimumLength);
        }
        return pad(sign, integer + number.remainder, fill, align, width);
    }

    /**
     * Formats a string by a format spec: fill, alignment ({@code <} by default, {@code >},
     * {@code ^}), zero flag and width.
     *
     * @throws IllegalArgumentException for any other spec
     */
    public static String formatString(String s, String spec) {
        Matcher matcher = STRING_SPEC.matcher(spec);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("unknown string format spec \"" + spec
                    + "\": expected something like \"<10\", \">8\", \"^12\"");
        }
        // As for numbers, a 0 before the width fills with zeros, but keeps the alignment.
        boolean zeroFlag = matcher.group("zero") != null;
        String fill = matcher.group("fill") != null ? matcher.group("fill") : zeroFlag ? "0" : " ";
        char align = matcher.group("align") != null ? matcher.group("align").charAt(0) : '<';
        return pad("", s, fill, align, parseCount(matcher.group("width"), 0, MAX_WIDTH, "width"));
    }

    /**
     * A formatted number split the way CPython's {@code parse_number} splits it: the integer
     * digits (which grouping applies to) and the remainder (point, fraction, exponent, %).
     */
    private record NumberText(boolean negative, String integerDigits, String remainder,
                              boolean groupable) {
        static NumberText finite(boolean negative, String integerDigits, String remainder) {
            return new NumberText(negative, integerDigits, remainder, true);
        }

        /** nan and inf are never grouped; zero padding still applies around them. */
        static NumberText nonFinite(double x, String suffix) {
            return new NumberText(x < 0, "", (Double.isNaN(x) ? "nan" : "inf") + suffix, false);
        }
    }

    private static NumberText numberText(double x, String type, String precisionText) {
        if (type.equals("d")) {
            return integerText(x, precisionText);
        }
        boolean negative = NumberFormat.isNegative(x);
        double magnitude = Math.abs(x);
        switch (type) {
            case "f":
                return Double.isFinite(x) ? fixedText(negative, magnitude,
                        parseCount(precisionText, DEFAULT_PRECISION, MAX_PRECISION, "precision"), "")
                        : NumberText.nonFinite(x, "");
            case "%":
                // CPython multiplies by 100 in floating point (which may overflow to inf)
                // before formatting as 'f'.
                double percent = x * 100;
                return Double.isFinite(percent) ? fixedText(negative, Math.abs(percent),
                        parseCount(precisionText, DEFAULT_PRECISION, MAX_PRECISION, "precision"), "%")
                        : NumberText.nonFinite(percent, "%");
            case "e":
                return Double.isFinite(x) ? exponentText(negative, magnitude,
                        parseCount(precisionText, DEFAULT_PRECISION, MAX_PRECISION, "precision"))
                        : NumberText.nonFinite(x, "");
            case "g":
                return Double.isFinite(x) ? generalText(negative, magnitude,
                        parseCount(precisionText, DEFAULT_PRECISION, MAX_PRECISION, "precision"), false)
                        : NumberText.nonFinite(x, "");
            default:
                if (!Double.isFinite(x)) {
                    return NumberText.nonFinite(x, "");
                }
                if (precisionText != null) {
                    return generalText(negative, magnitude, parseCount(precisionText, 0, MAX_PRECISION, "precision"), true);
                }
                if (NumberFormat.isPrintedAsInteger(x)) {
                    return integerText(x, null);
                }
                return splitLeadingDigits(negative, NumberFormat.repr(magnitude));
        }
    }

    /** Type 'd', and the lmath integer rule: the integer's own sign, so -0.0 prints as 0. */
    private static NumberText integerText(double x, String precisionText) {
        if (precisionText != null) {
            throw new IllegalArgumentException("format 'd' takes no precision");
        }
        if (!Double.isFinite(x) || x != Math.rint(x)) {
            throw new IllegalArgumentException(
                    "format 'd' needs an integral number, got " + NumberFormat.format(x));
        }
        // Every integral double below 2^63 is exactly a long; larger ones need the exact expansion.
        String digits = Math.abs(x) < 0x1p63 ? Long.toString((long) Math.abs(x)) : new BigDecimal(x).toBigInteger().abs().toString();
        return NumberText.finite(x < 0, digits, "");
    }

    /** Type 'f': the exact value rounded to {@code precision} decimals. */
    private static NumberText fixedText(boolean negative, double magnitude, int precision,
                                        String suffix) {
        DecimalDigits digits = DecimalDigits.fractional(magnitude, precision);
        String fraction = precision == 0
                ? "" : "." + DecimalDigits.zeroPadded(digits.fractionPart(), precision);
        return NumberText.finite(negative, digits.integerPart(), fraction + suffix);
    }

    /** Type 'e': the exact value rounded to {@code precision + 1} significant digits. */
    private static NumberText exponentText(boolean negative, double magnitude, int precision) {
        DecimalDigits digits = DecimalDigits.significant(magnitude, precision + 1);
        String fraction = precision == 0
                ? "" : "." + DecimalDigits.zeroPadded(digits.mantissaFraction(), precision);
        return NumberText.finite(negative, digits.leadingDigit(),
                fraction + DecimalDigits.exponentText(digits.exponent(), 2));
    }

    /**
     * Type 'g' (CPython's {@code format_float_short}, mode 2): {@code precision} significant
     * digits, trailing zeros removed, scientific when the exponent is below -4 or not below the
     * precision. With no type ({@code addDotZero}) scientific starts one exponent earlier and a
     * positional result always keeps a fractional digit.
     */
    private static NumberText generalText(boolean negative, double magnitude, int precision,
                                          boolean addDotZero) {
        int significant = Math.max(1, precision);
        DecimalDigits digits = DecimalDigits.significant(magnitude, significant);
        int exponentLimit = addDotZero ? significant - 1 : significant;
        if (digits.pointPosition() <= -4 || digits.pointPosition() > exponentLimit) {
            String fraction = digits.mantissaFraction();
            return NumberText.finite(negative, digits.leadingDigit(),
                    (fraction.isEmpty() ? "" : "." + fraction)
                            + DecimalDigits.exponentText(digits.exponent(), 2));
        }
        String fraction = digits.fractionPart();
        if (fraction.isEmpty() && addDotZero) {
            fraction = "0";
        }
        return NumberText.finite(negative, digits.integerPart(),
                fraction.isEmpty() ? "" : "." + fraction);
    }

    /** Splits an already formatted magnitude such as {@code 1234.5} or {@code 1.5e-07}. */
    private static NumberText splitLeadingDigits(boolean negative, String text) {
        int end = 0;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return NumberText.finite(negative, text.substring(0, end), text.substring(end));
    }

    private static String signText(boolean negative, String signOption) {
        if (negative) {
            return "-";
        }
        if ("+".equals(signOption)) {
            return "+";
        }
        return " ".equals(signOption) ? " " : "";
    }

    /**
     * Inserts a comma every three digits from the right, like CPython's
     * {@code _PyUnicode_InsertThousandsGrouping}; with zero padding it also pads the digits with
     * zeros (and commas between them) up to {@code minimumLength}, giving {@code 0,001,234.5}.
     */
    private static String grouped(String digits, int minimumLength) {
        StringBuilder reversed = new StringBuilder();
        int remaining = digits.length();
        int leftToFill = minimumLength;
        while (true) {
            int groupLength = Math.min(GROUP_SIZE, Math.max(Math.max(remaining, leftToFill), 1));
            int taken = Math.min(remaining, groupLength);
            for (int i = 0; i < taken; i++) {
                reversed.append(digits.charAt(remaining - 1 - i));
            }
            reversed.append("0".repeat(groupLength - taken));
            remaining -= taken;
            leftToFill -= groupLength;
            if (remaining <= 0 && leftToFill <= 0) {
                return reversed.reverse().toString();
            }
            reversed.append(',');
            leftToFill -= 1;
        }
    }

    /** Pads {@code sign + body} to {@code width} characters; '=' pads between the two. */
    private static String pad(String sign, String body, String fill, char align, int width) {
        int length = sign.codePointCount(0, sign.length()) + body.codePointCount(0, body.length());
        int padding = Math.max(0, width - length);
        switch (align) {
            case '<':
                return sign + body + fill.repeat(padding);
            case '^':
                return fill.repeat(padding / 2) + sign + body + fill.repeat(padding - padding / 2);
            case '=':
                return sign + fill.repeat(padding) + body;
            default:
                return fill.repeat(padding) + sign + body;
        }
    }

    /** A width or precision, at most {@code limit}: each costs time and memory in proportion. */
    private static int parseCount(String digits, int defaultValue, int limit, String what) {
        if (digits == null) {
            return defaultValue;
        }
        String significant = digits.replaceFirst("^0+(?=.)", "");
        if (significant.length() > 9 || Integer.parseInt(significant) > limit) {
            throw new IllegalArgumentException(String.format("format %s %s is too large: the limit is %,d%s", what,
                    significant, limit, what.equals("precision") ? " digits, enough to write any number exactly" : " characters"));
        }
        return Integer.parseInt(significant);
    }
}
