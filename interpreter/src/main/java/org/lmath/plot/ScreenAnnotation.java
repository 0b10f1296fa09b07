package org.lmath.plot;

import java.awt.geom.Rectangle2D;

import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * An annotation that draws in screen space from data coordinates. XChart's own mapping is only
 * right for values inside the axis range (below the minimum it returns nonsense) and rounds to
 * whole pixels, so this one asks XChart only where the two ends of each axis are (the chart's axes
 * are set to exactly the {@link DataBounds}) and maps linearly between them.
 */
abstract class ScreenAnnotation extends Annotation {

    private final DataBounds bounds;

    ScreenAnnotation(DataBounds bounds) {
        super(false);
        this.bounds = bounds;
    }

    /** Whether each axis has two distinct ends (one point alone gives no scale). */
    boolean usable() {
        return bounds.xMax > bounds.xMin && bounds.yMax > bounds.yMin;
    }

    double screenX(double value) {
        if (chart instanceof org.knowm.xchart.CategoryChart bars) return categoryX(bars, value);
        double scale = bounds.xScale(), low = bounds.xMin / scale, high = bounds.xMax / scale;
        double a = getXAxisScreenValue(low), b = getXAxisScreenValue(high);
        return a + (value / scale - low) * (b - a) / (high - low);
    }

    /**
     * On a bar chart, x counts bars (bar i at x = i, as matplotlib places them): XChart splits the
     * plot content (the plot area less its margins) into one equal slot per bar.
     */
    private double categoryX(org.knowm.xchart.CategoryChart bars, double value) {
        Rectangle2D area = plotArea();
        double content = area.getWidth() * styler.getPlotContentSize(), left = area.getX() + (area.getWidth() - content) / 2;
        int slots = bars.getSeriesCollection().iterator().next().getXData().size();
        return left + (value + 0.5) / slots * content;
    }

    double screenY(double value) {
        double scale = bounds.yScale(), low = bounds.yMin / scale, high = bounds.yMax / scale;
        double a = getYAxisScreenValue(low), b = getYAxisScreenValue(high);
        return a + (value / scale - low) * (b - a) / (high - low);
    }

    /** The plot area (inside the frame) in screen coordinates. */
    Rectangle2D plotArea() {
        double left = getXAxisScreenValueForMin(), right = getXAxisScreenValueForMax();
        double top = getYAxisScreenValueForMax(), bottom = getYAxisScreenValueForMin();
        return new Rectangle2D.Double(Math.min(left, right), Math.min(top, bottom), Math.abs(right - left), Math.abs(bottom - top));
    }
}
