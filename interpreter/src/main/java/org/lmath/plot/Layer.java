package org.lmath.plot;

import java.awt.Color;
import java.util.List;

/**
 * One thing drawn on an axes, as plain numbers already checked by the builtin that made it.
 * Colours are fixed when the layer is added, so the cycle follows the order of the calls.
 */
public sealed interface Layer {

    /** Which XChart chart draws it: layers of different kinds cannot share an axes. */
    enum Kind { XY, CATEGORY, HEATMAP }

    Kind kind();

    /** A line and/or markers through the points (plot, scatter). */
    record Curve(double[] x, double[] y, LineStyle style, String label) implements Layer {
        public Kind kind() { return Kind.XY; }
    }

    /** The region between two curves over the same x (fill_between). */
    record Band(double[] x, double[] lower, double[] upper, Color color, String label) implements Layer {
        public Kind kind() { return Kind.XY; }
    }

    /** Counts of values per bin; edges has one more entry than counts (hist). */
    record Histogram(double[] edges, double[] counts, Color color, String label) implements Layer {
        public Kind kind() { return Kind.XY; }
    }

    /** Arrows from (x0, y0) by (dx, dy) (quiver). */
    record Arrows(double[] x0, double[] y0, double[] dx, double[] dy, Color color, String label) implements Layer {
        public Kind kind() { return Kind.XY; }
    }

    /** Iso-lines of z over the grid xs by ys (z[i][j] at xs[j], ys[i]) at the given levels (contour). */
    record Contour(double[] xs, double[] ys, double[][] z, double[] levels, Color[] colorMap) implements Layer {
        public Kind kind() { return Kind.XY; }
    }

    /** One bar per label (bar). */
    record Bars(List<String> labels, double[] heights, Color color, String label, boolean showValues) implements Layer {
        public Kind kind() { return Kind.CATEGORY; }
    }

    /** A matrix as coloured cells, row 0 at the top (heatmap). */
    record Heat(double[][] values, List<String> columnLabels, List<String> rowLabels, boolean annotate, Color[] colorMap) implements Layer {
        public Kind kind() { return Kind.HEATMAP; }
    }

    /** The words for a kind in messages: "a line plot", "a bar chart", "a heatmap". */
    static String describe(Kind kind) {
        return switch (kind) {
            case XY -> "lines, points, arrows or contours";
            case CATEGORY -> "a bar chart";
            case HEATMAP -> "a heatmap";
        };
    }
}
