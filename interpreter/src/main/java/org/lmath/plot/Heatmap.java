package org.lmath.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A matrix as coloured cells, row 0 on top, with its values written in (heatmap). The cells are
 * drawn on an XY chart whose axes run from -0.5 to n - 0.5, so that cell (i, j) is centred on
 * (j, rows - 1 - i). XChart's own heatmap can neither report where its cells are nor write values
 * in a colour that reads on each cell, so the cells and their values are drawn here: each value
 * in black or white by its cell's brightness, and left out when the cells are too small for it.
 *
 * @param format a number format in Python's mini-language (".3f"), or null for two decimals
 *               (none when every value is whole)
 */
public record Heatmap(double[][] values, List<String> columnLabels, List<String> rowLabels, boolean annotate, Color[] colorMap,
        String format) implements Layer {

    /** The length of a tick mark in pixels beyond the frame, as XChart draws them on other charts. */
    static final int TICK_LENGTH = 3;

    public Kind kind() { return Kind.HEATMAP; }

    public String label() { return null; }

    public Color color() { return Palette.at(colorMap, 1); }

    int rows() { return values.length; }

    int columns() { return values[0].length; }

    /** The corners of the cells: the axes count cells, cell j spanning j - 0.5 to j + 0.5. */
    public void trace(Points points) {
        points.point(-0.5, -0.5);
        points.point(columns() - 0.5, rows() - 0.5);
    }

    /** The lowest and highest finite value (the ends of the colour map). */
    double[] valueRange() {
        return Palette.range(values);
    }

    /** Where value falls in the colour map, from 0 (lowest) to 1 (highest). */
    double fraction(double value) {
        double[] range = valueRange();
        return range[1] > range[0] ? (value - range[0]) / (range[1] - range[0]) : 0.5;
    }

    public void draw(ChartCanvas canvas) {
        canvas.annotate(new Cells(canvas.bounds(), canvas.cellWidth()));
    }

    /** Each cell as 4 by 4 dots, as many of them set as its value is high (ordered dithering). */
    public void drawBraille(BrailleCanvas canvas, BraillePreview.Projection to, int code) {
        int[][] order = {{0, 8, 2, 10}, {12, 4, 14, 6}, {3, 11, 1, 9}, {15, 7, 13, 5}};
        for (int px = 0; px < canvas.dotWidth(); px++) {
            for (int py = 0; py < canvas.dotHeight(); py++) {
                int j = cellAt(to.dataX(px), columns()), i = rows() - 1 - cellAt(to.dataY(py), rows());
                if (j < 0 || i < 0 || i >= rows() || Double.isNaN(values[i][j])) continue;
                int lit = (int) Math.round(fraction(values[i][j]) * 16);
                if (order[py & 3][px & 3] < lit) canvas.set(px, py, code);
            }
        }
    }

    /** The cell (0 to count - 1) whose span holds value, the outer edges included; -1 outside. */
    private static int cellAt(double value, int count) {
        if (value < -0.5 - 1e-9 || value > count - 0.5 + 1e-9) return -1;
        return (int) Math.max(0, Math.min(count - 1, Math.round(value)));
    }

    /** The cells and their values, drawn after the chart has fixed its axes. */
    private final class Cells extends ScreenAnnotation {
        private final int cellWidth;

        Cells(DataBounds bounds, int cellWidth) {
            super(bounds);
            this.cellWidth = cellWidth;
        }

        @Override
        public void paint(Graphics2D g) {
            boolean allWhole = true;
            for (double[] row : values) for (double v : row) allWhole &= Double.isNaN(v) || v == Math.rint(v);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);  // no seams between cells
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(ChartStyle.valueFont(cellWidth));
            FontMetrics metrics = g.getFontMetrics();
            for (int i = 0; i < rows(); i++) {
                for (int j = 0; j < columns(); j++) {
                    double value = values[i][j];
                    if (Double.isNaN(value)) continue;  // skipped cells stay white
                    double y = rows() - 1 - i;
                    double left = screenX(j - 0.5), right = screenX(j + 0.5), top = screenY(y + 0.5), bottom = screenY(y - 0.5);
                    Color background = Palette.at(colorMap, fraction(value));
                    g.setColor(background);
                    g.fill(new Rectangle2D.Double(Math.floor(left), Math.floor(top), Math.ceil(right) - Math.floor(left), Math.ceil(bottom) - Math.floor(top)));
                    if (!annotate) continue;
                    String text = format == null ? Numbers.cell(value, allWhole) : org.lmath.print.FormatSpec.format(value, format);
                    int width = metrics.stringWidth(text);
                    if (width > right - left - 4 || metrics.getAscent() > bottom - top - 2) continue;
                    g.setColor(Palette.textOn(background));
                    g.drawString(text, (float) ((left + right) / 2 - width / 2.0), (float) ((top + bottom) / 2 + (metrics.getAscent() - metrics.getDescent()) / 2.0));
                }
            }
            paintTickMarks(g);
        }

        /**
         * A tick mark at the centre of each column (below the cells) and of each row (left of them),
         * touching the cells. XChart places its own x tick marks by the height of the label text, so
         * short labels ("a", "c") or long ones moved them under the cells, and the labels floated
         * below with no mark to tie them to a column: the heatmap's axes hide XChart's marks.
         */
        private void paintTickMarks(Graphics2D g) {
            g.setColor(ChartStyle.FRAME);
            g.setStroke(new BasicStroke(1f));
            int below = (int) Math.ceil(screenY(-0.5)), left = (int) Math.floor(screenX(-0.5));
            for (int j = 0; j < columns(); j++) {
                int x = (int) Math.round(screenX(j));
                g.drawLine(x, below, x, below + TICK_LENGTH);  // from the frame's line outwards
            }
            for (int i = 0; i < rows(); i++) {
                int y = (int) Math.round(screenY(i));
                g.drawLine(left - 1 - TICK_LENGTH, y, left - 1, y);
            }
        }
    }
}
