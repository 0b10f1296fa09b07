package org.lmath.tensor;

/**
 * sum, mean, max and min over axes, in Java on the row-major data: no ND4J call (which costs more
 * than the work on small tensors) and NumPy's results to the last bit.
 *
 * <p>Sums follow NumPy's order of additions (a different order changes the last digits that print
 * shows: 1.7100000000000004 for 1.71). NumPy reduces a row-major array with its inner loop on the
 * last axes: when they are all reduced, each block of them is added by {@code pairwise_sum}
 * ({@code numpy/_core/src/umath/loops_utils.h.src}) and the blocks are added into the result one
 * after another; when the last axis is kept, every element is added into its result element in
 * row-major order. Axes of size 1 do not count, as NumPy's iterator drops them. Checked against
 * NumPy on random shapes and axes. max and min propagate nan, as NumPy's do (ND4J's skip it).
 */
final class AxisReduction {

    /** NumPy's PW_BLOCKSIZE: blocks up to this size are added with eight running sums. */
    private static final int BLOCK = 128;
    /** The number of running sums (NumPy unrolls its loop eight times). */
    private static final int UNROLL = 8;

    private AxisReduction() {}

    /**
     * The sums over the given axes (sorted, non-negative, distinct) of row-major data of the
     * given shape, in row-major order of the result with the reduced axes kept as size 1.
     */
    static double[] sum(double[] data, int[] shape, int[] axes) {
        boolean[] reduced = new boolean[shape.length];
        for (int axis : axes) reduced[axis] = true;
        int[] resultShape = shape.clone();
        for (int axis : axes) resultShape[axis] = 1;
        double[] result = new double[Shapes.size(resultShape)];
        int firstOfBlock = firstOfTrailingReducedAxes(shape, reduced);
        if (firstOfBlock >= 0) {
            addBlocks(data, shape, reduced, resultShape, firstOfBlock, result);
        } else {
            addElements(data, shape, reduced, resultShape, result);
        }
        return result;
    }

    /** The largest (or, when largest is false, the smallest) element over the given axes; nan wins. */
    static double[] extreme(double[] data, int[] shape, int[] axes, boolean largest) {
        boolean[] reduced = new boolean[shape.length];
        for (int axis : axes) reduced[axis] = true;
        int[] resultShape = shape.clone();
        for (int axis : axes) resultShape[axis] = 1;
        double[] result = new double[Shapes.size(resultShape)];
        java.util.Arrays.fill(result, largest ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        int last = shape.length - 1;
        int step = last < 0 || reduced[last] ? 0 : 1;
        forEachBlock(shape, reduced, resultShape, Math.max(0, last), (start, length, target) -> {
            for (int i = 0; i < length; i++) {
                int at = target + i * step;
                double value = data[start + i];
                // The first of equal values stays (NumPy's max of [-0.0, 0.0] is -0.0); nan stays once seen.
                boolean replaces = largest ? value > result[at] : value < result[at];
                if (!Double.isNaN(result[at]) && (replaces || Double.isNaN(value))) result[at] = value;
            }
        });
        return result;
    }

    /** The first axis of the run of reduced axes at the end (ignoring size-1 axes), or -1. */
    private static int firstOfTrailingReducedAxes(int[] shape, boolean[] reduced) {
        int first = -1;
        for (int axis = shape.length - 1; axis >= 0; axis--) {
            if (shape[axis] == 1) continue;
            if (!reduced[axis]) break;
            first = axis;
        }
        return first;
    }

    /** Each block of the trailing axes is summed pairwise and added into its result element. */
    private static void addBlocks(double[] data, int[] shape, boolean[] reduced, int[] resultShape, int first, double[] result) {
        forEachBlock(shape, reduced, resultShape, first, (start, length, target) -> result[target] += pairwise(data, start, length));
    }

    /**
     * The last axis is kept (or has size 1): each element is added into its result element, in
     * row-major order, a row of the last axis at a time.
     */
    private static void addElements(double[] data, int[] shape, boolean[] reduced, int[] resultShape, double[] result) {
        int last = shape.length - 1;
        int step = last < 0 || reduced[last] ? 0 : 1;
        forEachBlock(shape, reduced, resultShape, Math.max(0, last), (start, length, target) -> {
            for (int i = 0; i < length; i++) result[target + i * step] += data[start + i];
        });
    }

    private interface BlockAction {
        void apply(int start, int length, int target);
    }

    /**
     * Calls action for each block of the data made of the axes from first on, in order: where the
     * block starts, its length, and the result element the block's first element reduces into.
     */
    private static void forEachBlock(int[] shape, boolean[] reduced, int[] resultShape, int first, BlockAction action) {
        int block = 1;
        for (int axis = first; axis < shape.length; axis++) block *= shape[axis];
        int total = Shapes.size(shape);
        int[] resultStrides = Shapes.strides(resultShape);
        int[] counter = new int[first];
        int target = 0;
        for (int start = 0; start < total; start += block) {
            action.apply(start, block, target);
            // Advance the counter over the axes before the block, moving target along the kept ones.
            for (int axis = first - 1; axis >= 0; axis--) {
                int step = reduced[axis] ? 0 : resultStrides[axis];
                if (++counter[axis] < shape[axis]) {
                    target += step;
                    break;
                }
                target -= step * (counter[axis] - 1);
                counter[axis] = 0;
            }
        }
    }

    /** NumPy's pairwise_sum of data[start, start + count). */
    static double pairwise(double[] data, int start, int count) {
        if (count < UNROLL) {
            double sum = 0.0;
            for (int i = start; i < start + count; i++) sum += data[i];
            return sum;
        }
        if (count <= BLOCK) return block(data, start, count);
        int half = count / 2;
        half -= half % UNROLL;
        return pairwise(data, start, half) + pairwise(data, start + half, count - half);
    }

    /**
     * A block of 8 to 128 elements: eight running sums, each over every eighth element, then
     * combined pairwise and the rest added. The sums are locals, not an array, so that the loop
     * is cheap also before the JIT has compiled it (a million-element sum is mostly run once).
     */
    private static double block(double[] data, int start, int count) {
        double s0 = data[start], s1 = data[start + 1], s2 = data[start + 2], s3 = data[start + 3];
        double s4 = data[start + 4], s5 = data[start + 5], s6 = data[start + 6], s7 = data[start + 7];
        int end = start + count - count % UNROLL;
        int i = start + UNROLL;
        for (; i < end; i += UNROLL) {
            s0 += data[i];
            s1 += data[i + 1];
            s2 += data[i + 2];
            s3 += data[i + 3];
            s4 += data[i + 4];
            s5 += data[i + 5];
            s6 += data[i + 6];
            s7 += data[i + 7];
        }
        double sum = ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
        for (; i < start + count; i++) sum += data[i];
        return sum;
    }
}
