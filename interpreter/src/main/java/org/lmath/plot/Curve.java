package org.lmath.plot;

import java.awt.Color;

import org.knowm.xchart.XYSeries;

/** A line and/or markers through the points (plot, scatter). NaN points are gaps. */
public record Curve(double[] x, double[] y, LineStyle style, String label) implements Layer {

    public Kind kind() { return Kind.XY; }

    public Color color() { return style.color(); }

    public void trace(Points points) {
        for (int i = 0; i < x.length; i++) points.point(x[i], y[i]);
    }

    public void draw(ChartCanvas canvas) {
        String name = canvas.nextName();
        LineStyle.Line line = style.line();
        if (line != null && line != LineStyle.Line.SOLID) {
            DashedCurve.draw(canvas, this, name);
            return;
        }
        XYSeries series = canvas.xy().addSeries(name, canvas.x(x), canvas.y(y));
        if (line == null) {
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        } else {
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            series.setLineStyle(line.stroke(ChartBuilder.LINE_WIDTH));
        }
        series.setLineColor(style.color());
        series.setMarkerColor(style.color());
        series.setMarker(ChartBuilder.marker(style.marker()));
        ChartBuilder.legendEntry(series, label, name);
    }

    public void drawBraille(BrailleCanvas canvas, BraillePreview.Projection to, int code) {
        boolean joined = style.line() != null;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) continue;
            canvas.set(to.px(x[i]), to.py(y[i]), code);
            boolean next = i + 1 < x.length && !Double.isNaN(x[i + 1]) && !Double.isNaN(y[i + 1]);
            if (joined && next) canvas.line(to.px(x[i]), to.py(y[i]), to.px(x[i + 1]), to.py(y[i + 1]), code);
        }
    }
}
