package org.lmath.plot;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

/**
 * A heatmap's cells, drawn on an XY chart whose axes run from -0.5 to n - 0.5 so that cell (i, j)
 * is centred on (j, rows - 1 - i): row 0 on top, as the matrix prints. XChart's own heatmap can
 * neither report where its cells are nor write values in a colour that reads on each cell, so
 * the cells and their values are drawn here: each value in black or white by its cell's
 * brightness, and left out when the cells are too small to hold it.
 */
final class HeatmapCells extends ScreenAnnotation {

    private final Layer.Heat heat;
    private final double low;
    private final double high;
    private final int chartWidth;

    HeatmapCells(Layer.Heat heat, double[] bounds, double low, double high, int chartWidth) {
        super(bounds);
        this.heat = heat;
        this.low = low;
        this.high = high;
        this.chartWidth = chartWidth;
    }

    Color colorOf(double value) {
        return Palette.at(heat.colorMap(), high > low ? (value - low) / (high - low) : 0.5);
    }

    @Override
    public void paint(Graphics2D g) {
        int rows = heat.values().length, columns = heat.values()[0].length;
        boolean allWhole = true;
        for (double[] row : heat.values()) for (double v : row) allWhole &= Double.isNaN(v) || v == Math.rint(v);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);  // no seams between cells
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(ChartStyle.valueFont(chartWidth));
        FontMetrics metrics = g.getFontMetrics();
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                double value = heat.values()[i][j];
                if (Double.isNaN(value)) continue;  // skipped cells stay white
                double y = rows - 1 - i;
                double left = screenX(j - 0.5), right = screenX(j + 0.5), top = screenY(y + 0.5), bottom = screenY(y - 0.5);
                Color background = colorOf(value);
                g.setColor(background);
                g.fill(new Rectangle2D.Double(Math.floor(left), Math.floor(top), Math.ceil(right) - Math.floor(left), Math.ceil(bottom) - Math.floor(top)));
                if (!heat.annotate()) continue;
                String text = Numbers.cell(value, allWhole);
                int width = metrics.stringWidth(text);
                if (width > right - left - 4 || metrics.getAscent() > bottom - top - 2) continue;
                g.setColor(Palette.textOn(background));
                g.drawString(text, (float) ((left + right) / 2 - width / 2.0), (float) ((top + bottom) / 2 + (metrics.getAscent() - metrics.getDescent()) / 2.0));
            }
        }
    }
}
