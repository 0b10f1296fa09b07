package org.lmath.tensor;

import java.util.Arrays;

import org.lmath.error.LMathError;
import org.lmath.sandbox.Budget;

/** Shape arithmetic: NumPy's broadcasting rule, sizes, strides and how a shape is written. */
public final class Shapes {

    private Shapes() {}

    /** (3, 4), (3,) and () — the way Python writes a shape tuple. */
    public static String describe(int[] shape) {
        if (shape.length == 1) return "(" + shape[0] + ",)";
        StringBuilder text = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            if (i > 0) text.append(", ");
            text.append(shape[i]);
        }
        return text.append(')').toString();
    }

    public static int size(int[] shape) {
        double size = 1;  // a double: a product of large dimensions overflows a long
        for (int dimension : shape) size *= dimension;
        // The description only when it is needed: building it on every call was a fifth of what
        // B3's tape allocated (a JFR allocation profile).
        if (size > Budget.tensorElements()) Budget.requireTensor(size, "a tensor of shape " + describe(shape));
        if (size > Integer.MAX_VALUE) throw new LMathError("a tensor of shape " + describe(shape) + " is too large");
        return (int) size;
    }

    /** Row-major strides, in elements. */
    public static int[] strides(int[] shape) {
        int[] strides = new int[shape.length];
        int stride = 1;
        for (int i = shape.length - 1; i >= 0; i--) {
            strides[i] = stride;
            stride *= shape[i];
        }
        return strides;
    }

    /**
     * NumPy's rule: align the shapes at their last axes; two sizes fit when they are equal or one
     * of them is 1, and the result takes the other one (so 1 with 0 gives 0). Throws an error naming both shapes and the axis that does not fit.
     */
    public static int[] broadcast(int[] left, int[] right, String operation) {
        int rank = Math.max(left.length, right.length);
        int[] result = new int[rank];
        for (int i = 1; i <= rank; i++) {
            int a = i <= left.length ? left[left.length - i] : 1;
            int b = i <= right.length ? right[right.length - i] : 1;
            if (a != b && a != 1 && b != 1) {
                throw new LMathError(operation + ": shapes " + describe(left) + " and " + describe(right)
                        + " cannot be broadcast together: " + a + " != " + b + " at axis " + (-i)
                        + " (sizes must be equal or 1, counting from the last axis)");
            }
            result[rank - i] = a == 1 ? b : a;  // a size 1 stretches, even to 0
        }
        return result;
    }

    public static long[] toLong(int[] shape) {
        long[] result = new long[shape.length];
        for (int i = 0; i < shape.length; i++) result[i] = shape[i];
        return result;
    }

    public static int[] toInt(long[] shape) {
        int[] result = new int[shape.length];
        for (int i = 0; i < shape.length; i++) result[i] = Math.toIntExact(shape[i]);
        return result;
    }

    /** Normalises an axis that may count from the end (-1 is the last). */
    public static int axis(int axis, int rank) {
        int normal = axis < 0 ? axis + rank : axis;
        if (rank == 0) throw new LMathError("axis " + axis + " is out of range: a number (or 0-dimensional tensor) has no axes");
        if (normal < 0 || normal >= rank) {
            throw new LMathError("axis " + axis + " is out of range for a tensor with " + rank
                    + (rank == 1 ? " dimension" : " dimensions") + " (valid: " + (-rank) + " to " + (rank - 1) + ")");
        }
        return normal;
    }

    public static boolean equal(int[] a, int[] b) {
        return Arrays.equals(a, b);
    }
}
