package org.lmath.plot;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.AxesChart;

/**
 * What a layer draws on when a figure is turned into XChart charts ({@link Layer#draw}): the
 * chart of its axes, the axes' one {@link DataBounds}, and series names that stay unique.
 * Coordinates given to XChart go through {@link #x} and {@link #y}, which apply the bounds'
 * scale; annotations made with {@link ScreenAnnotation} apply it themselves.
 */
final class ChartCanvas {

    private final AxesChart<?, ?> chart;
    private final DataBounds bounds;
    private final int cellWidth;
    private int series;

    ChartCanvas(AxesChart<?, ?> chart, DataBounds bounds, int cellWidth) {
        this.chart = chart;
        this.bounds = bounds;
        this.cellWidth = cellWidth;
    }

    /** The chart of an axes of lines, points, arrows and contours (and of a heatmap's cells). */
    XYChart xy() {
        return (XYChart) chart;
    }

    /** The chart of a bar chart. */
    CategoryChart category() {
        return (CategoryChart) chart;
    }

    DataBounds bounds() {
        return bounds;
    }

    /** The width in pixels of the figure cell, which sets font sizes. */
    int cellWidth() {
        return cellWidth;
    }

    /** A series name not used before in this chart. */
    String nextName() {
        return "series-" + series++;
    }

    /** x values as the chart draws them (divided by the bounds' scale); NaN gaps stay NaN. */
    double[] x(double[] values) {
        return scaled(values, bounds.xScale());
    }

    double[] y(double[] values) {
        return scaled(values, bounds.yScale());
    }

    private static double[] scaled(double[] values, double scale) {
        if (scale == 1) return values;
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) result[i] = values[i] / scale;
        return result;
    }

    void annotate(ScreenAnnotation annotation) {
        chart.addAnnotation(annotation);
    }
}
