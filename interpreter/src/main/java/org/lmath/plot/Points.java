package org.lmath.plot;

/**
 * Where a layer reports the points it draws ({@link Layer#trace}). A reference line that spans
 * the whole axes has a position on one axis only, and reports just that.
 */
interface Points {

    /** A point drawn at (x, y); points with a NaN coordinate are gaps and are ignored. */
    void point(double x, double y);

    /** A position on the x axis only (axvline). */
    default void x(double x) {}

    /** A position on the y axis only (axhline). */
    default void y(double y) {}
}
