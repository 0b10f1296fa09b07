package org.lmath.plot;

import java.awt.Color;

/** Counts of values per bin; edges has one more entry than counts (hist). */
public record Histogram(double[] edges, double[] counts, Color color, String label) implements Layer {

    public Kind kind() { return Kind.XY; }

    public void trace(Points points) {
        for (int b = 0; b < counts.length; b++) {
            points.point(edges[b], 0);
            points.point((edges[b] + edges[b + 1]) / 2, counts[b]);
            points.point(edges[b + 1], counts[b]);
        }
    }

    /** Bars side by side as one outline going down to zero at each edge, filled. */
    public void draw(ChartCanvas canvas) {
        int bins = counts.length;
        double[] x = new double[4 * bins], y = new double[4 * bins];
        for (int b = 0; b < bins; b++) {
            x[4 * b] = edges[b];
            x[4 * b + 1] = edges[b];
            y[4 * b + 1] = counts[b];
            x[4 * b + 2] = edges[b + 1];
            y[4 * b + 2] = counts[b];
            x[4 * b + 3] = edges[b + 1];
        }
        String name = canvas.nextName();
        ChartBuilder.polygon(canvas.xy().addSeries(name, canvas.x(x), canvas.y(y)), color, 200, label, name);
    }

    public void drawBraille(BrailleCanvas canvas, BraillePreview.Projection to, int code) {
        for (int b = 0; b < counts.length; b++) {
            for (int px = to.px(edges[b]); px < to.px(edges[b + 1]); px++) canvas.column(px, to.py(0), to.py(counts[b]), code);
        }
    }
}
