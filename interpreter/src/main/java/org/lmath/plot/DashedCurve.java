package org.lmath.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A dashed or dotted line ("r--", "b:", "-."). XChart strokes a line one segment at a time, so a
 * dash pattern starts again at every data point and a dense curve comes out solid. Here the
 * curve is one path drawn by an annotation (clipped to the plot); XChart keeps what it does
 * well: the points' markers and the axis ranges (an unlined series with the data) and the
 * legend entry (a one-point series with the dashed stroke, which draws no line).
 */
final class DashedCurve {

    private DashedCurve() {}

    static void draw(ChartCanvas canvas, Curve curve, String name) {
        LineStyle style = curve.style();
        String label = curve.label();
        XYChart chart = canvas.xy();
        XYSeries data = chart.addSeries(name, canvas.x(curve.x()), canvas.y(curve.y()));
        data.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        data.setMarker(ChartBuilder.marker(style.marker()));
        data.setMarkerColor(style.color());
        data.setShowInLegend(false);
        int first = 0;
        while (Double.isNaN(curve.y()[first])) first++;
        XYSeries legend = chart.addSeries(name + "-legend", canvas.x(new double[] {curve.x()[first]}), canvas.y(new double[] {curve.y()[first]}));
        legend.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        legend.setLineStyle(style.line().stroke(ChartBuilder.LINE_WIDTH));
        legend.setLineColor(style.color());
        legend.setMarker(style.marker() == null ? SeriesMarkers.NONE : ChartBuilder.marker(style.marker()));
        legend.setMarkerColor(style.color());
        ChartBuilder.legendEntry(legend, label, name);
        canvas.annotate(new Path(curve, canvas.bounds()));
    }

    /** The curve as one stroked path; NaN points break it. */
    private static final class Path extends ScreenAnnotation {
        private final Curve curve;

        Path(Curve curve, DataBounds bounds) {
            super(bounds);
            this.curve = curve;
        }

        @Override
        public void paint(Graphics2D g) {
            if (!usable()) return;
            Path2D.Double path = new Path2D.Double();
            boolean drawing = false;
            for (int i = 0; i < curve.x().length; i++) {
                if (Double.isNaN(curve.x()[i]) || Double.isNaN(curve.y()[i])) {
                    drawing = false;
                    continue;
                }
                double px = screenX(curve.x()[i]), py = screenY(curve.y()[i]);
                if (drawing) path.lineTo(px, py);
                else path.moveTo(px, py);
                drawing = true;
            }
            Shape clip = g.getClip();
            g.clip(plotArea());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(curve.style().color());
            g.setStroke(curve.style().line().stroke(ChartBuilder.LINE_WIDTH));
            g.draw(path);
            g.setClip(clip);
        }
    }
}
