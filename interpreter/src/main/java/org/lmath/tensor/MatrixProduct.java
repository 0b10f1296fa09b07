package org.lmath.tensor;

import java.util.Arrays;

import org.lmath.error.LMathError;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The @ operator with NumPy's matmul rules: 1-D @ 1-D is a dot product, a 1-D operand is a row
 * (on the left) or a column (on the right) that disappears from the result, and n-D operands are
 * stacks of matrices whose leading (batch) axes broadcast. ND4J's mmul covers only the 2-D case.
 */
final class MatrixProduct {

    private MatrixProduct() {}

    static INDArray matmul(INDArray left, int[] leftShape, INDArray right, int[] rightShape) {
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
        if (leftShape.length == 1 && rightShape.length == 1) {
            // 0.0 + ...: a sum that starts at +0, as NumPy's does (see below).
            return Nd4j.scalar(inner == 0 ? 0.0 : 0.0 + left.mul(right).sumNumber().doubleValue());
        }
        int[] resultShape = resultShape(leftShape, rightShape);
        if (Shapes.size(leftShape) == 0 || Shapes.size(rightShape) == 0) {
            // ND4J's mmul refuses empty arrays; NumPy gives zeros (a sum of nothing) or an empty result.
            return Nd4j.zeros(DataType.DOUBLE, Shapes.toLong(resultShape));
        }
        INDArray a = leftShape.length == 1 ? left.reshape('c', 1, inner) : left;
        INDArray b = rightShape.length == 1 ? right.reshape('c', inner, 1) : right;
        INDArray product = a.rank() == 2 && b.rank() == 2 ? a.mmul(b) : batched(a, b);
        return dropVectorAxes(withoutNegativeZeros(product), leftShape.length == 1, rightShape.length == 1);
    }

    /**
     * NumPy adds the products to an accumulator that starts at +0, so a sum of products that are
     * all -0.0 is +0.0 ([-1] @ [[0, 1.5]] is [0. 1.5]); ND4J keeps -0.0. Adding +0.0 changes only
     * the sign of such zeros; it is done only when there is one, as an ND4J call costs more than
     * a look at a small product.
     */
    private static INDArray withoutNegativeZeros(INDArray product) {
        for (double value : product.data().asDouble()) {
            if (value == 0 && Double.doubleToRawLongBits(value) != 0) return product.addi(0.0);
        }
        return product;
    }

    /**
     * NumPy's result shape: the broadcast batch axes, then rows and columns, without the axis of
     * an operand that was a vector. Checks that the batch axes broadcast, naming both shapes.
     */
    private static int[] resultShape(int[] leftShape, int[] rightShape) {
        int[] leftBatch = Arrays.copyOf(leftShape, Math.max(0, leftShape.length - 2));
        int[] rightBatch = Arrays.copyOf(rightShape, Math.max(0, rightShape.length - 2));
        int[] batch;
        try {
            batch = Shapes.broadcast(leftBatch, rightBatch, "matmul");
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

    /** Stacks of matrices: broadcast the batch axes, multiply matrix by matrix. */
    private static INDArray batched(INDArray a, INDArray b) {
        int[] aShape = Shapes.toInt(a.shape());
        int[] bShape = Shapes.toInt(b.shape());
        int[] aBatch = Arrays.copyOf(aShape, aShape.length - 2);
        int[] bBatch = Arrays.copyOf(bShape, bShape.length - 2);
        int[] batch = Shapes.broadcast(aBatch, bBatch, "matmul (batch axes)");
        int rows = aShape[aShape.length - 2], inner = aShape[aShape.length - 1], columns = bShape[bShape.length - 1];
        int count = Shapes.size(batch);
        INDArray aStack = stretch(a, batch, rows, inner).reshape('c', count, rows, inner);
        INDArray bStack = stretch(b, batch, inner, columns).reshape('c', count, inner, columns);
        INDArray result = Nd4j.create(DataType.DOUBLE, count, rows, columns);
        for (int i = 0; i < count; i++) {
            INDArray product = aStack.get(NDArrayIndex.point(i), NDArrayIndex.all(), NDArrayIndex.all())
                    .mmul(bStack.get(NDArrayIndex.point(i), NDArrayIndex.all(), NDArrayIndex.all()));
            result.get(NDArrayIndex.point(i), NDArrayIndex.all(), NDArrayIndex.all()).assign(product);
        }
        int[] resultShape = Arrays.copyOf(batch, batch.length + 2);
        resultShape[batch.length] = rows;
        resultShape[batch.length + 1] = columns;
        return result.reshape('c', Shapes.toLong(resultShape));
    }

    private static INDArray stretch(INDArray stack, int[] batch, int rows, int columns) {
        int[] target = Arrays.copyOf(batch, batch.length + 2);
        target[batch.length] = rows;
        target[batch.length + 1] = columns;
        int[] padded = new int[target.length];
        Arrays.fill(padded, 1);
        int[] own = Shapes.toInt(stack.shape());
        System.arraycopy(own, 0, padded, target.length - own.length, own.length);
        return stack.reshape('c', Shapes.toLong(padded)).broadcast(Shapes.toLong(target)).dup('c');
    }

    private static INDArray dropVectorAxes(INDArray product, boolean leftWasVector, boolean rightWasVector) {
        long[] shape = product.shape();
        int drop = (leftWasVector ? 1 : 0) + (rightWasVector ? 1 : 0);
        if (drop == 0) return product;
        long[] result = new long[shape.length - drop];
        int n = 0;
        for (int i = 0; i < shape.length; i++) {
            boolean isLeftRow = leftWasVector && i == shape.length - 2;
            boolean isRightColumn = rightWasVector && i == shape.length - 1;
            if (!isLeftRow && !isRightColumn) result[n++] = shape[i];
        }
        return product.reshape('c', result).dup('c');
    }
}
