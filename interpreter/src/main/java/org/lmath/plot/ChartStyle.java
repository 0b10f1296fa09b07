package org.lmath.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;

import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The look of every chart, closer to matplotlib's than to XChart's defaults: white background,
 * no title box or legend frame, a thin grey frame round the plot, a light grid, DejaVu-like
 * sans-serif fonts, and the tab10 colour cycle.
 */
final class ChartStyle {

    private ChartStyle() {}

    static final Color TEXT = new Color(0x222222);
    static final Color FRAME = new Color(0x999999);
    static final Color GRID = new Color(0xe5e5e5);
    static final String FONT = Font.SANS_SERIF;

    /** Font sizes shrink a little in small cells so titles and ticks still fit. */
    static void apply(AxesChartStyler styler, int cellWidth, boolean grid) {
        float scale = cellWidth < 450 ? 0.85f : 1f;
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setChartFontColor(TEXT);
        styler.setChartTitleFont(new Font(FONT, Font.PLAIN, Math.round(17 * scale)));
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitlePadding(8);
        styler.setChartPadding(12);
        styler.setAxisTitleFont(new Font(FONT, Font.PLAIN, Math.round(14 * scale)));
        styler.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, Math.round(12 * scale)));
        styler.setAxisTickLabelsColor(TEXT);
        styler.setAxisTickMarksColor(FRAME);
        styler.setAxisTitlePadding(6);
        styler.setAxisTicksLineVisible(false);
        styler.setYAxisLabelAlignment(org.knowm.xchart.style.AxesChartStyler.TextAlignment.Right);
        styler.setYAxisTickMarkSpacingHint(60);
        styler.setXAxisTickMarkSpacingHint(80);
        styler.setPlotBorderVisible(true);
        styler.setPlotBorderColor(FRAME);
        styler.setPlotTicksMarksVisible(false);
        styler.setPlotGridLinesVisible(grid);
        styler.setPlotGridLinesColor(GRID);
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setPlotContentSize(0.94);
        styler.setPlotMargin(0);  // tick marks touch the frame, as matplotlib's (XChart leaves a gap of 3 pixels)
        styler.setLegendFont(new Font(FONT, Font.PLAIN, Math.round(13 * scale)));
        styler.setLegendBorderColor(new Color(0xdddddd));
        styler.setLegendBackgroundColor(new Color(255, 255, 255, 230));
        if (!(styler instanceof org.knowm.xchart.style.HeatMapStyler)) styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setLegendPadding(8);
        styler.setAnnotationTextFont(new Font(FONT, Font.PLAIN, Math.round(13 * scale)));
        styler.setAnnotationTextFontColor(TEXT);
        styler.setSeriesColors(Palette.CYCLE);
        styler.setMarkerSize(7);
        styler.setAntiAlias(true);
        styler.setTextAntiAlias(true);
    }

    /**
     * How far to turn category labels (bar labels, heatmap columns) so that XChart shows every
     * one: not at all when they fit side by side, 45 degrees when that fits, else upright (90).
     * XChart leaves labels out rather than let them overlap. Widths are estimated at 7 pixels a
     * character and 14 a line, for the tick font.
     */
    static int labelRotation(java.util.List<String> labels, int chartWidth) {
        double slot = 0.85 * chartWidth / Math.max(1, labels.size());
        int longest = 7 * labels.stream().mapToInt(String::length).max().orElse(1);
        if (longest + 8 <= slot) return 0;
        if ((longest + 14) / Math.sqrt(2) + 4 <= slot) return 45;
        return 90;
    }

    /** Font of text() notes. */
    static java.awt.Font noteFont(int cellWidth) {
        return new Font(FONT, Font.PLAIN, cellWidth < 450 ? 12 : 14);
    }

    /** Font of values written on bars and heatmap cells. */
    static Font valueFont(int cellWidth) {
        return new Font(FONT, Font.PLAIN, cellWidth < 450 ? 11 : 12);
    }
}
