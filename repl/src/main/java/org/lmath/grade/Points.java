package org.lmath.grade;

import java.util.Locale;

/** How points are written for people: 7, 2.5 (never 7.0). */
final class Points {

    private Points() {}

    static String format(double points) {
        if (points == Math.rint(points)) return String.valueOf((long) points);
        return String.format(Locale.ROOT, "%.2f", points).replaceAll("0+$", "");
    }
}
