package org.lmath.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.util.LinkedHashMap;
import java.util.Map;

import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Arrows from (x0, y0) by (dx, dy), each in its own colour (quiver). XChart has no arrows: the
 * shafts are line series broken by NaN between arrows (one series per colour, so the legend
 * shows one entry), and the heads are two short strokes at each tip, drawn in screen space by
 * an annotation so they keep their shape whatever the axes' aspect ratio.
 */
public record Arrows(double[] x0, double[] y0, double[] dx, double[] dy, Color[] colors, String label) implements Layer {

    static final float WIDTH = 2f;
    private static final double HEAD_PIXELS = 11;
    private static final double HEAD_ANGLE = Math.toRadians(26);

    public Kind kind() { return Kind.XY; }

    public Color color() { return colors[0]; }

    /** Tails, tips and points along the shafts (so the legend keeps off them). */
    public void trace(Points points) {
        for (int i = 0; i < x0.length; i++) {
            for (int step = 0; step <= 10; step++) points.point(x0[i] + step / 10.0 * dx[i], y0[i] + step / 10.0 * dy[i]);
        }
    }

    public void draw(ChartCanvas canvas) {
        Map<Color, double[][]> shafts = new LinkedHashMap<>();
        for (Color color : colors) shafts.computeIfAbsent(color, c -> shaftsOf(c));
        boolean first = true;
        for (Map.Entry<Color, double[][]> entry : shafts.entrySet()) {
            String name = canvas.nextName();
            XYSeries series = canvas.xy().addSeries(name, canvas.x(entry.getValue()[0]), canvas.y(entry.getValue()[1]));
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(entry.getKey());
            series.setLineStyle(new BasicStroke(WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            ChartBuilder.legendEntry(series, first ? label : null, name);
            first = false;
        }
        canvas.annotate(new Heads(canvas.bounds()));
    }

    /** The shafts of the arrows of one colour: x and y of tail, tip, NaN, tail, tip, NaN, ... */
    private double[][] shaftsOf(Color color) {
        int count = 0;
        for (Color c : colors) if (c.equals(color)) count++;
        double[] x = new double[3 * count], y = new double[3 * count];
        for (int i = 0, k = 0; i < x0.length; i++) {
            if (!colors[i].equals(color)) continue;
            x[3 * k] = x0[i];
            y[3 * k] = y0[i];
            x[3 * k + 1] = x0[i] + dx[i];
            y[3 * k + 1] = y0[i] + dy[i];
            x[3 * k + 2] = Double.NaN;
            y[3 * k + 2] = Double.NaN;
            k++;
        }
        return new double[][] {x, y};
    }

    public void drawBraille(BrailleCanvas canvas, BraillePreview.Projection to, int code) {
        for (int i = 0; i < x0.length; i++) {
            canvas.line(to.px(x0[i]), to.py(y0[i]), to.px(x0[i] + dx[i]), to.py(y0[i] + dy[i]), code);
        }
    }

    /** The two strokes of each arrow's head, drawn after the chart has fixed its axes. */
    private final class Heads extends ScreenAnnotation {

        Heads(DataBounds bounds) {
            super(bounds);
        }

        @Override
        public void paint(Graphics2D g) {
            if (!usable()) return;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setStroke(new BasicStroke(WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int i = 0; i < x0.length; i++) {
                double tailX = screenX(x0[i]), tailY = screenY(y0[i]);
                double tipX = screenX(x0[i] + dx[i]), tipY = screenY(y0[i] + dy[i]);
                double length = Math.hypot(tipX - tailX, tipY - tailY);
                if (length < 1) continue;  // a zero vector has no direction to point in
                double head = Math.min(HEAD_PIXELS, 0.4 * length);
                double angle = Math.atan2(tipY - tailY, tipX - tailX);
                g.setColor(colors[i]);
                for (int side = -1; side <= 1; side += 2) {
                    double a = angle + Math.PI + side * HEAD_ANGLE;
                    g.draw(new Line2D.Double(tipX, tipY, tipX + head * Math.cos(a), tipY + head * Math.sin(a)));
                }
            }
        }
    }
}
