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
        Points drawn = (x, y) -> {
            if (!Double.isNaN(x) && !Double.isNaN(y)) points.add(new double[] {x, y});
        };
        int entries = 0;
        for (Layer layer : axes.layers()) {
            if (layer.label() != null) entries++;
            layer.trace(drawn);
        }
        DataBounds bounds = DataBounds.of(axes);
        double[] xs = {bounds.xMin, bounds.xMax}, ys = {bounds.yMin, bounds.yMax};
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
}
