package org.lmath.tensor;

import java.util.Arrays;
import org.lmath.sandbox.Interruption;

/**
 * Sorting along one axis, as NumPy's sort and argsort with kind='stable': equal values keep their
 * order (so -0.0 and 0.0 stay as they were), and nan sorts after everything, +inf included.
 * The order is also the one gather and scatter use, so that sort can be differentiated: sort is
 * a gather by argsort, and its gradient a scatter back by the same indices.
 */
public final class Sorting {

    private Sorting() {}

    /** The positions along axis that put each line of x in ascending order, as a tensor of x's shape. */
    public static Tensor argsort(Tensor x, int axis) {
        int[] shape = x.shape();
        Line line = new Line(shape, Shapes.axis(axis, shape.length));
        double[] data = x.toArray();
        double[] result = new double[data.length];
        Integer[] order = new Integer[line.length];
        for (int o = 0; o < line.outer; o++) {
            for (int i = 0; i < line.inner; i++) {
                Interruption.check();  // between lines: one sort of a line is not stopped midway
                int start = o * line.length * line.inner + i;
                for (int k = 0; k < line.length; k++) order[k] = k;
                // Arrays.sort on objects is a merge sort: stable, as NumPy's kind='stable'.
                Arrays.sort(order, (a, b) -> compare(data[start + a * line.inner], data[start + b * line.inner]));
                for (int k = 0; k < line.length; k++) result[start + k * line.inner] = order[k];
            }
        }
        return Tensor.of(result, shape);
    }

    /** NumPy's ordering for sort: nan last, and -0.0 equal to 0.0. */
    private static int compare(double a, double b) {
        boolean aNan = Double.isNaN(a), bNan = Double.isNaN(b);
        if (aNan || bNan) return aNan == bNan ? 0 : aNan ? 1 : -1;
        return a < b ? -1 : a > b ? 1 : 0;
    }

    /** result[.., k, ..] = x[.., positions[.., k, ..], ..] along axis (NumPy's take_along_axis). */
    public static Tensor gather(Tensor x, Tensor positions, int axis) {
        return move(x, positions, axis, false);
    }

    /** result[.., positions[.., k, ..], ..] = x[.., k, ..] along axis: the inverse of gather by a permutation. */
    public static Tensor scatter(Tensor x, Tensor positions, int axis) {
        return move(x, positions, axis, true);
    }

    private static Tensor move(Tensor x, Tensor positions, int axis, boolean scatter) {
        int[] shape = x.shape();
        Line line = new Line(shape, Shapes.axis(axis, shape.length));
        double[] data = x.toArray();
        double[] index = positions.toArray();
        double[] result = new double[data.length];
        for (int o = 0; o < line.outer; o++) {
            for (int i = 0; i < line.inner; i++) {
                int start = o * line.length * line.inner + i;
                for (int k = 0; k < line.length; k++) {
                    int here = start + k * line.inner;
                    int there = start + (int) index[here] * line.inner;
                    if (scatter) result[there] = data[here];
                    else result[here] = data[there];
                }
            }
        }
        return Tensor.of(result, shape);
    }

    /** The lines along one axis of a shape: outer * inner lines of length elements, inner apart. */
    private static final class Line {
        final int length;
        final int inner;
        final int outer;

        Line(int[] shape, int axis) {
            length = shape[axis];
            int innerSize = 1;
            for (int d = axis + 1; d < shape.length; d++) innerSize *= shape[d];
            inner = innerSize;
            outer = length * inner == 0 ? 0 : Shapes.size(shape) / (length * inner);
        }
    }
}
