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
        Layer.Kind kind = axes.kind() == null ? Layer.Kind.XY : axes.kind();
        AxesChart<?, ?> chart = switch (kind) {
            case XY -> xy(axes, width, height);
            case CATEGORY -> bars(axes, width, height);
            case HEATMAP -> heatmap(axes, width - COLOR_BAR_WIDTH, height);
        };
        decorate(chart, axes);
        return chart;
    }

    private static void decorate(AxesChart<?, ?> chart, Axes axes) {
        AxesChartStyler styler = chart.getStyler();
        chart.setTitle(axes.title() == null ? "" : axes.title());
        styler.setChartTitleVisible(axes.title() != null);
        chart.setXAxisTitle(axes.xLabel() == null ? "" : axes.xLabel());
        chart.setYAxisTitle(axes.yLabel() == null ? "" : axes.yLabel());
        styler.setXAxisTitleVisible(axes.xLabel() != null);
        styler.setYAxisTitleVisible(axes.yLabel() != null);
        boolean heatmap = axes.kind() == Layer.Kind.HEATMAP;  // its axes are the cells, not values
        if (axes.xLimits() != null && !heatmap) {
            styler.setXAxisMin(axes.xLimits()[0]);
            styler.setXAxisMax(axes.xLimits()[1]);
        }
        if (axes.yLimits() != null && !heatmap) {
            styler.setYAxisMin(axes.yLimits()[0]);
            styler.setYAxisMax(axes.yLimits()[1]);
        }
        if (!axes.notes().isEmpty()) chart.addAnnotation(new Notes(axes.notes(), DataBounds.of(axes), chart.getWidth()));
    }

    // ------------------------------------------------------------------ lines, points, arrows, contours

    private static XYChart xy(Axes axes, int width, int height) {
        XYChart chart = new XYChart(width, height);
        ChartStyle.apply(chart.getStyler(), width, axes.grid());
        chart.getStyler().setLegendVisible(axes.showsLegend());
        chart.getStyler().setLegendPosition(LegendPlacement.best(axes));
        double[] bounds = DataBounds.of(axes);
        int number = 0;
        for (Layer layer : axes.layers()) {
            String name = "series-" + number++;
            if (layer instanceof Layer.Curve curve) curve(chart, curve, name, bounds);
            else if (layer instanceof Layer.Band band) band(chart, band, name);
            else if (layer instanceof Layer.Histogram histogram) histogram(chart, histogram, name);
            else if (layer instanceof Layer.Arrows arrows) Arrows.draw(chart, arrows, name, bounds);
            else if (layer instanceof Layer.Contour contour) Contours.draw(chart, contour, name);
        }
        if (chart.getSeriesCollection().isEmpty()) placeholder(chart, axes);
        else breakEqualSpacing(chart, bounds);
        if (bounds[1] > bounds[0]) chart.getStyler().setXAxisDecimalPattern(tickPattern(bounds[1] - bounds[0]));
        if (bounds[3] > bounds[2]) chart.getStyler().setYAxisDecimalPattern(tickPattern(bounds[3] - bounds[2]));
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
     * XChart puts the ticks at the data's values when they are equally spaced (a histogram's
     * edges, linspace, and on the y axis a straight line over linspace), which gives labels like
     * -2.4835, or one label per point; one invisible point off that spacing on both axes makes it
     * choose round numbers, as matplotlib does. The point lies inside the data's box.
     */
    private static void breakEqualSpacing(XYChart chart, double[] bounds) {
        if (!(bounds[1] > bounds[0]) || !(bounds[3] >= bounds[2])) return;
        double offSpacing = 0.381966;  // the golden ratio's fraction: no simple grid step lands on it
        XYSeries series = chart.addSeries("tick-spacing", new double[] {bounds[0] + (bounds[1] - bounds[0]) * offSpacing},
                new double[] {bounds[2] + (bounds[3] - bounds[2]) * offSpacing});
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        series.setMarker(SeriesMarkers.NONE);
        series.setShowInLegend(false);
    }

    private static void curve(XYChart chart, Layer.Curve curve, String name, double[] bounds) {
        LineStyle.Line line = curve.style().line();
        if (line != null && line != LineStyle.Line.SOLID) {
            DashedCurve.draw(chart, curve, name, curve.label(), bounds);
            return;
        }
        XYSeries series = chart.addSeries(name, curve.x(), curve.y());
        LineStyle style = curve.style();
        if (style.line() == null) {
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        } else {
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            series.setLineStyle(style.line().stroke(LINE_WIDTH));
        }
        series.setLineColor(style.color());
        series.setMarkerColor(style.color());
        series.setMarker(marker(style.marker()));
        label(series, curve.label(), name);
    }

    private static void band(XYChart chart, Layer.Band band, String name) {
        int n = band.x().length;
        double[] x = new double[2 * n];
        double[] y = new double[2 * n];
        for (int i = 0; i < n; i++) {
            x[i] = band.x()[i];
            y[i] = band.upper()[i];
            x[2 * n - 1 - i] = band.x()[i];
            y[2 * n - 1 - i] = band.lower()[i];
        }
        polygon(chart.addSeries(name, x, y), band.color(), 80, band.label(), name);
    }

    /** Bars side by side as one outline going down to zero at each edge, filled. */
    private static void histogram(XYChart chart, Layer.Histogram histogram, String name) {
        int bins = histogram.counts().length;
        double[] x = new double[4 * bins];
        double[] y = new double[4 * bins];
        for (int b = 0; b < bins; b++) {
            double left = histogram.edges()[b], right = histogram.edges()[b + 1], count = histogram.counts()[b];
            x[4 * b] = left;      y[4 * b] = 0;
            x[4 * b + 1] = left;  y[4 * b + 1] = count;
            x[4 * b + 2] = right; y[4 * b + 2] = count;
            x[4 * b + 3] = right; y[4 * b + 3] = 0;
        }
        polygon(chart.addSeries(name, x, y), histogram.color(), 200, histogram.label(), name);
    }

    private static void polygon(XYSeries series, Color color, int alpha, String label, String name) {
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        series.setMarker(SeriesMarkers.NONE);
        series.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), alpha));
        series.setLineColor(alpha > 150 ? color.darker() : color);
        series.setLineStyle(new BasicStroke(1.2f));
        label(series, label, name);
    }

    private static void label(XYSeries series, String label, String name) {
        series.setLabel(label == null ? name : label);
        series.setShowInLegend(label != null);
    }

    /** XChart draws nothing without a series: an invisible one spans the notes of an axes that has only text. */
    private static void placeholder(XYChart chart, Axes axes) {
        double[] x = axes.notes().stream().mapToDouble(Axes.Note::x).toArray();
        double[] y = axes.notes().stream().mapToDouble(Axes.Note::y).toArray();
        if (x.length == 0) {
            x = new double[] {0, 1};
            y = new double[] {0, 1};
        }
        XYSeries series = chart.addSeries("placeholder", x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        series.setMarker(SeriesMarkers.NONE);
        series.setShowInLegend(false);
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
        boolean values = false;
        List<String> labels = List.of();
        int number = 0;
        for (Layer layer : axes.layers()) {
            Layer.Bars bars = (Layer.Bars) layer;
            labels = bars.labels();
            List<Double> heights = Arrays.stream(bars.heights()).boxed().toList();
            String name = "series-" + number++;
            CategorySeries series = chart.addSeries(name, new ArrayList<>(bars.labels()), heights);
            series.setFillColor(bars.color());
            series.setLabel(bars.label() == null ? name : bars.label());
            series.setShowInLegend(bars.label() != null);
            values |= bars.showValues();
        }
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
        boolean allPositive = axes.layers().stream().allMatch(layer -> java.util.Arrays.stream(((Layer.Bars) layer).heights()).allMatch(h -> h >= 0));
        if (allPositive && axes.yLimits() == null) chart.getStyler().setYAxisMin(0.0);  // bars stand on the axis
        return chart;
    }

    // ------------------------------------------------------------------ heatmap

    /** The width of the colour bar painted beside a heatmap (see {@link ColorBar}). */
    static final int COLOR_BAR_WIDTH = 90;

    private static XYChart heatmap(Axes axes, int width, int height) {
        Layer.Heat heat = (Layer.Heat) axes.layers().get(0);
        int rows = heat.values().length, columns = heat.values()[0].length;
        XYChart chart = new XYChart(width, height);
        ChartStyle.apply(chart.getStyler(), width + COLOR_BAR_WIDTH, false);  // fonts as for the whole cell, bar included
        var styler = chart.getStyler();
        styler.setLegendVisible(false);
        styler.setPlotContentSize(1.0);
        styler.setXAxisMin(-0.5);
        styler.setXAxisMax(columns - 0.5);
        styler.setYAxisMin(-0.5);
        styler.setYAxisMax(rows - 0.5);
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
        styler.setXAxisTickLabelsFormattingFunction(value -> labelAt(heat.columnLabels(), value, false));
        styler.setYAxisTickLabelsFormattingFunction(value -> labelAt(heat.rowLabels(), value, true));
        styler.setXAxisLabelRotation(ChartStyle.labelRotation(heat.columnLabels(), width));
        double[] range = valueRange(heat);
        chart.addAnnotation(new HeatmapCells(heat, new double[] {-0.5, columns - 0.5, -0.5, rows - 0.5}, range[0], range[1], width + COLOR_BAR_WIDTH));
        return chart;
    }

    /**
     * The label of the cell centred at value (x counts columns; y counts rows from the bottom).
     * XChart accepts a set of ticks only when all their labels differ, and tries wider steps until
     * they do: so the two ends of the axis get two different blank labels, positions between
     * cells a third (which forces a step of one cell), and repeated labels (a sentence with "the"
     * twice) are told apart by invisible zero-width spaces.
     */
    private static String labelAt(List<String> labels, double value, boolean fromTop) {
        long index = Math.round(value);
        if (value < 0) return "";
        if (value > labels.size() - 1) return " ";
        if (Math.abs(value - index) > 1e-6) return "\u200B";
        int position = fromTop ? labels.size() - 1 - (int) index : (int) index;
        String label = labels.get(position);
        int repeats = 0;
        for (int k = 0; k < position; k++) if (labels.get(k).equals(label)) repeats++;
        return label + "\u200B".repeat(repeats == 0 ? 0 : repeats + 1);
    }

    /** The lowest and highest finite value of a heatmap (the ends of its colour map). */
    static double[] valueRange(Layer.Heat heat) {
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (double[] row : heat.values()) {
            for (double value : row) {
                if (Double.isNaN(value)) continue;
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        return new double[] {low, high};
    }
}
