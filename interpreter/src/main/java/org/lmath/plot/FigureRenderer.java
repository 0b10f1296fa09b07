package org.lmath.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;

import javax.imageio.ImageIO;

import org.knowm.xchart.internal.chartpart.AxesChart;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;

/**
 * Paints a figure, every cell of its grid into one picture, on any Graphics2D: a bitmap for PNG,
 * VectorGraphics2D for SVG, a Swing panel for a window. One code path, so the three agree.
 */
public final class FigureRenderer {

    private FigureRenderer() {}

    /** Paints the whole figure at its own size. */
    public static void paint(Figure figure, Graphics2D g) {
        paint(figure, g, figure.width(), figure.height());
    }

    /** Paints the whole figure into a width by height area at the graphics' origin. */
    public static void paint(Figure figure, Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int rows = figure.rows(), columns = figure.columns();
        for (int row = 0; row < rows; row++) {
            for (int column = 0; column < columns; column++) {
                Axes axes = figure.cell(row * columns + column + 1);
                if (axes == null || axes.isEmpty()) continue;
                int left = column * width / columns, top = row * height / rows;
                int cellWidth = (column + 1) * width / columns - left, cellHeight = (row + 1) * height / rows - top;
                AxesChart<?, ?> chart = ChartBuilder.build(axes, cellWidth, cellHeight);
                Graphics2D cell = (Graphics2D) g.create(left, top, cellWidth, cellHeight);
                try {
                    if (axes.kind() == Layer.Kind.HEATMAP) {
                        int chartWidth = cellWidth - ChartBuilder.COLOR_BAR_WIDTH;
                        chart.paint(cell, chartWidth, cellHeight);
                        ColorBar.paint(cell, (Heatmap) axes.layers().get(0), chartWidth, 0, ChartBuilder.COLOR_BAR_WIDTH, cellHeight);
                    } else {
                        chart.paint(cell, cellWidth, cellHeight);
                    }
                } finally {
                    cell.dispose();
                }
            }
        }
    }

    /** The figure as an image (what PNG files, tests and the terminal preview look at). */
    public static BufferedImage image(Figure figure) {
        BufferedImage image = new BufferedImage(figure.width(), figure.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            paint(figure, g);
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void writePng(Figure figure, OutputStream out) throws IOException {
        if (!ImageIO.write(image(figure), "png", out)) throw new IOException("no PNG writer in this Java");
    }

    public static void writeSvg(Figure figure, OutputStream out) throws IOException {
        VectorGraphics2D g = new VectorGraphics2D();
        paint(figure, g);
        Document document = new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, figure.width(), figure.height()));
        document.writeTo(out);
    }
}
