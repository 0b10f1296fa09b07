package org.lmath.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.AxesChart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Turns one axes of the figure model into the XChart chart that draws it, at a given size in pixels. */
final class ChartBuilder {

    private ChartBuilder() {}

    static final float LINE_WIDTH = 2f;

    static AxesChart<?, ?> build(Axes axes, int width, int height) {
        DataBounds bounds = DataBounds.of(axes);
        if (axes.equalAspect() && axes.kind() != Layer.Kind.CATEGORY) EqualAspect.widen(bounds, build(axes, width, height, bounds), width, height);
        return build(axes, width, height, bounds);
    }

    private static AxesChart<?, ?> build(Axes axes, int width, int height, DataBounds bounds) {
        Layer.Kind kind = axes.kind() == null ? Layer.Kind.XY : axes.kind();
        AxesChart<?, ?> chart = switch (kind) {
            case XY -> xy(axes, width, height);
            case CATEGORY -> bars(axes, width, height);
            case HEATMAP -> heatmap(axes, width - COLOR_BAR_WIDTH, height);
            case SURFACE -> surface(width, height);
        };
        ChartCanvas canvas = new ChartCanvas(chart, bounds, width);
        for (Layer layer : axes.layers()) layer.draw(canvas);
        if (chart instanceof XYChart xy) {
            if (kind == Layer.Kind.XY) extent(xy, bounds);
            if (kind == Layer.Kind.SURFACE) corners(xy, bounds);  // a heatmap has its cell centres
            fixAxes(xy, bounds, kind == Layer.Kind.XY);
        }
        decorate(chart, axes, bounds);
        return chart;
    }

    private static void decorate(AxesChart<?, ?> chart, Axes axes, DataBounds bounds) {
        AxesChartStyler styler = chart.getStyler();
        chart.setTitle(axes.title() == null ? "" : axes.title());
        styler.setChartTitleVisible(axes.title() != null);
        boolean surface = axes.kind() == Layer.Kind.SURFACE;  // its names are written on the box
        String xTitle = surface ? null : scaled(axes.xLabel(), bounds.xScale()), yTitle = surface ? null : scaled(axes.yLabel(), bounds.yScale());
        chart.setXAxisTitle(xTitle == null ? "" : xTitle);
        chart.setYAxisTitle(yTitle == null ? "" : yTitle);
        styler.setXAxisTitleVisible(xTitle != null);
        styler.setYAxisTitleVisible(yTitle != null);
        if (axes.kind() == Layer.Kind.CATEGORY && axes.yLimits() != null) {
            styler.setYAxisMin(axes.yLimits()[0]);
            styler.setYAxisMax(axes.yLimits()[1]);
        }
        if (!axes.notes().isEmpty()) chart.addAnnotation(new Notes(axes.notes(), bounds, chart.getWidth()));
    }

    /** An axis title with the power of ten its values are drawn divided by, as matplotlib's offset text: "y  (×1e23)". */
    private static String scaled(String title, double scale) {
        if (scale == 1) return title;
        String factor = "×1e" + Math.round(Math.log10(scale));
        return title == null ? factor : title + "  (" + factor + ")";
    }

    /**
     * Sets XChart's axes to exactly the bounds every annotation maps with, so that what XChart
     * draws (lines) and what the annotations draw (arrowheads, labels, notes) line up.
     */
    private static void fixAxes(XYChart chart, DataBounds bounds, boolean valueAxes) {
        var styler = chart.getStyler();
        double xScale = bounds.xScale(), yScale = bounds.yScale();
        styler.setXAxisMin(bounds.xMin / xScale);
        styler.setXAxisMax(bounds.xMax / xScale);
        styler.setYAxisMin(bounds.yMin / yScale);
        styler.setYAxisMax(bounds.yMax / yScale);
        if (!valueAxes) return;
        styler.setXAxisDecimalPattern(tickPattern((bounds.xMax - bounds.xMin) / xScale));
        styler.setYAxisDecimalPattern(tickPattern((bounds.yMax - bounds.yMin) / yScale));
    }

    // ------------------------------------------------------------------ lines, points, arrows, contours

    private static XYChart xy(Axes axes, int width, int height) {
        XYChart chart = new XYChart(width, height);
        ChartStyle.apply(chart.getStyler(), width, axes.grid());
        chart.getStyler().setLegendVisible(axes.showsLegend());
        chart.getStyler().setLegendPosition(LegendPlacement.best(axes));
        return chart;
    }

    /**
     * How tick numbers are written for an axis spanning range: a leading zero always (0.05, not
     * XChart's .05), and as many decimals as steps of about a tenth of the range need, one more
     * for half steps (0.25).
     */
    static String tickPattern(double range) {
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(range / 10)) + 1);
        return decimals == 0 ? "0" : "0." + "#".repeat(Math.min(decimals, 15));
    }

    /**
     * An invisible series through the corners of the bounds, so that XChart, which draws nothing
     * without a series, always has one; and one point inside them off any regular spacing:
     * XChart puts the ticks at the data's values when they are equally spaced (a histogram's
     * edges, linspace, and on the y axis a straight line over linspace), which gives labels like
     * -2.4835, or one label per point. The golden ratio's fraction makes it choose round numbers,
     * as matplotlib does.
     */
    private static void extent(XYChart chart, DataBounds bounds) {
        double offSpacing = 0.381966;
        double[] x = {bounds.xMin, bounds.xMax, bounds.xMin + (bounds.xMax - bounds.xMin) * offSpacing};
        double[] y = {bounds.yMin, bounds.yMax, bounds.yMin + (bounds.yMax - bounds.yMin) * offSpacing};
        invisible(chart.addSeries("extent", scaled(x, bounds.xScale()), scaled(y, bounds.yScale())));
    }

    /** An invisible series through the corners of the bounds alone (a heatmap, a surface: no round ticks wanted). */
    private static void corners(XYChart chart, DataBounds bounds) {
        invisible(chart.addSeries("extent", new double[] {bounds.xMin, bounds.xMax}, new double[] {bounds.yMin, bounds.yMax}));
    }

    private static double[] scaled(double[] values, double scale) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) result[i] = values[i] / scale;
        return result;
    }

    private static void invisible(XYSeries series) {
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        series.setMarker(SeriesMarkers.NONE);
        series.setShowInLegend(false);
    }

    static void polygon(XYSeries series, Color color, int alpha, String label, String name) {
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        series.setMarker(SeriesMarkers.NONE);
        series.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha));
        series.setLineColor(alpha > 150 ? color.darker() : color);
        series.setLineStyle(new BasicStroke(1.2f));
        legendEntry(series, label, name);
    }

    /** A series' legend entry: its label, or none (XChart needs a unique name either way). */
    static void legendEntry(XYSeries series, String label, String name) {
        series.setLabel(label == null ? name : label);
        series.setShowInLegend(label != null);
    }

    static Marker marker(LineStyle.Marker marker) {
        if (marker == null) return SeriesMarkers.NONE;
        return switch (marker) {
            case POINT, CIRCLE -> SeriesMarkers.CIRCLE;
            case SQUARE -> SeriesMarkers.SQUARE;
            case TRIANGLE_UP -> SeriesMarkers.TRIANGLE_UP;
            case TRIANGLE_DOWN -> SeriesMarkers.TRIANGLE_DOWN;
            case DIAMOND -> SeriesMarkers.DIAMOND;
            case PLUS -> SeriesMarkers.PLUS;
            case CROSS -> SeriesMarkers.CROSS;
        };
    }

    // ------------------------------------------------------------------ bars

    private static CategoryChart bars(Axes axes, int width, int height) {
        CategoryChart chart = new CategoryChart(width, height);
        ChartStyle.apply(chart.getStyler(), width, axes.grid());
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        chart.getStyler().setLegendVisible(axes.showsLegend());
        chart.getStyler().setAvailableSpaceFill(0.7);
        boolean values = axes.layers().stream().anyMatch(layer -> ((Bars) layer).showValues());
        List<String> labels = ((Bars) axes.layers().get(0)).labels();  // every bar layer of an axes has the same labels
        chart.getStyler().setLabelsVisible(values);
        if (values) {
            chart.getStyler().setLabelsFont(ChartStyle.valueFont(width));
            chart.getStyler().setLabelsFontColorAutomaticEnabled(false);
            chart.getStyler().setLabelsFontColor(ChartStyle.TEXT);
            chart.getStyler().setLabelsPosition(1.08);
            chart.getStyler().setDecimalPattern("#.###");
            chart.getStyler().setYAxisDecimalPattern(null);
        }
        chart.getStyler().setXAxisLabelRotation(ChartStyle.labelRotation(labels, width));
        chart.getStyler().setXAxisTickMarkSpacingHint(12);  // one tick per bar: labelRotation made room
        DataBounds bounds = DataBounds.of(axes);  // from 0 (bars stand on the axis) to the highest bar or note
        chart.getStyler().setYAxisMin(bounds.yMin / bounds.yScale());
        chart.getStyler().setYAxisMax(bounds.yMax / bounds.yScale());
        return chart;
    }

    // ------------------------------------------------------------------ heatmap

    /** The width of the colour bar painted beside a heatmap (see {@link ColorBar}). */
    static final int COLOR_BAR_WIDTH = 90;

    private static XYChart heatmap(Axes axes, int width, int height) {
        Heatmap heat = (Heatmap) axes.layers().get(0);
        int rows = heat.values().length, columns = heat.values()[0].length;
        XYChart chart = new XYChart(width, height);
        ChartStyle.apply(chart.getStyler(), width + COLOR_BAR_WIDTH, false);  // fonts as for the whole cell, bar included
        var styler = chart.getStyler();
        styler.setLegendVisible(false);
        styler.setPlotContentSize(1.0);
        styler.setAxisTicksMarksVisible(false);  // the cells draw their own, touching them (see Heatmap)
        // An invisible point at each cell centre: with a label function set, XChart puts one tick
        // at each distinct x and y of the data, which are the cell centres.
        double[] x = new double[rows * columns], y = new double[rows * columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                x[i * columns + j] = j;
                y[i * columns + j] = i;
            }
        }
        // Spacing hints small enough that XChart tries a step of one cell.
        XYSeries centres = chart.addSeries("cells", x, y);
        styler.setXAxisTickMarkSpacingHint(Math.max(10, (int) (0.8 * width / columns)));
        styler.setYAxisTickMarkSpacingHint(Math.max(10, (int) (0.8 * height / rows)));
        centres.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        centres.setMarker(SeriesMarkers.NONE);
        centres.setShowInLegend(false);
        int rotation = ChartStyle.labelRotation(heat.columnLabels(), width);
        HeatmapLabels xLabels = new HeatmapLabels(heat.columnLabels(), false, styler.getAxisTickLabelsFont(), rotation);
        HeatmapLabels yLabels = new HeatmapLabels(heat.rowLabels(), true, null, 0);
        styler.setXAxisTickLabelsFormattingFunction(xLabels::at);
        styler.setYAxisTickLabelsFormattingFunction(yLabels::at);
        styler.setXAxisLabelRotation(rotation);
        return chart;
    }

    // ------------------------------------------------------------------ surface

    /** A chart with no axes, grid or frame: the surface draws its own box (see {@link Surface}). */
    private static XYChart surface(int width, int height) {
        XYChart chart = new XYChart(width, height);
        ChartStyle.apply(chart.getStyler(), width, false);
        var styler = chart.getStyler();
        styler.setLegendVisible(false);
        styler.setAxisTicksVisible(false);
        styler.setPlotBorderVisible(false);
        styler.setPlotContentSize(0.86);  // room for the values written beside the box
        return chart;
    }
}
