package org.lmath.plot;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * contour's iso-lines on XChart's XY chart, which has no contour chart: marching squares finds,
 * in each grid cell, the segments where z crosses a level (interpolating along the cell's
 * edges); each level becomes one line series of NaN-separated segments, coloured by the map.
 */
public final class Contours {

    private Contours() {}

    /** One straight piece of an iso-line. */
    record Segment(double x1, double y1, double x2, double y2) {}

    static void draw(XYChart chart, Layer.Contour contour, String seriesName) {
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (double level : contour.levels()) {
            low = Math.min(low, level);
            high = Math.max(high, level);
        }
        for (int k = 0; k < contour.levels().length; k++) {
            double level = contour.levels()[k];
            List<Segment> segments = segments(contour.xs(), contour.ys(), contour.z(), level);
            if (segments.isEmpty()) continue;
            double[] x = new double[segments.size() * 3];
            double[] y = new double[segments.size() * 3];
            for (int i = 0; i < segments.size(); i++) {
                Segment s = segments.get(i);
                x[3 * i] = s.x1();
                y[3 * i] = s.y1();
                x[3 * i + 1] = s.x2();
                y[3 * i + 1] = s.y2();
                x[3 * i + 2] = Double.NaN;
                y[3 * i + 2] = Double.NaN;
            }
            XYSeries series = chart.addSeries(seriesName + "-" + k, x, y);
            series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(Palette.at(contour.colorMap(), high > low ? (level - low) / (high - low) : 0.5));
            series.setLineStyle(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            series.setLabel(Numbers.compact(level));
            series.setShowInLegend(true);
        }
    }

    /**
     * The segments of the level set z = level. z[i][j] is the value at (xs[j], ys[i]). Cells with
     * a NaN corner are skipped; the two saddle cases are split by the value at the cell's centre.
     */
    static List<Segment> segments(double[] xs, double[] ys, double[][] z, double level) {
        List<Segment> segments = new ArrayList<>();
        for (int i = 0; i + 1 < ys.length; i++) {
            for (int j = 0; j + 1 < xs.length; j++) {
                double bottomLeft = z[i][j], bottomRight = z[i][j + 1], topRight = z[i + 1][j + 1], topLeft = z[i + 1][j];
                if (Double.isNaN(bottomLeft + bottomRight + topRight + topLeft)) continue;
                int corners = (bottomLeft > level ? 1 : 0) | (bottomRight > level ? 2 : 0) | (topRight > level ? 4 : 0) | (topLeft > level ? 8 : 0);
                if (corners == 0 || corners == 15) continue;
                // Crossing points on the four edges (only those whose ends straddle the level are used).
                double[] bottom = {lerp(xs[j], xs[j + 1], bottomLeft, bottomRight, level), ys[i]};
                double[] right = {xs[j + 1], lerp(ys[i], ys[i + 1], bottomRight, topRight, level)};
                double[] top = {lerp(xs[j], xs[j + 1], topLeft, topRight, level), ys[i + 1]};
                double[] left = {xs[j], lerp(ys[i], ys[i + 1], bottomLeft, topLeft, level)};
                boolean centreAbove = (bottomLeft + bottomRight + topRight + topLeft) / 4 > level;
                switch (corners) {
                    case 1, 14 -> add(segments, left, bottom);
                    case 2, 13 -> add(segments, bottom, right);
                    case 3, 12 -> add(segments, left, right);
                    case 4, 11 -> add(segments, right, top);
                    case 6, 9 -> add(segments, bottom, top);
                    case 7, 8 -> add(segments, left, top);
                    case 5 -> {  // bottom-left and top-right above
                        if (centreAbove) { add(segments, left, top); add(segments, bottom, right); }
                        else { add(segments, left, bottom); add(segments, right, top); }
                    }
                    case 10 -> {  // bottom-right and top-left above
                        if (centreAbove) { add(segments, left, bottom); add(segments, right, top); }
                        else { add(segments, left, top); add(segments, bottom, right); }
                    }
                    default -> throw new IllegalStateException("corner case " + corners);
                }
            }
        }
        return segments;
    }

    private static double lerp(double a, double b, double za, double zb, double level) {
        if (za == zb) return (a + b) / 2;
        return a + (b - a) * (level - za) / (zb - za);
    }

    private static void add(List<Segment> segments, double[] from, double[] to) {
        segments.add(new Segment(from[0], from[1], to[0], to[1]));
    }

    /**
     * About count levels at round numbers strictly between the lowest and highest value, as
     * matplotlib picks them: a step of 1, 2, 2.5 or 5 times a power of ten.
     */
    public static double[] niceLevels(double low, double high, int count) {
        if (!(high > low)) return new double[] {low};
        double rough = (high - low) / Math.max(1, count);
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = power;
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            step = factor * power;
            if (step >= rough) break;
        }
        List<Double> levels = new ArrayList<>();
        for (double level = Math.ceil(low / step) * step; level < high; level += step) {
            double rounded = Math.round(level / step) * step;
            if (rounded > low && rounded < high) levels.add(rounded);
        }
        if (levels.isEmpty()) levels.add((low + high) / 2);
        return levels.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
