package org.lmath.plot;

import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * matplotlib's legend "best" in small: the inside corner where the fewest drawn points fall,
 * trying upper right, upper left, lower left, lower right in that order.
 */
final class LegendPlacement {

    private LegendPlacement() {}

    private static final LegendPosition[] CORNERS = {LegendPosition.InsideNE, LegendPosition.InsideNW, LegendPosition.InsideSW, LegendPosition.InsideSE};

    static LegendPosition best(Axes axes) {
        List<double[]> points = new ArrayList<>();
        int entries = 0;
        for (Layer layer : axes.layers()) {
            if (Axes.label(layer) != null) entries++;
            if (layer instanceof Layer.Curve c) add(points, c.x(), c.y());
            if (layer instanceof Layer.Band b) {
                add(points, b.x(), b.lower());
                add(points, b.x(), b.upper());
            }
            if (layer instanceof Layer.Histogram h) {
                for (int i = 0; i < h.counts().length; i++) points.add(new double[] {(h.edges()[i] + h.edges()[i + 1]) / 2, h.counts()[i]});
            }
            if (layer instanceof Layer.Arrows a) {
                for (int i = 0; i < a.x0().length; i++) {
                    for (double t = 0; t <= 1; t += 0.1) points.add(new double[] {a.x0()[i] + t * a.dx()[i], a.y0()[i] + t * a.dy()[i]});
                }
            }
        }
        double[] xs = bounds(points, 0, axes.xLimits()), ys = bounds(points, 1, axes.yLimits());
        double boxWidth = 0.38, boxHeight = Math.min(0.6, 0.07 * entries + 0.06);
        LegendPosition best = CORNERS[0];
        int fewest = Integer.MAX_VALUE;
        for (LegendPosition corner : CORNERS) {
            boolean right = corner == LegendPosition.InsideNE || corner == LegendPosition.InsideSE;
            boolean top = corner == LegendPosition.InsideNE || corner == LegendPosition.InsideNW;
            int count = 0;
            for (double[] p : points) {
                double u = (p[0] - xs[0]) / (xs[1] - xs[0]), v = (p[1] - ys[0]) / (ys[1] - ys[0]);
                boolean inX = right ? u >= 1 - boxWidth : u <= boxWidth;
                boolean inY = top ? v >= 1 - boxHeight : v <= boxHeight;
                if (inX && inY) count++;
            }
            if (count < fewest) {
                fewest = count;
                best = corner;
            }
        }
        return best;
    }

    private static void add(List<double[]> points, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) points.add(new double[] {x[i], y[i]});
    }

    private static double[] bounds(List<double[]> points, int axis, double[] limits) {
        if (limits != null) return limits;
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (double[] p : points) {
            low = Math.min(low, p[axis]);
            high = Math.max(high, p[axis]);
        }
        return low < high ? new double[] {low, high} : new double[] {low - 1, low + 1};
    }
}
