package org.lmath.plot;

import java.util.Locale;

/** Short number labels for pictures: 3, 0.25, 1.2e-05; not the full digits print() shows. */
final class Numbers {

    private Numbers() {}

    /** At most three significant digits, no trailing zeros. */
    static String compact(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e6) return Long.toString((long) value);
        double magnitude = Math.abs(value);
        if (magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e6)) return String.format(Locale.ROOT, "%.2g", value);
        String text = String.format(Locale.ROOT, "%.3g", value);
        if (text.contains(".") && !text.contains("e")) text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        return text;
    }

    /** Labels for a set of values in one picture: all with the same number of decimals (two unless all are whole). */
    static String cell(double value, boolean allWhole) {
        if (Double.isNaN(value)) return "";
        return allWhole ? Long.toString(Math.round(value)) : String.format(Locale.ROOT, "%.2f", value);
    }
}
