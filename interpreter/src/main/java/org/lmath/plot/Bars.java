package org.lmath.plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.knowm.xchart.CategorySeries;

/**
 * One bar per label (bar). As in matplotlib, bar i stands at x = i, so text(i, y, s) writes
 * beside bar i.
 */
public record Bars(List<String> labels, double[] heights, Color color, String label, boolean showValues) implements Layer {

    public Kind kind() { return Kind.CATEGORY; }

    public void trace(Points points) {
        // Values written on the bars sit beyond their ends: room for a line of text, about a
        // tenth of the tallest bar, so the frame does not cut them.
        double room = 0;
        if (showValues) for (double height : heights) room = Math.max(room, 0.1 * Math.abs(height));
        for (int i = 0; i < heights.length; i++) {
            points.point(i, 0);
            points.point(i, heights[i] + Math.signum(heights[i]) * room);
        }
        points.x(-0.5);
        points.x(heights.length - 0.5);
    }

    public void draw(ChartCanvas canvas) {
        String name = canvas.nextName();
        CategorySeries series = canvas.category().addSeries(name, new ArrayList<>(labels), Arrays.stream(canvas.y(heights)).boxed().toList());
        series.setFillColor(color);
        series.setLabel(label == null ? name : label);
        series.setShowInLegend(label != null);
    }

    public void drawBraille(BrailleCanvas canvas, BraillePreview.Projection to, int code) {
        for (int b = 0; b < heights.length; b++) {
            for (int px = to.px(b - 0.35); px <= to.px(b + 0.35); px++) canvas.column(px, to.py(0), to.py(heights[b]), code);
        }
    }
}
