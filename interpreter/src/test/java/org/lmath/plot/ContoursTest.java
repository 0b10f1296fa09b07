package org.lmath.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Marching squares against hand-worked cells and a circle; contour levels at round numbers. */
class ContoursTest {

    @Test
    void oneCellOfAPlane() {
        // z = x + y on the unit square: corners 0 (bottom left), 1, 2 (top right), 1.
        double[][] z = {{0, 1}, {1, 2}};
        // Level 0.5 cuts the left edge at y = 0.5 and the bottom edge at x = 0.5.
        assertEquals(List.of(new Contours.Segment(0, 0.5, 0.5, 0)), Contours.segments(new double[] {0, 1}, new double[] {0, 1}, z, 0.5));
        // Level 1.5 cuts the right edge at y = 0.5 and the top edge at x = 0.5.
        assertEquals(List.of(new Contours.Segment(1, 0.5, 0.5, 1)), Contours.segments(new double[] {0, 1}, new double[] {0, 1}, z, 1.5));
        // Outside the range nothing is cut.
        assertTrue(Contours.segments(new double[] {0, 1}, new double[] {0, 1}, z, 3).isEmpty());
    }

    @Test
    void theUnitCircleOfXSquaredPlusYSquared() {
        int n = 81;
        double[] axis = new double[n];
        for (int i = 0; i < n; i++) axis[i] = -2 + 4.0 * i / (n - 1);
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) z[i][j] = axis[j] * axis[j] + axis[i] * axis[i];
        List<Contours.Segment> segments = Contours.segments(axis, axis, z, 1.0);
        assertTrue(segments.size() > 60, "a closed curve of many segments: " + segments.size());
        for (Contours.Segment s : segments) {
            // Interpolating a quadratic linearly over a cell of 0.05 errs by less than 0.01 in radius.
            assertEquals(1, Math.hypot(s.x1(), s.y1()), 0.01);
            assertEquals(1, Math.hypot(s.x2(), s.y2()), 0.01);
        }
    }

    @Test
    void aSaddleCellIsSplitByItsCentre() {
        // Corners 1 (bottom left), 0, 1 (top right), 0: centre 0.5 > 0.4, so the high corners join
        // and the low ones are cut off: segments near bottom right and top left.
        double[][] z = {{1, 0}, {0, 1}};
        List<Contours.Segment> segments = Contours.segments(new double[] {0, 1}, new double[] {0, 1}, z, 0.4);
        assertEquals(2, segments.size());
        assertEquals(new Contours.Segment(0, 0.6, 0.4, 1), segments.get(0));   // cuts off top left (0, 1)
        assertEquals(new Contours.Segment(0.6, 0, 1, 0.4), segments.get(1));   // cuts off bottom right (1, 0)
    }

    @Test
    void levelsAreRoundNumbersInside() {
        assertArrayEquals(new double[] {2, 4, 6, 8}, Contours.niceLevels(0, 10, 5), 1e-12);
        // matplotlib: MaxNLocator(levels + 1) over 0..1 steps by 0.2; the levels on the extremes are dropped.
        assertArrayEquals(new double[] {0.2, 0.4, 0.6, 0.8}, Contours.niceLevels(0, 1, 4), 1e-12);
        // levels=3 over 0..8 (x^2 + y^2 on [-2, 2]^2) is three lines, not one.
        assertArrayEquals(new double[] {2, 4, 6}, Contours.niceLevels(0, 8, 3), 1e-12);
        assertArrayEquals(new double[] {-1, 0, 1}, Contours.niceLevels(-1.5, 1.5, 3), 1e-12);
    }
}
