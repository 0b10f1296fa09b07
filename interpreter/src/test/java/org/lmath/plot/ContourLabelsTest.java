package org.lmath.plot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A contour level's value is written on its line well inside the plot, never squeezed against the
 * frame (issue 15: a line that ran to the plot's edge got its label at that edge).
 */
class ContourLabelsTest {

    /** The label's distance from the frame, in pixels, that the placement keeps at the least. */
    private static final int MARGIN = 8;

    @TempDir
    Path folder;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void aLineCutByXlimHasItsLabelInsideTheFrameWithTheLineOnBothSides() throws IOException {
        // z = y: the level 0.5 is a horizontal line over the grid's -2..2, but the plot shows only
        // -1..1 of it: its right end lies outside the plot, and its label was pushed to the frame.
        assertLabelInside("x = linspace(-2, 2, 41)\ncontour(x, x, reshape(x, 41, 1) + 0 * reshape(x, 1, 41), levels=[0.5], color=\"red\")\n"
                + "xlim(-1, 1)");
    }

    @Test
    void aLineEndingAtTheGridsEdgeHasTheLineOnBothSidesOfItsLabel() throws IOException {
        // z = x + y: the level 3.6 cuts the top-right corner; its label sat on the line's lower end.
        assertLabelInside("x = linspace(-2, 2, 41)\ncontour(x, x, reshape(x, 41, 1) + reshape(x, 1, 41), levels=[3.6], color=\"red\")");
    }

    @Test
    void aLineOutsideThePlotGetsNoLabel() throws IOException {
        // z = y with ylim(-1, 1): the level 1.5 lies above the plot; its label was pushed down into it.
        Path file = folder.resolve("picture.svg");
        new PlotRun(folder).run("x = linspace(-2, 2, 41)\ncontour(x, x, reshape(x, 41, 1) + 0 * reshape(x, 1, 41), levels=[0.5, 1.5])\n"
                + "ylim(-1, 1)\n" + PlotRun.savefig(file));
        String svg = java.nio.file.Files.readString(file);
        assertTrue(svg.contains(">0.5<"), "the visible level lost its label");
        assertTrue(!svg.contains(">1.5<"), "a level outside the plot is labelled inside it");
    }

    private void assertLabelInside(String code) throws IOException {
        BufferedImage image = PlotRun.png(folder, "figure(width=500, height=400)\n" + code);
        int[] frame = frame(image);
        // The label is written in the line's colour, darker (red.darker() = #b20000); the line is pure red.
        List<int[]> label = PlotRenderingTest.pixelsNear(image, Color.RED.darker(), 25);
        assertTrue(label.size() > 10, "no label: " + label.size() + " pixels");
        int left = label.stream().mapToInt(p -> p[0]).min().getAsInt(), right = label.stream().mapToInt(p -> p[0]).max().getAsInt();
        int top = label.stream().mapToInt(p -> p[1]).min().getAsInt(), bottom = label.stream().mapToInt(p -> p[1]).max().getAsInt();
        String where = "label at x " + left + ".." + right + ", y " + top + ".." + bottom + "; frame x " + frame[0] + ".." + frame[1]
                + ", y " + frame[2] + ".." + frame[3];
        assertTrue(left - frame[0] >= MARGIN && frame[1] - right >= MARGIN, "the label touches the frame's side: " + where);
        assertTrue(top - frame[2] >= MARGIN && frame[3] - bottom >= MARGIN, "the label touches the frame's top or bottom: " + where);
        // On its line, and the line runs on at both sides: red line pixels in at least 10 of the 20
        // columns just left of it, and of the 20 just right of it.
        List<int[]> line = PlotRenderingTest.pixelsNear(image, Color.RED, 40).stream().filter(p -> p[1] >= top - 15 && p[1] <= bottom + 15).toList();
        long before = line.stream().filter(p -> p[0] < left && p[0] >= left - 20).mapToInt(p -> p[0]).distinct().count();
        long after = line.stream().filter(p -> p[0] > right && p[0] <= right + 20).mapToInt(p -> p[0]).distinct().count();
        assertTrue(before >= 10 && after >= 10, "the line does not run on at both sides of its label (" + before + " and " + after
                + " columns): " + where);
    }

    /** The plot frame (left, right, top, bottom): the columns and rows mostly drawn in the frame's grey. */
    private static int[] frame(BufferedImage image) {
        int left = Integer.MAX_VALUE, right = -1, top = Integer.MAX_VALUE, bottom = -1;
        for (int x = 0; x < image.getWidth(); x++) {
            int count = 0;
            for (int y = 0; y < image.getHeight(); y++) if (isFrame(image.getRGB(x, y))) count++;
            if (count > image.getHeight() / 2) {
                left = Math.min(left, x);
                right = Math.max(right, x);
            }
        }
        for (int y = 0; y < image.getHeight(); y++) {
            int count = 0;
            for (int x = 0; x < image.getWidth(); x++) if (isFrame(image.getRGB(x, y))) count++;
            if (count > image.getWidth() / 2) {
                top = Math.min(top, y);
                bottom = Math.max(bottom, y);
            }
        }
        assertTrue(right > left && bottom > top, "no plot frame found");
        return new int[] {left, right, top, bottom};
    }

    private static boolean isFrame(int rgb) {
        Color pixel = new Color(rgb), frame = ChartStyle.FRAME;
        return Math.abs(pixel.getRed() - frame.getRed()) <= 12 && Math.abs(pixel.getGreen() - frame.getGreen()) <= 12
                && Math.abs(pixel.getBlue() - frame.getBlue()) <= 12;
    }
}
