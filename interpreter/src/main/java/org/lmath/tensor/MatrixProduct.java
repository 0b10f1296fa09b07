package org.lmath.tensor;

import java.util.Arrays;

import org.lmath.error.LMathError;

/**
 * The @ operator with NumPy's matmul rules: 1-D @ 1-D is a dot product, a 1-D operand is a row
 * (on the left) or a column (on the right) that disappears from the result, and n-D operands are
 * stacks of matrices whose leading (batch) axes broadcast. Small products are computed here in
 * Java, middle-sized ones in {@link BlockedProduct} (the same sums, faster), and products of
 * real size go to OpenBLAS through {@link NativeKernels}.
 */
final class MatrixProduct {

    /** A product's elements (row-major) and shape. */
    record Result(double[] data, int[] shape) {}

    private MatrixProduct() {}

    private static final int[] NO_AXES = new int[0];

    /** The starts of a product without batch axes (one matrix, at 0); never written. */
    private static final int[] ONE_MATRIX = {0};

    /** The batch axes of an operand: all but its last two (none for a vector or a matrix, the usual case). */
    private static int[] batchAxes(int[] shape) {
        return shape.length <= 2 ? NO_AXES : Arrays.copyOf(shape, shape.length - 2);
    }

    /** left @ right; rightIsLeftTransposed says that right is known to be left's transpose (both matrices). */
    static Result matmul(double[] left, int[] leftShape, double[] right, int[] rightShape, boolean rightIsLeftTransposed) {
        if (leftShape.length == 0 || rightShape.length == 0) {
            throw new LMathError("matmul: both operands need at least one dimension, got shapes "
                    + Shapes.describe(leftShape) + " and " + Shapes.describe(rightShape) + " (use * to scale)");
        }
        int inner = leftShape[leftShape.length - 1];
        int rightInner = rightShape.length == 1 ? rightShape[0] : rightShape[rightShape.length - 2];
        if (inner != rightInner) {
            throw new LMathError("matmul: shapes " + Shapes.describe(leftShape) + " and " + Shapes.describe(rightShape)
                    + " do not line up: " + inner + " != " + rightInner);
        }
        // A vector on the left is one row; on the right, one column.
        int rows = leftShape.length == 1 ? 1 : leftShape[leftShape.length - 2];
        int columns = rightShape.length == 1 ? 1 : rightShape[rightShape.length - 1];
        if (leftShape.length <= 2 && rightShape.length <= 2) {
            // No batch axes (B3's and B8's products): one product, and the shape without the vectors' axes.
            double[] result = new double[rows * columns];
            product(left, 0, right, 0, result, 0, rows, inner, columns, rightIsLeftTransposed);
            int[] shape = leftShape.length == 2 && rightShape.length == 2 ? new int[] {rows, columns}
                    : leftShape.length == 2 ? new int[] {rows} : rightShape.length == 2 ? new int[] {columns} : new int[0];
            return new Result(result, shape);
        }
        int[] resultShape = resultShape(leftShape, rightShape);
        int[] leftBatch = batchAxes(leftShape);
        int[] rightBatch = batchAxes(rightShape);
        int batchRank = resultShape.length - (leftShape.length > 1 ? 1 : 0) - (rightShape.length > 1 ? 1 : 0);
        int[] batch = batchRank == 0 ? NO_AXES : Arrays.copyOf(resultShape, batchRank);
        int count = Shapes.size(batch);
        double[] result = new double[count * rows * columns];
        int[] leftStarts = batchStarts(leftBatch, batch, rows * inner);
        int[] rightStarts = batchStarts(rightBatch, batch, inner * columns);
        for (int n = 0; n < count; n++) {
            product(left, leftStarts[n], right, rightStarts[n], result, n * rows * columns, rows, inner, columns,
                    rightIsLeftTransposed);
        }
        return new Result(result, resultShape);
    }

    /** One matrix of each operand: OpenBLAS for products of real size, else a Java kernel. */
    private static void product(double[] a, int aStart, double[] b, int bStart, double[] c, int cStart,
                                int rows, int inner, int columns, boolean rightIsLeftTransposed) {
        long work = (long) rows * inner * columns;
        if (work >= NativeKernels.MIN_PRODUCT_WORK) {
            NativeKernels.matrixProduct(a, aStart, b, bStart, c, cStart, rows, inner, columns, rightIsLeftTransposed);
        } else if (work >= BlockedProduct.MIN_WORK) {
            BlockedProduct.multiply(a, aStart, b, bStart, c, cStart, rows, inner, columns);
        } else {
            multiply(a, aStart, b, bStart, c, cStart, rows, inner, columns);
        }
    }

    /** c = a @ b for one matrix of each stack, each sum starting at +0 and adding in order of k. */
    private static void multiply(double[] a, int aStart, double[] b, int bStart, double[] c, int cStart,
                                 int rows, int inner, int columns) {
        for (int i = 0; i < rows; i++) {
            int row = cStart + i * columns;
            for (int k = 0; k < inner; k++) {
                double aik = a[aStart + i * inner + k];
                int bRow = bStart + k * columns;
                for (int j = 0; j < columns; j++) c[row + j] += aik * b[bRow + j];
            }
        }
    }

    /**
     * Where each matrix of the broadcast batch starts in an operand whose own batch axes are
     * operandBatch (fewer axes, or size 1, repeat its matrices); matrixSize elements per matrix.
     */
    private static int[] batchStarts(int[] operandBatch, int[] batch, int matrixSize) {
        if (batch.length == 0) return ONE_MATRIX;
        int count = Shapes.size(batch);
        int[] starts = new int[count];
        int[] padded = new int[batch.length];
        Arrays.fill(padded, 1);
        System.arraycopy(operandBatch, 0, padded, batch.length - operandBatch.length, operandBatch.length);
        int[] strides = Shapes.strides(padded);
        int[] index = new int[batch.length];
        for (int n = 0; n < count; n++) {
            int start = 0;
            for (int axis = 0; axis < batch.length; axis++) {
                if (padded[axis] != 1) start += index[axis] * strides[axis];
            }
            starts[n] = start * matrixSize;
            for (int axis = batch.length - 1; axis >= 0; axis--) {
                if (++index[axis] < batch[axis]) break;
                index[axis] = 0;
            }
        }
        return starts;
    }

    /**
     * NumPy's result shape: the broadcast batch axes, then rows and columns, without the axis of
     * an operand that was a vector. Checks that the batch axes broadcast, naming both shapes.
     */
    private static int[] resultShape(int[] leftShape, int[] rightShape) {
        int[] leftBatch = batchAxes(leftShape);
        int[] rightBatch = batchAxes(rightShape);
        int[] batch;
        try {
            batch = leftBatch.length == 0 && rightBatch.length == 0 ? NO_AXES : Shapes.broadcast(leftBatch, rightBatch, "matmul");
        } catch (LMathError error) {
            throw new LMathError("matmul: shapes " + Shapes.describe(leftShape) + " and " + Shapes.describe(rightShape)
                    + " do not line up: their batch axes " + Shapes.describe(leftBatch) + " and "
                    + Shapes.describe(rightBatch) + " cannot be broadcast together");
        }
        int[] result = Arrays.copyOf(batch, batch.length + (leftShape.length > 1 ? 1 : 0) + (rightShape.length > 1 ? 1 : 0));
        int next = batch.length;
        if (leftShape.length > 1) result[next++] = leftShape[leftShape.length - 2];
        if (rightShape.length > 1) result[next] = rightShape[rightShape.length - 1];
        return result;
    }
}
