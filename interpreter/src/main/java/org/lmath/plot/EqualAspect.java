package org.lmath.plot;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.knowm.xchart.internal.chartpart.AxesChart;

/**
 * axis("equal"): a unit as long on the y axis as on the x axis, so that circles are round and a
 * rotated vector keeps its length on screen. The axis whose data would be stretched gets a wider
 * range, centred on its data, as matplotlib's adjustable="datalim" does. Where the plot area lies
 * is known only once XChart has laid the chart out, so a first chart is painted off screen and
 * measured.
 */
final class EqualAspect {

    private EqualAspect() {}

    static void widen(DataBounds bounds, AxesChart<?, ?> draft, int width, int height) {
        Rectangle2D[] area = new Rectangle2D[1];
        draft.addAnnotation(new ScreenAnnotation(bounds) {
            @Override
            public void paint(Graphics2D g) {
                area[0] = plotArea();
            }
        });
        BufferedImage scratch = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            draft.paint(g, width, height);
        } finally {
            g.dispose();
        }
        if (area[0] == null || area[0].getWidth() < 1 || area[0].getHeight() < 1) return;
        double xPerPixel = (bounds.xMax - bounds.xMin) / area[0].getWidth();
        double yPerPixel = (bounds.yMax - bounds.yMin) / area[0].getHeight();
        if (xPerPixel < yPerPixel) {
            double half = yPerPixel * area[0].getWidth() / 2, middle = (bounds.xMin + bounds.xMax) / 2;
            bounds.xMin = middle - half;
            bounds.xMax = middle + half;
        } else {
            double half = xPerPixel * area[0].getHeight() / 2, middle = (bounds.yMin + bounds.yMax) / 2;
            bounds.yMin = middle - half;
            bounds.yMax = middle + half;
        }
    }
}
