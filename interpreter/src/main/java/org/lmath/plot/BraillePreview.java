package org.lmath.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The terminal preview (--term): each drawn axes of a figure as braille dots, with its title,
 * the y range on the left, the x range below and a one-line legend, so a learner over SSH still
 * sees the shape of a curve. Each kind of layer draws itself ({@link Layer#drawBraille}): lines
 * and arrows as lines, bars and histograms as columns, a heatmap as cells of dots, denser for
 * higher values.
 */
public final class BraillePreview {

    private BraillePreview() {}

    /** The figure as text, columns by rows braille characters per axes; colour as ANSI 256 codes when asked. */
    public static String render(Figure figure, int columns, int rows, boolean color) {
        StringBuilder text = new StringBuilder();
        for (int index = 1; index <= figure.rows() * figure.columns(); index++) {
            Axes axes = figure.cell(index);
            if (axes == null || axes.isEmpty()) continue;
            if (axes.title() != null) text.append("  ").append(axes.title()).append('\n');
            plot(text, axes, columns, rows, color);
        }
        return text.toString();
    }

    private static void plot(StringBuilder text, Axes axes, int columns, int rows, boolean color) {
        DataBounds bounds = DataBounds.of(axes);
        double[] xRange = {bounds.xMin, bounds.xMax}, yRange = {bounds.yMin, bounds.yMax};
        BrailleCanvas canvas = new BrailleCanvas(columns, rows);
        Projection to = new Projection(xRange, yRange, canvas.dotWidth(), canvas.dotHeight());
        List<String> legend = new ArrayList<>();
        for (Layer layer : axes.layers()) {
            int code = ansi(layer.color());
            layer.drawBraille(canvas, to, code);
            if (layer.label() != null) legend.add((color ? "\u001b[38;5;" + code + "m" : "") + "── " + layer.label() + (color ? "\u001b[0m" : ""));
        }
        boolean cells = axes.kind() == Layer.Kind.HEATMAP || axes.kind() == Layer.Kind.SURFACE;  // no value axes to label
        String top = cells ? "" : Numbers.compact(yRange[1]), bottom = cells ? "" : Numbers.compact(yRange[0]);
        int margin = Math.max(top.length(), bottom.length());
        for (int r = 0; r < canvas.rows(); r++) {
            String tick = r == 0 ? top : r == canvas.rows() - 1 ? bottom : "";
            text.append(String.format(Locale.ROOT, "%" + Math.max(1, margin) + "s ┤", tick));
            text.append(canvas.row(r, color ? code -> "\u001b[38;5;" + code + "m" : null)).append('\n');
        }
        if (axes.kind() == Layer.Kind.CATEGORY) {
            text.append(" ".repeat(margin + 2)).append(categoryLine(((Bars) axes.layers().get(0)).labels(), to, columns)).append('\n');
        } else if (axes.kind() == Layer.Kind.HEATMAP) {
            Heatmap heat = (Heatmap) axes.layers().get(0);
            double[] range = heat.valueRange();
            text.append(" ".repeat(margin + 2)).append("rows ").append(String.join(", ", heat.rowLabels())).append(" from the top; sparse dots ")
                    .append(Numbers.compact(range[0])).append(", dense ").append(Numbers.compact(range[1])).append('\n');
        } else if (axes.kind() != Layer.Kind.SURFACE) {
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
            int centre = to.px(b) / 2;
            int start = Math.max(line.length() + (line.length() == 0 ? 0 : 1), centre - labels.get(b).length() / 2);
            line.append(" ".repeat(start - line.length())).append(labels.get(b));
        }
        return line.length() > columns + 10 ? line.substring(0, columns + 10) : line.toString();
    }

    /** Maps data to dot positions (y down). */
    record Projection(double[] x, double[] y, int width, int height) {
        // Data to dots, y counted down from the top.
        int px(double value) {
            return (int) Math.round((value - x[0]) / (x[1] - x[0]) * (width - 1));
        }

        int py(double value) {
            return (int) Math.round((y[1] - value) / (y[1] - y[0]) * (height - 1));
        }

        /** The data x at the centre of dot column px (the inverse of px). */
        double dataX(int px) {
            return x[0] + px / (double) (width - 1) * (x[1] - x[0]);
        }

        double dataY(int py) {
            return y[1] - py / (double) (height - 1) * (y[1] - y[0]);
        }
    }

    /** The nearest colour of the xterm 256-colour cube. */
    static int ansi(Color color) {
        int r = Math.round(color.getRed() / 255f * 5), g = Math.round(color.getGreen() / 255f * 5), b = Math.round(color.getBlue() / 255f * 5);
        return 16 + 36 * r + 6 * g + b;
    }
}
