package org.lmath.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Iso-lines of z over the grid xs by ys (z[i][j] at xs[j], ys[i]) at the given levels (contour),
 * each level coloured by the map and labelled with its value on the line itself, as
 * matplotlib's clabel does: labels in a legend would cover the lines they name.
 */
public record Contour(double[] xs, double[] ys, double[][] z, double[] levels, Color[] colorMap) implements Layer {

    public Kind kind() { return Kind.XY; }

    /** Contours take no legend entry: their values are written on the lines. */
    public String label() { return null; }

    public Color color() { return Palette.at(colorMap, 0.5); }

    /** The grid's corners, and every point of every iso-line. */
    public void trace(Points points) {
        points.point(xs[0], ys[0]);
        points.point(xs[xs.length - 1], ys[ys.length - 1]);
        for (double level : levels) {
            for (Contours.Segment s : Contours.segments(xs, ys, z, level)) {
                points.point(s.x1(), s.y1());
                points.point(s.x2(), s.y2());
            }
        }
    }

    Color colorOf(double level) {
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (double l : levels) {
            low = Math.min(low, l);
            high = Math.max(high, l);
        }
        return Palette.at(colorMap, high > low ? (level - low) / (high - low) : 0.5);
    }

    public void draw(ChartCanvas canvas) {
        for (double level : levels) {
            List<Contours.Segment> segments = Contours.segments(xs, ys, z, level);
            if (segments.isEmpty()) continue;
            double[] x = new double[segments.size() * 3], y = new double[segments.size() * 3];
            for (int i = 0; i < segments.size(); i++) {
                Contours.Segment s = segments.get(i);
                x[3 * i] = s.x1();
                y[3 * i] = s.y1();
                x[3 * i + 1] = s.x2();
                y[3 * i + 1] = s.y2();
                x[3 * i + 2] = Double.NaN;
                y[3 * i + 2] = Double.NaN;
            }
            String name = canvas.nextName();
            XYSeries series = canvas.xy().addSeries(name, canvas.x(x), canvas.y(y));
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(colorOf(level));
            series.setLineStyle(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            ChartBuilder.legendEntry(series, null, name);
        }
        canvas.annotate(new LevelLabels(canvas.bounds(), canvas.cellWidth()));
    }

    public void drawBraille(BrailleCanvas canvas, BraillePreview.Projection to, int code) {
        for (double level : levels) {
            for (Contours.Segment s : Contours.segments(xs, ys, z, level)) {
                canvas.line(to.px(s.x1()), to.py(s.y1()), to.px(s.x2()), to.py(s.y2()), code);
            }
        }
    }

    /**
     * Each level's value, written on a white patch over a piece of its line, as matplotlib's inline
     * clabel: on a piece whose label stays a margin inside both the plot and the grid, so the line
     * runs on at both sides of it instead of ending under it at the plot's edge.
     */
    private final class LevelLabels extends ScreenAnnotation {
        /** The least distance, in pixels, between a label and the plot's frame or the grid's edge. */
        private static final int MARGIN = 10;
        private final int cellWidth;

        LevelLabels(DataBounds bounds, int cellWidth) {
            super(bounds);
            this.cellWidth = cellWidth;
        }

        @Override
        public void paint(Graphics2D g) {
            if (!usable()) return;
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(ChartStyle.valueFont(cellWidth));
            FontMetrics metrics = g.getFontMetrics();
            Rectangle2D area = plotArea();
            Rectangle2D grid = area.createIntersection(screenRectangle(xs[0], ys[0], xs[xs.length - 1], ys[ys.length - 1]));
            for (double level : levels) {
                List<Contours.Segment> segments = Contours.segments(xs, ys, z, level);
                if (segments.isEmpty()) continue;
                String text = Numbers.compact(level);
                int width = metrics.stringWidth(text), ascent = metrics.getAscent();
                // Where a label's centre may go: inside the grid and the plot, half a label and a margin in.
                Rectangle2D room = inset(grid, width / 2.0 + 1 + MARGIN, ascent / 2.0 + 1 + MARGIN);
                Contours.Segment at = Contours.labelSegment(segments, s -> depth(room, screenX(middle(s.x1(), s.x2())), screenY(middle(s.y1(), s.y2()))));
                double x = screenX(middle(at.x1(), at.x2())), y = screenY(middle(at.y1(), at.y2()));
                if (!area.contains(x, y)) continue;  // the line lies outside the plot (cut off by xlim or ylim): nothing to name
                // A line with no piece far enough in (a short one in a corner) keeps its label inside the plot.
                double margin = Math.min(MARGIN, Math.max(1, (area.getWidth() - width) / 4));
                double left = Math.max(area.getMinX() + margin, Math.min(area.getMaxX() - width - 2 - margin, x - width / 2.0 - 1));
                double top = Math.max(area.getMinY() + margin, Math.min(area.getMaxY() - ascent - 2 - margin, y - ascent / 2.0 - 1));
                g.setColor(java.awt.Color.WHITE);
                g.fill(new Rectangle2D.Double(left, top, width + 2, ascent + 2));
                g.setColor(colorOf(level).darker());
                g.drawString(text, (float) (left + 1), (float) (top + ascent));
            }
        }

        private Rectangle2D screenRectangle(double x1, double y1, double x2, double y2) {
            double a = screenX(x1), b = screenX(x2), c = screenY(y1), d = screenY(y2);
            return new Rectangle2D.Double(Math.min(a, b), Math.min(c, d), Math.abs(b - a), Math.abs(d - c));
        }

        /** How far (x, y) lies inside r, in pixels: its distance to the nearest side, negative outside. */
        private static double depth(Rectangle2D r, double x, double y) {
            return Math.min(Math.min(x - r.getMinX(), r.getMaxX() - x), Math.min(y - r.getMinY(), r.getMaxY() - y));
        }

        private static Rectangle2D inset(Rectangle2D r, double dx, double dy) {
            return new Rectangle2D.Double(r.getX() + dx, r.getY() + dy, r.getWidth() - 2 * dx, r.getHeight() - 2 * dy);
        }

        private static double middle(double a, double b) {
            return (a + b) / 2;
        }
    }
}
