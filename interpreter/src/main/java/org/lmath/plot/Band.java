package org.lmath.plot;

import java.awt.Color;

/** The region between two curves over the same x (fill_between). */
public record Band(double[] x, double[] lower, double[] upper, Color color, String label) implements Layer {

    public Kind kind() { return Kind.XY; }

    public void trace(Points points) {
        for (int i = 0; i < x.length; i++) {
            points.point(x[i], lower[i]);
            points.point(x[i], upper[i]);
        }
    }

    /** One closed outline: along the upper curve, then back along the lower one. */
    public void draw(ChartCanvas canvas) {
        int n = x.length;
        double[] outlineX = new double[2 * n], outlineY = new double[2 * n];
        for (int i = 0; i < n; i++) {
            outlineX[i] = x[i];
            outlineY[i] = upper[i];
            outlineX[2 * n - 1 - i] = x[i];
            outlineY[2 * n - 1 - i] = lower[i];
        }
        String name = canvas.nextName();
        ChartBuilder.polygon(canvas.xy().addSeries(name, canvas.x(outlineX), canvas.y(outlineY)), color, 80, label, name);
    }

    public void drawBraille(BrailleCanvas canvas, BraillePreview.Projection to, int code) {
        for (int i = 0; i + 1 < x.length; i++) {
            for (int px = to.px(x[i]); px <= to.px(x[i + 1]); px++) canvas.column(px, to.py(lower[i]), to.py(upper[i]), code);
        }
    }
}
