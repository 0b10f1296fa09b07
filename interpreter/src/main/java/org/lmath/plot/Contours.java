package org.lmath.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of contour's iso-lines (XChart has no contour chart): marching squares finds, in
 * each grid cell, the segments where z crosses a level (interpolating along the cell's edges);
 * and the round numbers levels are picked at. {@link Contour} draws them.
 */
public final class Contours {

    private Contours() {}

    /** One straight piece of an iso-line. */
    record Segment(double x1, double y1, double x2, double y2) {}

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

    /**
     * The segment a level's label sits on. depth says how far inside the room for labels a
     * segment's label would be (negative: outside). Among the segments where it fits: at the
     * right side of the level's extent, nearest its vertical middle. When it fits nowhere (a short
     * line in a corner): the segment deepest in, usually the line's middle.
     */
    static Segment labelSegment(List<Segment> all, java.util.function.ToDoubleFunction<Segment> depth) {
        List<Segment> segments = all.stream().filter(s -> depth.applyAsDouble(s) >= 0).toList();
        if (segments.isEmpty()) return all.stream().max(java.util.Comparator.comparingDouble(depth)).orElseThrow();
        double left = Double.POSITIVE_INFINITY, right = Double.NEGATIVE_INFINITY, bottom = Double.POSITIVE_INFINITY, top = Double.NEGATIVE_INFINITY;
        for (Segment s : segments) {
            left = Math.min(left, Math.min(s.x1(), s.x2()));
            right = Math.max(right, Math.max(s.x1(), s.x2()));
            bottom = Math.min(bottom, Math.min(s.y1(), s.y2()));
            top = Math.max(top, Math.max(s.y1(), s.y2()));
        }
        // Of the segments at the level's rightmost reach (within a tenth of its width), the one
        // nearest its vertical middle: a closed curve gets its label at its right side, an open
        // one at its right end, away from the middle of the plot where arrows usually are.
        Segment best = segments.get(0);
        double bestScore = Double.POSITIVE_INFINITY, middle = (bottom + top) / 2, reach = right - 0.1 * (right - left);
        for (Segment s : segments) {
            double x = (s.x1() + s.x2()) / 2, y = (s.y1() + s.y2()) / 2;
            if (x < reach) continue;
            double score = Math.abs(y - middle);
            if (score < bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best;
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
     * matplotlib picks them (MaxNLocator with count + 1 bins, levels on the extremes dropped):
     * levels=3 over 0 to 8 gives 2, 4, 6.
     */
    public static double[] niceLevels(double low, double high, int count) {
        if (!(high > low)) return new double[] {low};
        // Strictly inside, by more than rounding: a minimum of -2e-16 (floating-point noise around
        // 0) must not make 0 a level, whose "line" would be a row of isolated points.
        double margin = 1e-9 * (high - low);
        double[] levels = java.util.Arrays.stream(RoundNumbers.steps(low, high, count + 1))
                .filter(level -> level > low + margin && level < high - margin).toArray();
        return levels.length == 0 ? new double[] {(low + high) / 2} : levels;
    }
}
