package org.lmath.plot;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * quiver's arrows on XChart's XY chart, which has none: the shafts are one line series broken
 * by NaN between arrows (so the legend and axis ranges treat them as one series), and the heads
 * are two short strokes at each tip, drawn in screen space by an annotation so they keep their
 * shape whatever the axes' aspect ratio.
 */
final class Arrows {

    private Arrows() {}

    static final float WIDTH = 2f;
    private static final double HEAD_PIXELS = 11;
    private static final double HEAD_ANGLE = Math.toRadians(26);

    static void draw(XYChart chart, Layer.Arrows arrows, String seriesName, double[] bounds) {
        int count = arrows.x0().length;
        double[] x = new double[count * 3];
        double[] y = new double[count * 3];
        for (int i = 0; i < count; i++) {
            x[3 * i] = arrows.x0()[i];
            y[3 * i] = arrows.y0()[i];
            x[3 * i + 1] = arrows.x0()[i] + arrows.dx()[i];
            y[3 * i + 1] = arrows.y0()[i] + arrows.dy()[i];
            x[3 * i + 2] = Double.NaN;
            y[3 * i + 2] = Double.NaN;
        }
        XYSeries series = chart.addSeries(seriesName, x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(arrows.color());
        series.setLineStyle(new BasicStroke(WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        series.setLabel(arrows.label() == null ? seriesName : arrows.label());
        series.setShowInLegend(arrows.label() != null);
        chart.addAnnotation(new Heads(arrows, bounds));
    }

    /** The two strokes of each arrow's head, drawn after the chart has fixed its axes. */
    private static final class Heads extends ScreenAnnotation {
        private final Layer.Arrows arrows;

        Heads(Layer.Arrows arrows, double[] bounds) {
            super(bounds);
            this.arrows = arrows;
        }

        @Override
        public void paint(Graphics2D g) {
            if (!usable()) return;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(arrows.color());
            g.setStroke(new BasicStroke(WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int i = 0; i < arrows.x0().length; i++) {
                double tailX = screenX(arrows.x0()[i]);
                double tailY = screenY(arrows.y0()[i]);
                double tipX = screenX(arrows.x0()[i] + arrows.dx()[i]);
                double tipY = screenY(arrows.y0()[i] + arrows.dy()[i]);
                double length = Math.hypot(tipX - tailX, tipY - tailY);
                if (length < 1) continue;  // a zero vector has no direction to point in
                double head = Math.min(HEAD_PIXELS, 0.4 * length);
                double angle = Math.atan2(tipY - tailY, tipX - tailX);
                for (int side = -1; side <= 1; side += 2) {
                    double a = angle + Math.PI + side * HEAD_ANGLE;
                    g.draw(new Line2D.Double(tipX, tipY, tipX + head * Math.cos(a), tipY + head * Math.sin(a)));
                }
            }
        }
    }
}
