package org.lmath.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plot options from matplotlib's habits, checked on the pixels they draw. */
class PlotOptionsTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private BufferedImage png(String code) throws IOException {
        return PlotRun.png(folder, code);
    }

    @Test
    void axisEqualDrawsTheUnitCircleRoundInAWideFigure() throws IOException {
        BufferedImage image = png("figure(width=900, height=400)\nt = linspace(0, 2 * pi, 200)\nplot(cos(t), sin(t))\naxis(\"equal\")");
        List<int[]> blue = PlotRenderingTest.pixelsNear(image, Palette.CYCLE[0], 40);
        int width = blue.stream().mapToInt(p -> p[0]).max().getAsInt() - blue.stream().mapToInt(p -> p[0]).min().getAsInt();
        int height = blue.stream().mapToInt(p -> p[1]).max().getAsInt() - blue.stream().mapToInt(p -> p[1]).min().getAsInt();
        assertEquals(1.0, width / (double) height, 0.04, "the circle is " + width + " by " + height + " pixels");
    }

    @Test
    void eachArrowTakesItsOwnColour() throws IOException {
        BufferedImage image = png("grid(false)\nquiver([0, 0], [0, 0], [1, -1], [0, 0], color=[\"red\", \"blue\"])");
        List<int[]> red = PlotRenderingTest.pixelsNear(image, Color.RED, 40), blue = PlotRenderingTest.pixelsNear(image, Color.BLUE, 40);
        assertTrue(red.size() > 100 && blue.size() > 100, red.size() + " red and " + blue.size() + " blue pixels");
        double redX = red.stream().mapToInt(p -> p[0]).average().getAsDouble(), blueX = blue.stream().mapToInt(p -> p[0]).average().getAsDouble();
        assertTrue(redX > image.getWidth() / 2.0 && blueX < image.getWidth() / 2.0, "the arrow to the right is red, to the left blue");
    }

    @Test
    void axhlineSpansThePlotAtItsHeight() throws IOException {
        BufferedImage image = png("figure(width=500, height=400)\ngrid(false)\nplot([0, 1], [0, 1], color=\"k\")\naxhline(0.5, color=\"red\")");
        List<int[]> red = PlotRenderingTest.pixelsNear(image, Color.RED, 40);
        int left = red.stream().mapToInt(p -> p[0]).min().getAsInt(), right = red.stream().mapToInt(p -> p[0]).max().getAsInt();
        assertTrue(right - left > 380, "the line does not span the plot: " + left + " to " + right);
        assertTrue(red.stream().mapToInt(p -> p[1]).max().getAsInt() - red.stream().mapToInt(p -> p[1]).min().getAsInt() <= 3, "the line is not level");
    }

    @Test
    void barValuesHaveRoomInsideTheFrame() {
        // Lesson 17's labels 0.659 and -0.341 were cut by the frame: the axes ended at the bars.
        Axes axes = new Axes();
        axes.add(new Bars(List.of("a", "b"), new double[] {0.659, -0.341}, Color.BLUE, null, true), "bar");
        DataBounds bounds = DataBounds.of(axes);
        assertTrue(bounds.yMax > 0.659 + 0.05 && bounds.yMin < -0.341 - 0.05, bounds.yMin + " to " + bounds.yMax);
    }

    @Test
    void reversedMapsRunTheOtherWay() {
        Color[] blues = Palette.map("Blues", "test"), reversed = Palette.map("Blues_r", "test");
        assertEquals(blues[0], reversed[reversed.length - 1]);
        assertEquals(new Color(0xffffcc), Palette.map("YlOrRd", "test")[0]);  // ColorBrewer's YlOrRd starts at light yellow
    }

    @Test
    void aSurfaceIsColouredByHeight() throws IOException {
        BufferedImage image = png("x = linspace(-1, 1, 11)\nsurface(x, x, reshape(x, 1, 11)^2 + reshape(x, 11, 1)^2, cmap=\"coolwarm\")");
        Color[] coolwarm = Palette.map("coolwarm", "test");
        // Low cells (blue end) and high cells (red end) are both drawn; the lowest point is below the middle of the picture.
        List<int[]> low = PlotRenderingTest.pixelsNear(image, Palette.at(coolwarm, 0.02), 25), high = PlotRenderingTest.pixelsNear(image, Palette.at(coolwarm, 0.8), 30);
        assertTrue(low.size() > 50 && high.size() > 50, low.size() + " low and " + high.size() + " high pixels");
        assertTrue(low.stream().mapToInt(p -> p[1]).average().getAsDouble() > high.stream().mapToInt(p -> p[1]).min().getAsInt(),
                "the bowl's bottom is drawn above its rim");
    }
}
