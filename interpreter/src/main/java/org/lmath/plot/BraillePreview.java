package org.lmath.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The terminal preview (--term): each drawn axes of a figure as braille dots, with its title,
 * the y range on the left, the x range below and a one-line legend, so a learner over SSH still
 * sees the shape of a curve. Lines, points, arrows, contours, bands and histograms are drawn
 * from the data; bars as columns; a heatmap as shaded blocks.
 */
public final class BraillePreview {

    private BraillePreview() {}

    private static final String SHADES = " ░▒▓█";

    /** The figure as text, columns by rows braille characters per axes; colour as ANSI 256 codes when asked. */
    public static String render(Figure figure, int columns, int rows, boolean color) {
        StringBuilder text = new StringBuilder();
        for (int index = 1; index <= figure.rows() * figure.columns(); index++) {
            Axes axes = figure.cell(index);
            if (axes == null || axes.isEmpty()) continue;
            if (axes.title() != null) text.append("  ").append(axes.title()).append('\n');
            if (axes.kind() == Layer.Kind.HEATMAP) heatmap(text, (Layer.Heat) axes.layers().get(0));
            else plot(text, axes, columns, rows, color);
        }
        return text.toString();
    }

    private static void plot(StringBuilder text, Axes axes, int columns, int rows, boolean color) {
        List<double[]> points = new ArrayList<>();  // every (x, y) drawn, for the ranges
        for (Layer layer : axes.layers()) collect(layer, points);
        double[] xRange = range(points, 0, axes.xLimits());
        double[] yRange = range(points, 1, axes.yLimits());
        BrailleCanvas canvas = new BrailleCanvas(columns, rows);
        Projection to = new Projection(xRange, yRange, canvas.dotWidth(), canvas.dotHeight());
        List<String> legend = new ArrayList<>();
        int number = 0;
        for (Layer layer : axes.layers()) {
            Color layerColor = colorOf(layer, number++);
            int code = ansi(layerColor);
            draw(canvas, to, layer, code);
            String label = Axes.label(layer);
            if (label != null) legend.add((color ? "\u001b[38;5;" + code + "m" : "") + "── " + label + (color ? "\u001b[0m" : ""));
        }
        String top = Numbers.compact(yRange[1]), bottom = Numbers.compact(yRange[0]);
        int margin = Math.max(top.length(), bottom.length());
        for (int r = 0; r < canvas.rows(); r++) {
            String tick = r == 0 ? top : r == canvas.rows() - 1 ? bottom : "";
            text.append(String.format(Locale.ROOT, "%" + margin + "s ┤", tick));
            text.append(canvas.row(r, color ? code -> "\u001b[38;5;" + code + "m" : null)).append('\n');
        }
        if (axes.kind() == Layer.Kind.CATEGORY) {
            text.append(" ".repeat(margin + 2)).append(categoryLine(((Layer.Bars) axes.layers().get(0)).labels(), to, columns)).append('\n');
        } else {
            String left = Numbers.compact(xRange[0]), right = Numbers.compact(xRange[1]);
            text.append(" ".repeat(margin + 2)).append(left)
                    .append(" ".repeat(Math.max(1, columns - left.length() - right.length()))).append(right).append('\n');
        }
        if (!legend.isEmpty()) text.append(" ".repeat(margin + 2)).append(String.join("   ", legend)).append('\n');
    }

    /** The bar labels, each under the middle of its bar (as far as the characters allow). */
    private static String categoryLine(List<String> labels, Projection to, int columns) {
        StringBuilder line = new StringBuilder();
        for (int b = 0; b < labels.size(); b++) {
            int centre = to.px(b + 0.5) / 2;
            int start = Math.max(line.length() + (line.length() == 0 ? 0 : 1), centre - labels.get(b).length() / 2);
            line.append(" ".repeat(start - line.length())).append(labels.get(b));
        }
        return line.length() > columns + 10 ? line.substring(0, columns + 10) : line.toString();
    }

    /** Maps data to dot positions (y down). */
    record Projection(double[] x, double[] y, int width, int height) {
        int px(double value) {
            return (int) Math.round((value - x[0]) / (x[1] - x[0]) * (width - 1));
        }

        int py(double value) {
            return (int) Math.round((y[1] - value) / (y[1] - y[0]) * (height - 1));
        }
    }

    private static void draw(BrailleCanvas canvas, Projection to, Layer layer, int code) {
        if (layer instanceof Layer.Curve curve) {
            polyline(canvas, to, curve.x(), curve.y(), curve.style().line() != null, code);
        } else if (layer instanceof Layer.Arrows arrows) {
            for (int i = 0; i < arrows.x0().length; i++) {
                canvas.line(to.px(arrows.x0()[i]), to.py(arrows.y0()[i]),
                        to.px(arrows.x0()[i] + arrows.dx()[i]), to.py(arrows.y0()[i] + arrows.dy()[i]), code);
            }
        } else if (layer instanceof Layer.Contour contour) {
            for (double level : contour.levels()) {
                for (Contours.Segment s : Contours.segments(contour.xs(), contour.ys(), contour.z(), level)) {
                    canvas.line(to.px(s.x1()), to.py(s.y1()), to.px(s.x2()), to.py(s.y2()), code);
                }
            }
        } else if (layer instanceof Layer.Band band) {
            for (int i = 0; i + 1 < band.x().length; i++) {
                for (int px = to.px(band.x()[i]); px <= to.px(band.x()[i + 1]); px++) {
                    column(canvas, px, to.py(band.lower()[i]), to.py(band.upper()[i]), code);
                }
            }
        } else if (layer instanceof Layer.Histogram histogram) {
            for (int b = 0; b < histogram.counts().length; b++) {
                for (int px = to.px(histogram.edges()[b]); px < to.px(histogram.edges()[b + 1]); px++) {
                    column(canvas, px, to.py(0), to.py(histogram.counts()[b]), code);
                }
            }
        } else if (layer instanceof Layer.Bars bars) {
            for (int b = 0; b < bars.heights().length; b++) {
                for (int px = to.px(b + 0.15); px <= to.px(b + 0.85); px++) column(canvas, px, to.py(0), to.py(bars.heights()[b]), code);
            }
        }
    }

    private static void polyline(BrailleCanvas canvas, Projection to, double[] x, double[] y, boolean joined, int code) {
        for (int i = 0; i < x.length; i++) {
            canvas.set(to.px(x[i]), to.py(y[i]), code);
            if (joined && i + 1 < x.length) canvas.line(to.px(x[i]), to.py(y[i]), to.px(x[i + 1]), to.py(y[i + 1]), code);
        }
    }

    private static void column(BrailleCanvas canvas, int px, int py1, int py2, int code) {
        for (int py = Math.min(py1, py2); py <= Math.max(py1, py2); py++) canvas.set(px, py, code);
    }

    private static void collect(Layer layer, List<double[]> points) {
        if (layer instanceof Layer.Curve c) for (int i = 0; i < c.x().length; i++) points.add(new double[] {c.x()[i], c.y()[i]});
        if (layer instanceof Layer.Band b) {
            for (int i = 0; i < b.x().length; i++) {
                points.add(new double[] {b.x()[i], b.lower()[i]});
                points.add(new double[] {b.x()[i], b.upper()[i]});
            }
        }
        if (layer instanceof Layer.Histogram h) {
            for (int i = 0; i < h.counts().length; i++) {
                points.add(new double[] {h.edges()[i], 0});
                points.add(new double[] {h.edges()[i + 1], h.counts()[i]});
            }
        }
        if (layer instanceof Layer.Arrows a) {
            for (int i = 0; i < a.x0().length; i++) {
                points.add(new double[] {a.x0()[i], a.y0()[i]});
                points.add(new double[] {a.x0()[i] + a.dx()[i], a.y0()[i] + a.dy()[i]});
            }
        }
        if (layer instanceof Layer.Contour c) {
            points.add(new double[] {c.xs()[0], c.ys()[0]});
            points.add(new double[] {c.xs()[c.xs().length - 1], c.ys()[c.ys().length - 1]});
        }
        if (layer instanceof Layer.Bars b) {
            points.add(new double[] {-0.1, 0});
            for (int i = 0; i < b.heights().length; i++) points.add(new double[] {i + 1.1, b.heights()[i]});
        }
    }

    private static double[] range(List<double[]> points, int axis, double[] limits) {
        if (limits != null) return limits;
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (double[] point : points) {
            low = Math.min(low, point[axis]);
            high = Math.max(high, point[axis]);
        }
        if (low == Double.POSITIVE_INFINITY) return new double[] {0, 1};
        if (low == high) return new double[] {low - 1, high + 1};
        return new double[] {low, high};
    }

    private static Color colorOf(Layer layer, int number) {
        if (layer instanceof Layer.Curve c) return c.style().color();
        if (layer instanceof Layer.Band b) return b.color();
        if (layer instanceof Layer.Histogram h) return h.color();
        if (layer instanceof Layer.Arrows a) return a.color();
        if (layer instanceof Layer.Bars b) return b.color();
        if (layer instanceof Layer.Contour c) return Palette.at(c.colorMap(), 0.5);
        return Palette.cycle(number);
    }

    /** The nearest colour of the xterm 256-colour cube. */
    static int ansi(Color color) {
        int r = Math.round(color.getRed() / 255f * 5), g = Math.round(color.getGreen() / 255f * 5), b = Math.round(color.getBlue() / 255f * 5);
        return 16 + 36 * r + 6 * g + b;
    }

    /** A heatmap as one shaded block per cell (two characters wide, so cells look square), row 0 on top. */
    private static void heatmap(StringBuilder text, Layer.Heat heat) {
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (double[] row : heat.values()) for (double v : row) if (!Double.isNaN(v)) { low = Math.min(low, v); high = Math.max(high, v); }
        int width = heat.rowLabels().stream().mapToInt(String::length).max().orElse(0);
        for (int i = 0; i < heat.values().length; i++) {
            text.append(String.format(Locale.ROOT, "%" + Math.max(1, width) + "s ", heat.rowLabels().get(i)));
            for (double v : heat.values()[i]) {
                int shade = Double.isNaN(v) ? 0 : high > low ? (int) Math.round((v - low) / (high - low) * (SHADES.length() - 1)) : SHADES.length() - 1;
                text.append(String.valueOf(SHADES.charAt(shade)).repeat(2));
            }
            text.append('\n');
        }
        text.append(" ".repeat(Math.max(1, width) + 1)).append("low ").append(Numbers.compact(low))
                .append(" ░▒▓█ high ").append(Numbers.compact(high)).append('\n');
    }
}
