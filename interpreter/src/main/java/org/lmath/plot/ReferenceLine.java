package org.lmath.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A line across the whole axes at one value (axhline: y = at; axvline: x = at), solid, dashed
 * or dotted. It widens the axes to include its value on its own axis only.
 */
public record ReferenceLine(boolean horizontal, double at, LineStyle style, String label) implements Layer {

    public Kind kind() { return Kind.XY; }

    public Color color() { return style.color(); }

    public void trace(Points points) {
        if (horizontal) points.y(at);
        else points.x(at);
    }

    public void draw(ChartCanvas canvas) {
        DataBounds bounds = canvas.bounds();
        // XChart draws the legend entry: a one-point series (which draws no line) with the stroke.
        String name = canvas.nextName();
        double x = horizontal ? bounds.xMin : at, y = horizontal ? at : bounds.yMin;
        XYSeries legend = canvas.xy().addSeries(name, canvas.x(new double[] {x}), canvas.y(new double[] {y}));
        legend.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        legend.setLineStyle(style.line().stroke(ChartBuilder.LINE_WIDTH * 0.75f));
        legend.setLineColor(style.color());
        legend.setMarker(SeriesMarkers.NONE);
        ChartBuilder.legendEntry(legend, label, name);
        canvas.annotate(new Across(bounds));
    }

    public void drawBraille(BrailleCanvas canvas, BraillePreview.Projection to, int code) {
        if (horizontal) canvas.line(0, to.py(at), canvas.dotWidth() - 1, to.py(at), code);
        else canvas.line(to.px(at), 0, to.px(at), canvas.dotHeight() - 1, code);
    }

    /** The line from one side of the plot area to the other. */
    private final class Across extends ScreenAnnotation {
        Across(DataBounds bounds) {
            super(bounds);
        }

        @Override
        public void paint(Graphics2D g) {
            if (!usable()) return;
            Rectangle2D area = plotArea();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(style.color());
            g.setStroke(style.line().stroke(ChartBuilder.LINE_WIDTH * 0.75f));
            if (horizontal) g.draw(new Line2D.Double(area.getMinX(), screenY(at), area.getMaxX(), screenY(at)));
            else g.draw(new Line2D.Double(screenX(at), area.getMinY(), screenX(at), area.getMaxY()));
        }
    }
}
