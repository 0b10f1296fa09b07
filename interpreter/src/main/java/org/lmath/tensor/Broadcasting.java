package org.lmath.tensor;

import java.util.Arrays;

/**
 * Elementwise work between tensors of different shapes, done in plain Java over row-major data:
 * ND4J's own broadcast (reshape, broadcast, copy) costs hundreds of microseconds on tiny tensors,
 * while this loop costs about one nanosecond an element.
 */
final class Broadcasting {

    private Broadcasting() {}

    /**
     * a op b for every element of the broadcast result shape. The last axis is done as one run
     * (two arrays, an array and a repeated element, or one value), the axes before it by an
     * odometer: adding a bias row to every row of a matrix runs the loops of {@link ElementwiseLoops}.
     */
    static double[] combine(Elementwise operation, double[] a, int[] aShape, double[] b, int[] bShape, int[] resultShape) {
        double[] result = new double[Shapes.size(resultShape)];
        if (result.length == 0) return result;
        int rank = resultShape.length;
        if (rank == 0) {
            result[0] = operation.apply(a[0], b[0]);
            return result;
        }
        int[] aSteps = steps(aShape, resultShape);
        int[] bSteps = steps(bShape, resultShape);
        int run = resultShape[rank - 1];
        int aRun = aSteps[rank - 1], bRun = bSteps[rank - 1];
        int[] counter = new int[rank];
        int aOffset = 0, bOffset = 0;
        for (int n = 0; n < result.length; n += run) {
            if (aRun == 1 && bRun == 1) ElementwiseLoops.arrays(operation, a, aOffset, b, bOffset, result, n, run);
            else if (aRun == 1) ElementwiseLoops.arrayScalar(operation, a, aOffset, b[bOffset], result, n, run);
            else if (bRun == 1) ElementwiseLoops.scalarArray(operation, a[aOffset], b, bOffset, result, n, run);
            else Arrays.fill(result, n, n + run, operation.apply(a[aOffset], b[bOffset]));
            for (int d = rank - 2; d >= 0; d--) {
                counter[d]++;
                aOffset += aSteps[d];
                bOffset += bSteps[d];
                if (counter[d] < resultShape[d]) break;
                aOffset -= aSteps[d] * counter[d];
                bOffset -= bSteps[d] * counter[d];
                counter[d] = 0;
            }
        }
        return result;
    }

    /** The data of a tensor stretched to a broadcast-compatible shape. */
    static double[] stretch(double[] data, int[] shape, int[] resultShape) {
        double[] result = new double[Shapes.size(resultShape)];
        if (result.length == 0) return result;
        if (data.length == 1) {  // a number's gradient spread over a tensor, the common case
            Arrays.fill(result, data[0]);
            return result;
        }
        int[] steps = steps(shape, resultShape);
        int rank = resultShape.length;
        int[] counter = new int[rank];
        int offset = 0;
        for (int n = 0; n < result.length; n++) {
            result[n] = data[offset];
            for (int d = rank - 1; d >= 0; d--) {
                counter[d]++;
                offset += steps[d];
                if (counter[d] < resultShape[d]) break;
                offset -= steps[d] * counter[d];
                counter[d] = 0;
            }
        }
        return result;
    }

    /** Per result axis, how far to move in the operand's data: 0 along an axis it is stretched over. */
    private static int[] steps(int[] shape, int[] resultShape) {
        int[] steps = new int[resultShape.length];
        int[] strides = Shapes.strides(shape);
        int offset = resultShape.length - shape.length;
        for (int d = 0; d < shape.length; d++) {
            steps[d + offset] = shape[d] == 1 ? 0 : strides[d];
        }
        return steps;
    }
}
