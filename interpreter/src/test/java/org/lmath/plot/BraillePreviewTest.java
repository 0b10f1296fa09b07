package org.lmath.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The terminal preview draws a known curve on the expected braille dots. */
class BraillePreviewTest {

    private static Figure diagonal() {
        Figure figure = new Figure();
        figure.currentAxes().add(new Curve(new double[] {0, 1}, new double[] {0, 1}, LineStyle.DEFAULT.colored(Palette.CYCLE[0]), "y = x"), "plot");
        return figure;
    }

    @Test
    void theDiagonalIsTwoDotsPerRowOfEachCharacterRow() {
        // 10 x 5 characters are 20 x 20 dots; y = x on [0, 1] sets dot (i, 19 - i) for every i.
        // By hand: character row r holds dots y = 4r..4r+3, so x = 19-4r down to 16-4r, in
        // character columns 9-2r (x 18-4r, 19-4r: dots (col 0,row 1) + (col 1,row 0) = 0x02 + 0x08)
        // and 8-2r (x 16-4r, 17-4r: dots (col 0,row 3) + (col 1,row 2) = 0x40 + 0x20).
        List<String> lines = BraillePreview.render(diagonal(), 10, 5, false).lines().toList();
        for (int r = 0; r < 5; r++) {
            String row = lines.get(r).substring(lines.get(r).indexOf('┤') + 1);
            StringBuilder expected = new StringBuilder();
            for (int c = 0; c < 10; c++) expected.append(c == 8 - 2 * r ? '\u2860' : c == 9 - 2 * r ? '\u280A' : '\u2800');
            assertEquals(expected.toString(), row, "character row " + r);
        }
        assertTrue(lines.get(0).startsWith("1 ┤") && lines.get(4).startsWith("0 ┤"), "y range on the left: " + lines);
        assertEquals("   0        1", lines.get(5), "x range below");
        assertEquals("   ── y = x", lines.get(6), "legend");
    }

    @Test
    void colourOnlyWhenAsked() {
        String plain = BraillePreview.render(diagonal(), 10, 5, false);
        String colored = BraillePreview.render(diagonal(), 10, 5, true);
        assertFalse(plain.contains("\u001b"));
        // tab10 blue (31, 119, 180) in the xterm cube: 16 + 36*1 + 6*2 + 4 = 68.
        assertTrue(colored.contains("\u001b[38;5;68m"), colored);
        assertTrue(colored.contains("\u001b[0m"));
    }

    @Test
    void colourNeedsAConsoleAndAKnownTerminal() {
        assertTrue(PlotSettings.terminalSupportsColor(Map.of("TERM", "xterm-256color"), true));
        assertFalse(PlotSettings.terminalSupportsColor(Map.of("TERM", "xterm-256color"), false));
        assertFalse(PlotSettings.terminalSupportsColor(Map.of("TERM", "dumb"), true));
        assertFalse(PlotSettings.terminalSupportsColor(Map.of("TERM", "xterm", "NO_COLOR", "1"), true));
    }

    @Test
    void aHeatmapIsCellsOfDotsDenserForHigherValues() {
        Figure figure = new Figure();
        figure.currentAxes().add(new Heatmap(new double[][] {{0, 4}, {2, 4}}, List.of("a", "b"), List.of("r", "s"), true,
                Palette.map("viridis", "heatmap"), null), "heatmap");
        List<String> lines = BraillePreview.render(figure, 8, 4, false).lines().toList();
        // 16 by 16 dots, four cells of 8 by 8: the share of dots set is (v - 0) / 4 of 64.
        assertEquals(0, dots(lines, 0, 0));
        assertEquals(64, dots(lines, 0, 1));
        assertEquals(32, dots(lines, 1, 0));
        assertEquals(64, dots(lines, 1, 1));
        assertTrue(lines.get(4).contains("rows r, s from the top"), lines.get(4));
    }

    /** The number of braille dots set in cell (row, column) of a 2 by 2 heatmap drawn on 8 by 4 characters. */
    private static int dots(List<String> lines, int row, int column) {
        int count = 0;
        for (int line = 2 * row; line < 2 * row + 2; line++) {
            String canvas = lines.get(line).substring(lines.get(line).indexOf('┤') + 1);
            for (int c = 4 * column; c < 4 * column + 4; c++) count += Integer.bitCount(canvas.charAt(c) - 0x2800);
        }
        return count;
    }
}
