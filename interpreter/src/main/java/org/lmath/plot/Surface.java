package org.lmath.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * z over the grid xs by ys as a 3-D surface (surface), drawn by projection since XChart has no
 * 3-D: the grid's cells become quadrilaterals seen from matplotlib's default viewpoint (30
 * degrees up, azimuth -60), painted far to near and coloured by their height. The x, y and z
 * ranges are each scaled to the box, as matplotlib's 3-D axes do. The chart's own axes are
 * hidden: the box's edges carry the three ranges.
 */
public record Surface(double[] xs, double[] ys, double[][] z, Color[] colorMap, String[] axisNames) implements Layer {

    private static final double ELEVATION = Math.toRadians(30), AZIMUTH = Math.toRadians(-60);
    /** The box's height relative to its width, as matplotlib's default 3-D box (4:4:3). */
    private static final double BOX_HEIGHT = 0.75;

    public Kind kind() { return Kind.SURFACE; }

    public String label() { return null; }

    public Color color() { return Palette.at(colorMap, 0.5); }

    private double[] zRange() {
        double[] range = Palette.range(z);
        return range[1] > range[0] ? range : new double[] {range[0] - 0.5, range[0] + 0.5};
    }

    /** The point (x, y, z) of data space as {screen x, screen y, depth} in the unit box's projection (y up). */
    double[] project(double x, double y, double value) {
        double[] zr = zRange();
        double px = (x - xs[0]) / (xs[xs.length - 1] - xs[0]) - 0.5;
        double py = (y - ys[0]) / (ys[ys.length - 1] - ys[0]) - 0.5;
        double pz = ((value - zr[0]) / (zr[1] - zr[0]) - 0.5) * BOX_HEIGHT;
        double right = -Math.sin(AZIMUTH) * px + Math.cos(AZIMUTH) * py;
        double up = -Math.sin(ELEVATION) * Math.cos(AZIMUTH) * px - Math.sin(ELEVATION) * Math.sin(AZIMUTH) * py + Math.cos(ELEVATION) * pz;
        double depth = Math.cos(ELEVATION) * Math.cos(AZIMUTH) * px + Math.cos(ELEVATION) * Math.sin(AZIMUTH) * py + Math.sin(ELEVATION) * pz;
        return new double[] {right, up, depth};
    }

    /** The eight corners of the box, projected: the extent of the drawing. */
    public void trace(Points points) {
        double[] zr = zRange();
        for (double x : new double[] {xs[0], xs[xs.length - 1]}) {
            for (double y : new double[] {ys[0], ys[ys.length - 1]}) {
                for (double value : zr) {
                    double[] p = project(x, y, value);
                    points.point(p[0], p[1]);
                }
            }
        }
    }

    public void draw(ChartCanvas canvas) {
        canvas.annotate(new Painting(canvas.bounds(), canvas.cellWidth()));
    }

    public void drawBraille(BrailleCanvas canvas, BraillePreview.Projection to, int code) {
        for (int i = 0; i < ys.length; i++) {
            for (int j = 0; j < xs.length; j++) {
                if (Double.isNaN(z[i][j])) continue;
                double[] p = project(xs[j], ys[i], z[i][j]);
                if (j + 1 < xs.length && !Double.isNaN(z[i][j + 1])) {
                    double[] q = project(xs[j + 1], ys[i], z[i][j + 1]);
                    canvas.line(to.px(p[0]), to.py(p[1]), to.px(q[0]), to.py(q[1]), code);
                }
                if (i + 1 < ys.length && !Double.isNaN(z[i + 1][j])) {
                    double[] q = project(xs[j], ys[i + 1], z[i + 1][j]);
                    canvas.line(to.px(p[0]), to.py(p[1]), to.px(q[0]), to.py(q[1]), code);
                }
            }
        }
    }

    /** One cell of the grid, projected: its outline and how far it is. */
    private record Face(Path2D.Double outline, double depth, double height) {}

    /** The box's back edges, the cells far to near, and the ranges on the box's front edges. */
    private final class Painting extends ScreenAnnotation {
        private final int cellWidth;

        Painting(DataBounds bounds, int cellWidth) {
            super(bounds);
            this.cellWidth = cellWidth;
        }

        private double[] screen(double x, double y, double value) {
            double[] p = project(x, y, value);
            return new double[] {screenX(p[0]), screenY(p[1])};
        }

        @Override
        public void paint(Graphics2D g) {
            if (!usable()) return;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double[] zr = zRange();
            double x0 = xs[0], x1 = xs[xs.length - 1], y0 = ys[0], y1 = ys[ys.length - 1];
            // The floor and the two back walls' edges, light, behind everything.
            g.setStroke(new BasicStroke(1f));
            g.setColor(ChartStyle.GRID.darker());
            double[][] floor = {screen(x0, y0, zr[0]), screen(x1, y0, zr[0]), screen(x1, y1, zr[0]), screen(x0, y1, zr[0])};
            for (int k = 0; k < 4; k++) line(g, floor[k], floor[(k + 1) % 4]);
            line(g, screen(x0, y1, zr[0]), screen(x0, y1, zr[1]));
            line(g, screen(x1, y1, zr[0]), screen(x1, y1, zr[1]));
            line(g, screen(x0, y1, zr[1]), screen(x1, y1, zr[1]));
            line(g, screen(x0, y0, zr[0]), screen(x0, y0, zr[1]));
            List<Face> faces = new ArrayList<>();
            for (int i = 0; i + 1 < ys.length; i++) {
                for (int j = 0; j + 1 < xs.length; j++) {
                    double a = z[i][j], b = z[i][j + 1], c = z[i + 1][j + 1], d = z[i + 1][j];
                    if (Double.isNaN(a + b + c + d)) continue;
                    double[][] corners = {project(xs[j], ys[i], a), project(xs[j + 1], ys[i], b), project(xs[j + 1], ys[i + 1], c), project(xs[j], ys[i + 1], d)};
                    Path2D.Double outline = new Path2D.Double();
                    double depth = 0;
                    for (int k = 0; k < 4; k++) {
                        double sx = screenX(corners[k][0]), sy = screenY(corners[k][1]);
                        if (k == 0) outline.moveTo(sx, sy);
                        else outline.lineTo(sx, sy);
                        depth += corners[k][2] / 4;
                    }
                    outline.closePath();
                    faces.add(new Face(outline, depth, (a + b + c + d) / 4));
                }
            }
            faces.sort(Comparator.comparingDouble(Face::depth));
            g.setStroke(new BasicStroke(0.6f));
            for (Face face : faces) {
                Color fill = Palette.at(colorMap, (face.height() - zr[0]) / (zr[1] - zr[0]));
                g.setColor(fill);
                g.fill(face.outline());
                g.setColor(fill.darker());
                g.draw(face.outline());
            }
            labels(g, zr);
        }

        /** The range of each axis at the two ends of a front edge, and the axis's name in the middle. */
        private void labels(Graphics2D g, double[] zr) {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(ChartStyle.valueFont(cellWidth));
            g.setColor(ChartStyle.TEXT);
            FontMetrics metrics = g.getFontMetrics();
            double x0 = xs[0], x1 = xs[xs.length - 1], y0 = ys[0], y1 = ys[ys.length - 1];
            double tiny = 1e-9 * (zr[1] - zr[0]);  // floating-point noise around 0 is written as 0
            String zLow = Numbers.compact(Math.abs(zr[0]) < tiny ? 0 : zr[0]), zHigh = Numbers.compact(Math.abs(zr[1]) < tiny ? 0 : zr[1]);
            edge(g, metrics, screen(x0, y0, zr[0]), screen(x1, y0, zr[0]), Numbers.compact(x0), Numbers.compact(x1), axisNames[0], 0, 1);
            edge(g, metrics, screen(x1, y0, zr[0]), screen(x1, y1, zr[0]), Numbers.compact(y0), Numbers.compact(y1), axisNames[1], 1, 1);
            edge(g, metrics, screen(x0, y0, zr[0]), screen(x0, y0, zr[1]), zLow, zHigh, axisNames[2], -1, 0);
        }

        /** Writes the two end values beside an edge, pushed away from the box by (dx, dy), and a name at its middle. */
        private void edge(Graphics2D g, FontMetrics metrics, double[] from, double[] to, String low, String high, String name, int dx, int dy) {
            g.setColor(ChartStyle.FRAME);
            g.setStroke(new BasicStroke(1f));
            line(g, from, to);
            g.setColor(ChartStyle.TEXT);
            // The end values sit a little inside the edge, so that two edges meeting at the front
            // corner do not write their values over each other.
            double[] nearFrom = {from[0] + 0.1 * (to[0] - from[0]), from[1] + 0.1 * (to[1] - from[1])};
            double[] nearTo = {to[0] - 0.1 * (to[0] - from[0]), to[1] - 0.1 * (to[1] - from[1])};
            text(g, metrics, low, dy == 0 ? from : nearFrom, dx, dy);
            text(g, metrics, high, dy == 0 ? to : nearTo, dx, dy);
            if (name != null) text(g, metrics, name, new double[] {(from[0] + to[0]) / 2, (from[1] + to[1]) / 2}, dx * 2, dy * 2);
        }

        private void text(Graphics2D g, FontMetrics metrics, String text, double[] at, int dx, int dy) {
            int width = metrics.stringWidth(text), ascent = metrics.getAscent();
            double x = at[0] + dx * 8 - (dx < 0 ? width : dx > 0 ? 0 : width / 2.0);
            double y = at[1] + dy * (8 + ascent) + (dy == 0 ? ascent / 2.0 : 0);
            g.drawString(text, (float) x, (float) y);
        }

        private void line(Graphics2D g, double[] from, double[] to) {
            g.draw(new Line2D.Double(from[0], from[1], to[0], to[1]));
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Surface(%d by %d)", ys.length, xs.length);
    }
}
