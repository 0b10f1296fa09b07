package org.lmath.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmath.error.LMathError;

/**
 * The plot bugs a learner met in the first hour (issue 15) and the plot items of issue 12, each
 * checked on the picture itself: the golden scripts only see the "[plot]" line.
 */
class PlotBugsTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private BufferedImage png(String code) throws IOException {
        return PlotRun.png(folder, code);
    }

    private String svg(String code) throws IOException {
        Path file = folder.resolve("picture.svg");
        new PlotRun(folder).run(code + "\n" + PlotRun.savefig(file));
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void quiverHeadsSitOnTheirShaftsBesideAContour() throws IOException {
        // The contour's grid spans -2..2 but its one level (a circle of radius 1) only -1..1: the
        // heads were placed with the grid's extent while XChart's axes followed the series.
        BufferedImage image = png("x = linspace(-2, 2, 41)\nZ = reshape(x, 1, 41)^2 + reshape(x, 41, 1)^2\n"
                + "contour(x, x, Z, levels=[1])\nquiver([0.2], [0.5], [1.2], [0], color=\"red\")");
        List<int[]> red = PlotRenderingTest.pixelsNear(image, Color.RED, 60);
        assertTrue(red.size() > 100, "no arrow: " + red.size() + " red pixels");
        int shaftRow = mode(red.stream().mapToInt(p -> p[1]).toArray());
        int tip = red.stream().mapToInt(p -> p[0]).max().getAsInt();
        for (int[] p : red) {
            assertTrue(Math.abs(p[1] - shaftRow) <= 7, "red pixel " + p[0] + "," + p[1] + " is far off the shaft at y " + shaftRow);
            if (Math.abs(p[1] - shaftRow) >= 2) assertTrue(p[0] >= tip - 14, "head pixel " + p[0] + "," + p[1] + " is away from the tip at x " + tip);
        }
        assertTrue(red.stream().filter(p -> p[1] - shaftRow >= 2).count() > 3 && red.stream().filter(p -> shaftRow - p[1] >= 2).count() > 3,
                "the head's two strokes are missing");
    }

    @Test
    void textOnABarChartIsDrawnAboveItsBar() throws IOException {
        assertTrue(svg("bar([\"a\", \"b\"], [1, 2])\ntext(0, 1.5, \"hello\")").contains(">hello<"), "the note is missing from the SVG");
        BufferedImage image = png("figure(width=400, height=400)\nbar([\"a\", \"b\"], [1, 2], color=\"white\")\ngrid(false)\ntext(0, 1.5, \"hello\")");
        // Dark pixels of the note: in the left half (bar 0), in the upper half (y = 1.5 of 0..2).
        List<int[]> dark = PlotRenderingTest.pixelsNear(image, new Color(0x222222), 40).stream()
                .filter(p -> p[0] > 60 && p[0] < 380 && p[1] > 20 && p[1] < 330).toList();
        assertTrue(dark.size() > 20, "the note is missing from the PNG: " + dark.size() + " pixels");
        assertTrue(dark.stream().allMatch(p -> p[0] < 260 && p[1] < 200), "the note is not above bar 0");
    }

    @Test
    void contourLevelsThreeDrawsThreeLinesEachLabelledWithoutALegend() throws IOException {
        String code = "x = linspace(-2, 2, 41)\ncontour(x, x, reshape(x, 1, 41)^2 + reshape(x, 41, 1)^2, levels=3, cmap=\"viridis\")";
        BufferedImage image = png(code);
        Color[] viridis = Palette.map("viridis", "test");
        for (double t : new double[] {0, 0.5, 1}) {
            int count = PlotRenderingTest.pixelsNear(image, Palette.at(viridis, t), 12).size();
            assertTrue(count > 100, "level at " + t + " of the map has " + count + " pixels");
        }
        String text = svg(code);
        for (String level : List.of(">2<", ">4<", ">6<")) assertTrue(text.contains(level), "no label " + level);
        PlotRun run = new PlotRun(folder).run(code);
        Axes axes = PlotSession.of(run.interpreter.session()).figure().currentAxes();
        assertFalse(ChartBuilder.build(axes, 800, 600).getStyler().isLegendVisible(), "a legend box is drawn over the lines");
    }

    @Test
    void colourBarTicksAreRoundNumbers() throws IOException {
        assertArrayEquals(new double[] {0.2, 0.4, 0.6, 0.8}, ColorBar.ticks(0.13, 0.87), 1e-12);
        assertArrayEquals(new double[] {-2, -1, 0, 1, 2}, ColorBar.ticks(-2.02, 2.2), 1e-12);
        String text = svg("heatmap([[0.13, 0.87]], annotate=false)");
        for (String tick : List.of(">0.2<", ">0.4<", ">0.6<", ">0.8<")) assertTrue(text.contains(tick), "no colour-bar tick " + tick);
        assertFalse(text.contains(">0.315<") || text.contains(">0.13<"), "colour-bar ticks at the data's extremes or quarters");
    }

    @Test
    void heatmapTickLabelsAreCentredOnTheirCells() throws IOException {
        BufferedImage image = png("figure(width=500, height=300)\nheatmap([[0.2, 0.5, 1, 0.35, 0.75]], [\"a\", \"b\", \"c\", \"d\", \"e\"], [\"r\"], "
                + "annotate=false, cmap=\"viridis\")");
        int middle = image.getHeight() / 2;
        // Cell edges: where the grey level changes along the middle row.
        List<Integer> edges = new java.util.ArrayList<>();
        for (int x = 1; x < image.getWidth() - ChartBuilder.COLOR_BAR_WIDTH; x++) {
            if (!new Color(image.getRGB(x, middle)).equals(new Color(image.getRGB(x - 1, middle)))) edges.add(x);
        }
        int left = edges.get(0), right = edges.get(edges.size() - 1);
        double cell = (right - left) / 5.0;
        // The tick labels: dark pixels below the cells, grouped by gaps.
        int bottom = 0;
        for (int y = middle; y < image.getHeight() && image.getRGB(left + 3, y) == image.getRGB(left + 3, middle); y++) bottom = y;
        List<double[]> labels = new java.util.ArrayList<>();
        double sum = 0;
        int count = 0, last = -10;
        for (int x = left; x <= right; x++) {
            boolean ink = false;
            for (int y = bottom + 8; y < Math.min(image.getHeight(), bottom + 30); y++) ink |= (image.getRGB(x, y) & 0xff) < 120;
            if (!ink) continue;
            if (x - last > 4 && count > 0) {
                labels.add(new double[] {sum / count});
                sum = 0;
                count = 0;
            }
            sum += x;
            count++;
            last = x;
        }
        if (count > 0) labels.add(new double[] {sum / count});
        assertEquals(5, labels.size(), "expected five column labels");
        for (int j = 0; j < 5; j++) {
            double centre = left + (j + 0.5) * cell;
            assertEquals(centre, labels.get(j)[0], 4, "label " + j + " is not under the centre of its cell");
        }
        // The row's tick mark touches the cells (XChart left a gap of 3 pixels between ticks and plot).
        int top = middle;
        while (top > 0 && image.getRGB(left + 3, top - 1) == image.getRGB(left + 3, middle)) top--;
        int rowCentre = (top + bottom) / 2;
        boolean touching = false;
        for (int y = rowCentre - 3; y <= rowCentre + 3; y++) touching |= (image.getRGB(left - 1, y) & 0xff) < 200 || (image.getRGB(left - 2, y) & 0xff) < 200;
        assertTrue(touching, "the tick mark of the row floats apart from its cell");
    }

    /**
     * Every column and row has a tick mark at its centre, touching the cells. XChart placed its x
     * tick marks by the height of the label text: with labels like "a".."l" they slid under the
     * cells, and the labels floated below with no mark (the y marks were right all along).
     */
    @Test
    void heatmapTickMarksTouchEveryCell() throws IOException {
        String letters = "[\"a\", \"b\", \"c\", \"d\", \"e\", \"f\", \"g\", \"h\", \"i\", \"j\", \"k\", \"l\"]";
        record Example(String name, int rows, int columns, String code) {}
        List<Example> cases = List.of(
                new Example("12 x 12, letters, annotated", 12, 12, "L = " + letters + "\nheatmap(reshape(linspace(0, 1, 144), 12, 12), L, L, annotate=true, cmap=\"viridis\")"),
                new Example("3 x 7, letters", 3, 7, "heatmap(reshape(linspace(0, 1, 21), 3, 7), " + letters + "[0:7], [\"r\", \"s\", \"t\"], annotate=false, cmap=\"viridis\")"),
                new Example("3 x 3, a c e", 3, 3, "heatmap([[0.1, 0.5, 0.9], [0.3, 0.7, 0.2], [0.4, 0.6, 0.8]], [\"a\", \"c\", \"e\"], [\"a\", \"c\", \"e\"], cmap=\"viridis\")"),
                new Example("7 x 3, no labels", 7, 3, "heatmap(reshape(linspace(0, 1, 21), 7, 3), cmap=\"viridis\")"),
                new Example("10 x 10, a title", 10, 10, "heatmap(reshape(linspace(0, 1, 100), 10, 10), cmap=\"viridis\")\ntitle(\"attention\")"));
        for (Example example : cases) {
            BufferedImage image = png(example.code());
            int[] box = cells(image, image.getWidth() - ChartBuilder.COLOR_BAR_WIDTH, image.getHeight());
            int left = box[0], right = box[1], top = box[2], bottom = box[3];
            int rows = example.rows(), columns = example.columns();
            double cellWidth = (right - left + 1.0) / columns, cellHeight = (bottom - top + 1.0) / rows;
            for (int j = 0; j < columns; j++) {
                int centre = (int) Math.round(left + (j + 0.5) * cellWidth), marked = 0;
                for (int x = centre - 1; x <= centre + 1; x++) {
                    int run = 0;
                    for (int y = bottom + 1; y <= bottom + 1 + Heatmap.TICK_LENGTH; y++) if (tickGrey(image, x, y)) run++;
                    marked = Math.max(marked, run);
                }
                assertTrue(marked >= Heatmap.TICK_LENGTH, example.name() + ": column " + j + " has " + marked + " pixels of tick mark below its cell");
            }
            for (int i = 0; i < rows; i++) {
                int centre = (int) Math.round(top + (i + 0.5) * cellHeight), marked = 0;
                for (int y = centre - 1; y <= centre + 1; y++) {
                    int run = 0;
                    for (int x = left - 1 - Heatmap.TICK_LENGTH; x <= left - 1; x++) if (tickGrey(image, x, y)) run++;
                    marked = Math.max(marked, run);
                }
                assertTrue(marked >= Heatmap.TICK_LENGTH, example.name() + ": row " + i + " has " + marked + " pixels of tick mark beside its cell");
            }
        }
    }

    /**
     * Labels turned upright keep clear of the cells. XChart sized the axis by one label, the first
     * of the longest string: "the" with the invisible spaces that mark a repeat, not "slept", so
     * the cells covered the top of "slept" and "then" (they read "slep" and "ther").
     */
    @Test
    void uprightHeatmapLabelsAreNotCoveredByTheCells() throws IOException {
        BufferedImage image = png("figure(1000, 800)\nsubplot(2, 2, 1)\n"
                + "w = [\"the\", \"cat\", \"sat\", \"on\", \"the\", \"mat\", \"and\", \"then\", \"it\", \"slept\", \"all\", \"day\"]\n"
                + "heatmap(reshape(linspace(0, 1, 144), 12, 12), w, w, cmap=\"viridis\")\nxlabel(\"key\")");
        int[] box = cells(image, image.getWidth() / 2 - ChartBuilder.COLOR_BAR_WIDTH, image.getHeight() / 2);
        int left = box[0], right = box[1], bottom = box[3];
        double cellWidth = (right - left + 1.0) / 12;
        for (int j = 0; j < 12; j++) {
            int centre = (int) Math.round(left + (j + 0.5) * cellWidth);
            for (int x = (int) (centre - cellWidth / 2) + 1; x < centre + cellWidth / 2 - 1; x++) {
                if (Math.abs(x - centre) <= 1) continue;  // the tick mark
                for (int y = bottom + 2; y <= bottom + 1 + Heatmap.TICK_LENGTH; y++) {
                    assertTrue((image.getRGB(x, y) & 0xff) > 200, "label " + j + " reaches up to the cells at (" + x + ", " + y + ")");
                }
            }
        }
    }

    /** The cells of a heatmap drawn inside (0, 0, width, height) of image: left, right, top, bottom. */
    private static int[] cells(BufferedImage image, int width, int height) {
        int middleRow = height / 2, left = 0, right = 0, top = 0, bottom = 0;
        while (!coloured(image, left, middleRow)) left++;
        for (int x = left; x < width; x++) if (coloured(image, x, middleRow)) right = x;
        int middleColumn = (left + right) / 2;
        while (!coloured(image, middleColumn, top)) top++;
        for (int y = top; y < height; y++) if (coloured(image, middleColumn, y)) bottom = y;
        return new int[] {left, right, top, bottom};
    }

    /** A cell's pixel: the colour map's colours are far from grey. */
    private static boolean coloured(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        return Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue())) - Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue())) > 20;
    }

    /** A pixel of a tick mark or the frame: a mid grey. */
    private static boolean tickGrey(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        return c.getRed() == c.getGreen() && c.getGreen() == c.getBlue() && c.getRed() < 200;
    }

    // ------------------------------------------------------------------ issue 12's plot items

    @Test
    void hugeValuesDrawScaledInsteadOfHangingXChart() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            PlotRun labelled = new PlotRun(folder).run("plot([0, 1], [0, 1e23])\nylabel(\"y\")\n" + PlotRun.savefig(folder.resolve("huge.svg")));
            Axes axes = PlotSession.of(labelled.interpreter.session()).figure().currentAxes();
            assertEquals("y  (×1e23)", ChartBuilder.build(axes, 800, 600).getYAxisTitle(), "the axis does not name its scale");
            BufferedImage image = png("plot([0, 1], [0, 1e23])");
            assertTrue(PlotRenderingTest.pixelsNear(image, Palette.CYCLE[0], 40).size() > 300, "the line is missing");
            PlotRun run = new PlotRun(folder).run("plot([0, 1], [0, 1e23])\nshow()\n");
            assertTrue(run.output().startsWith("[plot] "), run.output());
        });
    }

    @Test
    void aHistogramUpToTheLargestDoubleDraws() throws IOException {
        PlotRun run = new PlotRun(folder).run("hist([0, 1e308])\nshow()\nplot([0, 1], [1e308, -1e308])\nscatter([1e308, -1e308], [0, 0])\n"
                + "fill_between([0, 1], [1e308, 1e308], -1e308)\nshow()\n");
        assertEquals(2, run.output().lines().count(), run.output());
        assertTrue(PlotRenderingTest.pixelsNear(ImageIO.read(folder.resolve("test-1.png").toFile()), Palette.CYCLE[0], 60).size() > 500, "no bars");
    }

    @Test
    void quiverWithComponentsOfDifferentLengthsIsAClearError() {
        LMathError error = assertThrows(LMathError.class, () -> new PlotRun(folder).run("quiver([nan, inf, -inf], [0, 1])"));
        assertEquals("quiver(): dx has 3 values but dy has 2: they must have the same length", error.getMessage());
    }

    @Test
    void seriesWhoseValuesAreAllEqualDrawInTheMiddle() throws IOException {
        for (String code : List.of("plot([2, 2, 2], [3, 3, 3], \"o-\")", "scatter([5], [5])", "plot([0, 1], [1e300, 1e300])",
                "quiver([1], [1], [0], [0])\nplot([1], [1], \"o\")")) {
            BufferedImage image = png("figure(width=400, height=400)\ngrid(false)\n" + code);
            List<int[]> blue = PlotRenderingTest.pixelsNear(image, Palette.CYCLE[code.startsWith("quiver") ? 1 : 0], 40);
            assertTrue(blue.size() > 20, code + ": nothing drawn");
            double x = blue.stream().mapToInt(p -> p[0]).average().getAsDouble(), y = blue.stream().mapToInt(p -> p[1]).average().getAsDouble();
            assertTrue(Math.abs(x - 215) < 40 && Math.abs(y - 195) < 40, code + ": drawn at " + x + "," + y + ", not in the middle");
        }
    }

    private static int mode(int[] values) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        for (int v : values) counts.merge(v, 1, Integer::sum);
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).get().getKey();
    }
}
