package org.lmath.tensor;

/** Row-major data with its axes reordered (transpose): axis i of the result is axis order[i]. */
final class Permutation {

    private Permutation() {}

    static double[] apply(double[] data, int[] shape, int[] order) {
        int rank = shape.length;
        double[] result = new double[data.length];
        if (data.length == 0) return result;
        if (rank == 2 && order[0] == 1) {  // a matrix's transpose, the usual case: two plain loops
            int rows = shape[0], columns = shape[1];
            for (int j = 0; j < columns; j++) {
                for (int i = 0; i < rows; i++) result[j * rows + i] = data[i * columns + j];
            }
            return result;
        }
        int[] sourceStrides = Shapes.strides(shape);
        int[] resultShape = new int[rank];
        int[] step = new int[rank];  // how far the source moves when result index i grows by one
        for (int i = 0; i < rank; i++) {
            resultShape[i] = shape[order[i]];
            step[i] = sourceStrides[order[i]];
        }
        int[] index = new int[rank];
        int source = 0;
        for (int n = 0; n < result.length; n++) {
            result[n] = data[source];
            // Advance the result's index like an odometer, moving the source position along.
            for (int axis = rank - 1; axis >= 0; axis--) {
                if (++index[axis] < resultShape[axis]) {
                    source += step[axis];
                    break;
                }
                source -= step[axis] * (resultShape[axis] - 1);
                index[axis] = 0;
            }
        }
        return result;
    }
}
