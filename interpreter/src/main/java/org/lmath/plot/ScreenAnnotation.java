package org.lmath.plot;

import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * An annotation that draws in screen space from data coordinates. XChart's own mapping is only
 * right for values inside the axis range (below the minimum it returns nonsense), so this one
 * asks XChart for two values known to be inside (the data's extremes, or the limits set) and
 * extends the line through them, which is exact because the axes are linear.
 */
abstract class ScreenAnnotation extends Annotation {

    private final double[] bounds;  // x min, x max, y min, y max, all inside the axis ranges

    ScreenAnnotation(double[] bounds) {
        super(false);
        this.bounds = bounds;
    }

    /** Whether the references are two distinct values on each axis (one point alone gives no scale). */
    boolean usable() {
        return bounds[1] > bounds[0] && bounds[3] > bounds[2];
    }

    double screenX(double value) {
        double a = getXAxisScreenValue(bounds[0]), b = getXAxisScreenValue(bounds[1]);
        return a + (value - bounds[0]) * (b - a) / (bounds[1] - bounds[0]);
    }

    double screenY(double value) {
        double a = getYAxisScreenValue(bounds[2]), b = getYAxisScreenValue(bounds[3]);
        return a + (value - bounds[2]) * (b - a) / (bounds[3] - bounds[2]);
    }
}
