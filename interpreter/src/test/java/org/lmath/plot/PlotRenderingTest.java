package org.lmath.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmath.error.LMathError;

/** Every plot kind renders without a display to PNG and SVG of the figure's size, with its data where it should be. */
class PlotRenderingTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void headless() {
        // Surefire sets it too (see the parent pom); an IDE run may not.
        System.setProperty("java.awt.headless", "true");
    }

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of("plot", "plot(linspace(0, 1, 20), linspace(0, 1, 20)^2, \"o-\", label=\"x^2\")"),
                Arguments.of("dashed", "plot([0, 1, 2], [2, 0, 1], \"r--\")"),
                Arguments.of("scatter", "scatter([1, 2, 3], [3, 1, 2], style=\"g^\")"),
                Arguments.of("bar", "bar([\"a\", \"b\", \"c\"], [0.2, 0.5, 0.3], values=true)"),
                Arguments.of("hist", "hist([1, 2, 2, 3, 3, 3, 4], bins=4)"),
                Arguments.of("heatmap", "heatmap([[1, 2], [3, 4]], [\"a\", \"b\"], [\"c\", \"d\"])"),
                Arguments.of("quiver", "quiver([1, 0], [0, 1], label=\"basis\")"),
                Arguments.of("fill_between", "fill_between([0, 1, 2], [1, 2, 1])"),
                Arguments.of("contour", "contour([0, 1, 2], [0, 1, 2], [[0, 1, 2], [1, 2, 3], [2, 3, 4]], levels=3)"),
                Arguments.of("grid", "subplot(1, 2, 1)\nplot([1, 2])\nsubplot(1, 2, 2)\nbar([1, 2], [3, 4])"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void eachKindWritesPngAndSvgOfTheFigureSize(String kind, String code) throws IOException {
        Path png = folder.resolve(kind + ".png"), svg = folder.resolve(kind + ".svg");
        new PlotRun(folder).run("figure(width=640, height=480)\n" + code + "\n" + PlotRun.savefig(png) + PlotRun.savefig(svg));
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "not a PNG: " + png);
        assertEquals(640, image.getWidth());
        assertEquals(480, image.getHeight());
        assertTrue(countPixels(image, pixel -> !isNearWhite(pixel) && !isGrey(pixel)) > 100, "no coloured pixels in " + kind);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("width=\"640px\"") && text.contains("height=\"480px\""), "SVG size: " + text.substring(0, 300));
        assertTrue(text.strip().endsWith("</svg>"), "SVG is not complete");
    }

    @Test
    void theLineYEqualsXRunsCornerToCornerOfItsPixels() throws IOException {
        Path png = folder.resolve("diagonal.png");
        new PlotRun(folder).run("figure(width=600, height=600)\ngrid(false)\nplot([0, 1], [0, 1])\n" + PlotRun.savefig(png));
        BufferedImage image = ImageIO.read(png.toFile());
        List<int[]> blue = pixelsNear(image, Palette.CYCLE[0], 40);
        assertTrue(blue.size() > 300, "too few line pixels: " + blue.size());
        int left = blue.stream().mapToInt(p -> p[0]).min().getAsInt(), right = blue.stream().mapToInt(p -> p[0]).max().getAsInt();
        int top = blue.stream().mapToInt(p -> p[1]).min().getAsInt(), bottom = blue.stream().mapToInt(p -> p[1]).max().getAsInt();
        // The line spans most of the plot, and it rises to the right: the lowest-left pixel is the start.
        assertTrue(right - left > 400 && bottom - top > 400, "line too short: " + (right - left) + " x " + (bottom - top));
        for (int[] p : blue) {
            // Distance from the segment (left, bottom) -> (right, top).
            double dx = right - left, dy = top - bottom;
            double distance = Math.abs(dy * (p[0] - left) - dx * (p[1] - bottom)) / Math.hypot(dx, dy);
            assertTrue(distance < 3, "pixel " + p[0] + "," + p[1] + " is " + distance + " px off the diagonal");
        }
        int middleX = (left + right) / 2, middleY = (top + bottom) / 2;
        assertTrue(blue.stream().anyMatch(p -> Math.abs(p[0] - middleX) <= 2 && Math.abs(p[1] - middleY) <= 2), "no line at the centre");
        // Nothing of the line in the upper-left or lower-right corners of its box.
        assertTrue(blue.stream().noneMatch(p -> p[0] < left + 100 && p[1] < top + 100));
        assertTrue(blue.stream().noneMatch(p -> p[0] > right - 100 && p[1] > bottom - 100));
    }

    @Test
    void seriesGetDistinctColoursFromTheCycle() throws IOException {
        Path png = folder.resolve("two.png");
        new PlotRun(folder).run("plot([0, 1], [0, 0])\nplot([0, 1], [1, 1])\n" + PlotRun.savefig(png));
        BufferedImage image = ImageIO.read(png.toFile());
        List<int[]> first = pixelsNear(image, Palette.CYCLE[0], 30), second = pixelsNear(image, Palette.CYCLE[1], 30);
        assertTrue(first.size() > 200 && second.size() > 200, first.size() + " and " + second.size() + " pixels");
        double firstY = first.stream().mapToInt(p -> p[1]).average().getAsDouble();
        double secondY = second.stream().mapToInt(p -> p[1]).average().getAsDouble();
        assertTrue(firstY > secondY + 200, "y = 0 (first colour) should be drawn well below y = 1 (second colour)");
    }

    @Test
    void annotationsAreTextInTheSvg() throws IOException {
        Path svg = folder.resolve("notes.svg");
        new PlotRun(folder).run("subplot(1, 2, 1)\nplot([0, 1], [0, 1])\ntext(0.5, 0.5, \"centre note\")\n"
                + "subplot(1, 2, 2)\nheatmap([[0.25, 0.5], [0.75, 1.5]], annotate=true)\n" + PlotRun.savefig(svg));
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains(">centre note<"), "the note is missing");
        for (String value : List.of("0.25", "0.50", "0.75", "1.50")) assertTrue(text.contains(">" + value + "<"), "heatmap value " + value + " is missing");
    }

    @Test
    void heatmapValuesAreWhiteOnDarkCells() throws IOException {
        Path png = folder.resolve("contrast.png");
        new PlotRun(folder).run("figure(width=500, height=300)\nheatmap([[0, 1]], cmap=\"greys\")\n" + PlotRun.savefig(png));
        BufferedImage image = ImageIO.read(png.toFile());
        List<int[]> black = pixelsNear(image, Color.BLACK, 8);
        int left = black.stream().mapToInt(p -> p[0]).min().getAsInt(), right = black.stream().mapToInt(p -> p[0]).max().getAsInt();
        int top = black.stream().mapToInt(p -> p[1]).min().getAsInt(), bottom = black.stream().mapToInt(p -> p[1]).max().getAsInt();
        assertTrue(right - left > 100 && bottom - top > 100, "the black cell is missing");
        int light = 0;
        for (int x = left + 5; x < right - 5; x++) for (int y = top + 5; y < bottom - 5; y++) if (brightness(image.getRGB(x, y)) > 200) light++;
        assertTrue(light > 5, "the value in the black cell is not written in a light colour");
    }

    @Test
    void showWritesNumberedFilesAndSaysWhere() throws IOException {
        PlotRun run = new PlotRun(folder).run("plot([1, 2])\nshow()\nbar([1], [2])\nshow()\n");
        assertEquals("[plot] " + folder.resolve("test-1.png") + "\n[plot] " + folder.resolve("test-2.png") + "\n", run.output());
        assertNotNull(ImageIO.read(folder.resolve("test-1.png").toFile()));
        assertNotNull(ImageIO.read(folder.resolve("test-2.png").toFile()));
        assertEquals(2, listFolder().size(), "temporary files were left: " + listFolder());
    }

    @Test
    void aFolderThatCannotBeMadeIsAnErrorAtTheCall() {
        PlotRun run = new PlotRun(folder);
        run.interpreter.session().put(PlotSettings.class, PlotSettings.defaults().withFolder(Path.of("/dev/null/plots")));
        LMathError error = assertThrows(LMathError.class, () -> run.run("plot([1, 2])\n\nshow()\n"));
        assertTrue(error.getMessage().contains("cannot make the plots folder \"/dev/null/plots\""), error.getMessage());
        assertEquals(3, error.position().line());
    }

    @Test
    void aFailedWriteLeavesNoFileBehind() throws IOException {
        Path target = folder.resolve("taken.png");
        Files.createDirectories(target.resolve("inside"));  // a non-empty folder where the picture should go
        LMathError error = assertThrows(LMathError.class, () -> new PlotRun(folder).run("plot([1, 2])\n" + PlotRun.savefig(target)));
        assertTrue(error.getMessage().startsWith("savefig(): cannot write"), error.getMessage());
        assertEquals(List.of(target), listFolder(), "a temporary file was left behind");
    }

    @Test
    void sessionsKeepTheirOwnFigures() {
        new PlotRun(folder).run("plot([1, 2])\n");
        LMathError error = assertThrows(LMathError.class, () -> new PlotRun(folder).run("show()\n"));
        assertTrue(error.getMessage().contains("the figure is empty"), error.getMessage());
    }

    private List<Path> listFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    // ------------------------------------------------------------------ pixels

    static List<int[]> pixelsNear(BufferedImage image, Color color, int tolerance) {
        List<int[]> found = new java.util.ArrayList<>();
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                Color pixel = new Color(image.getRGB(x, y));
                if (Math.abs(pixel.getRed() - color.getRed()) <= tolerance && Math.abs(pixel.getGreen() - color.getGreen()) <= tolerance
                        && Math.abs(pixel.getBlue() - color.getBlue()) <= tolerance) {
                    found.add(new int[] {x, y});
                }
            }
        }
        return found;
    }

    private static int countPixels(BufferedImage image, java.util.function.IntPredicate test) {
        int count = 0;
        for (int x = 0; x < image.getWidth(); x++) for (int y = 0; y < image.getHeight(); y++) if (test.test(image.getRGB(x, y))) count++;
        return count;
    }

    private static int brightness(int rgb) {
        Color c = new Color(rgb);
        return (c.getRed() + c.getGreen() + c.getBlue()) / 3;
    }

    private static boolean isNearWhite(int rgb) {
        return brightness(rgb) > 235;
    }

    private static boolean isGrey(int rgb) {
        Color c = new Color(rgb);
        return Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue())) - Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue())) < 12;
    }
}
