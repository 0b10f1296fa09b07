package org.lmath.plot;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * The colour scale beside a heatmap: the map from low (bottom) to high (top), with ticks at
 * round numbers inside the range (0, 0.25, 0.5, ... rather than 0.13, 0.37, ...), as
 * matplotlib's colour bar has.
 */
final class ColorBar {

    private ColorBar() {}

    /** Paints the bar in the strip (left, top, width, height) of a heatmap's cell. */
    static void paint(Graphics2D g, Heatmap heat, int left, int top, int width, int height) {
        double[] range = heat.valueRange();
        int barTop = top + height / 10, barHeight = height * 7 / 10, barLeft = left + 8, barWidth = 16;
        for (int k = 0; k < barHeight; k++) {
            g.setColor(Palette.at(heat.colorMap(), 1 - k / (double) (barHeight - 1)));
            g.fill(new Rectangle2D.Double(barLeft, barTop + k, barWidth, 1));
        }
        g.setColor(ChartStyle.FRAME);
        g.drawRect(barLeft, barTop, barWidth, barHeight);
        g.setFont(ChartStyle.valueFont(width * 10));
        FontMetrics metrics = g.getFontMetrics();
        for (double value : ticks(range[0], range[1])) {
            double fraction = range[1] > range[0] ? (value - range[0]) / (range[1] - range[0]) : 0.5;
            int y = barTop + barHeight - (int) Math.round(barHeight * fraction);
            g.setColor(ChartStyle.FRAME);
            g.drawLine(barLeft + barWidth, y, barLeft + barWidth + 3, y);
            g.setColor(ChartStyle.TEXT);
            g.drawString(Numbers.compact(value), barLeft + barWidth + 6, y + (metrics.getAscent() - metrics.getDescent()) / 2);
        }
        g.setColor(Color.BLACK);
    }

    /** Round numbers from low to high (about five); the one value of a constant matrix alone. */
    static double[] ticks(double low, double high) {
        return RoundNumbers.steps(low, high, 5);
    }
}
