package org.lmath.plot;

/** The extent of what an axes draws: {x min, x max, y min, y max}, the limits set taking precedence. */
final class DataBounds {

    private DataBounds() {}

    static double[] of(Axes axes) {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Layer layer : axes.layers()) {
            if (layer instanceof Layer.Curve c) add(b, c.x(), c.y());
            if (layer instanceof Layer.Band band) {
                add(b, band.x(), band.lower());
                add(b, band.x(), band.upper());
            }
            if (layer instanceof Layer.Histogram h) {
                add(b, h.edges(), new double[h.edges().length]);
                add(b, new double[] {h.edges()[0]}, new double[] {java.util.Arrays.stream(h.counts()).max().orElse(0)});
            }
            if (layer instanceof Layer.Arrows a) {
                add(b, a.x0(), a.y0());
                for (int i = 0; i < a.x0().length; i++) add(b, new double[] {a.x0()[i] + a.dx()[i]}, new double[] {a.y0()[i] + a.dy()[i]});
            }
            if (layer instanceof Layer.Contour c) add(b, new double[] {c.xs()[0], c.xs()[c.xs().length - 1]}, new double[] {c.ys()[0], c.ys()[c.ys().length - 1]});
        }
        if (axes.kind() == Layer.Kind.HEATMAP) {  // the axes count cells: cell j spans j - 0.5 to j + 0.5
            Layer.Heat heat = (Layer.Heat) axes.layers().get(0);
            return new double[] {-0.5, heat.values()[0].length - 0.5, -0.5, heat.values().length - 0.5};
        }
        // Notes do not widen XChart's axes, so they count only when there is nothing else (then an
        // invisible series spans them).
        if (axes.layers().isEmpty()) {
            for (Axes.Note note : axes.notes()) add(b, new double[] {note.x()}, new double[] {note.y()});
        }
        if (axes.xLimits() != null) {
            b[0] = axes.xLimits()[0];
            b[1] = axes.xLimits()[1];
        }
        if (axes.yLimits() != null) {
            b[2] = axes.yLimits()[0];
            b[3] = axes.yLimits()[1];
        }
        return b;
    }

    private static void add(double[] b, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) continue;
            b[0] = Math.min(b[0], x[i]);
            b[1] = Math.max(b[1], x[i]);
            b[2] = Math.min(b[2], y[i]);
            b[3] = Math.max(b[3], y[i]);
        }
    }
}
