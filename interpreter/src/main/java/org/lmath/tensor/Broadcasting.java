package org.lmath.tensor;

/**
 * Elementwise work between tensors of different shapes, done in plain Java over row-major data:
 * ND4J's own broadcast (reshape, broadcast, copy) costs hundreds of microseconds on tiny tensors,
 * while this loop costs about one nanosecond an element.
 */
final class Broadcasting {

    private Broadcasting() {}

    /** a op b for every element of the broadcast result shape. */
    static double[] combine(Elementwise operation, double[] a, int[] aShape, double[] b, int[] bShape, int[] resultShape) {
        double[] result = new double[Shapes.size(resultShape)];
        if (result.length == 0) return result;
        int[] aSteps = steps(aShape, resultShape);
        int[] bSteps = steps(bShape, resultShape);
        int rank = resultShape.length;
        int[] counter = new int[rank];
        int aOffset = 0, bOffset = 0;
        for (int n = 0; n < result.length; n++) {
            result[n] = operation.apply(a[aOffset], b[bOffset]);
            for (int d = rank - 1; d >= 0; d--) {
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
