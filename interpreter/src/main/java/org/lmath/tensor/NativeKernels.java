package org.lmath.tensor;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The work lmath gives to ND4J's native code: matrix products of real size through BLAS, and the
 * C library's math functions where a caller must match NumPy to the last bit. Each call copies
 * the Java array in and the result out, which costs little next to a product of real size.
 * ND4J starts (about a second here) on the first call, so most scripts never pay for it.
 */
final class NativeKernels {

    /** Matrix products with at least this many multiply-adds go to BLAS (256 x 256 x 256): smaller ones
     * take a few milliseconds in Java, less than ND4J's start-up and thread hand-offs cost. */
    static final long MIN_PRODUCT_WORK = 256L * 256 * 256;

    private NativeKernels() {}

    static boolean has(MathFunction function) {
        return switch (function) {
            case EXP, LOG, SQRT, ABS, SIN, COS -> true;
            default -> false;
        };
    }

    static double[] map(MathFunction function, double[] data) {
        Backend.ensureStarted();
        INDArray array = Nd4j.createFromArray(data);
        INDArray result = switch (function) {
            case EXP -> Transforms.exp(array, false);
            case LOG -> Transforms.log(array, false);
            case SQRT -> Transforms.sqrt(array, false);
            case ABS -> Transforms.abs(array, false);
            case SIN -> Transforms.sin(array, false);
            case COS -> Transforms.cos(array, false);
            default -> throw new IllegalArgumentException("no native kernel for " + function);
        };
        return result.toDoubleVector();
    }

    /** The rows x columns product of a (rows x inner) and b (inner x columns), row-major. */
    static double[] matrixProduct(double[] a, double[] b, int rows, int inner, int columns) {
        Backend.ensureStarted();
        INDArray left = Nd4j.create(a, new long[] {rows, inner}, 'c');
        INDArray right = Nd4j.create(b, new long[] {inner, columns}, 'c');
        // BLAS writes column-major. C in row-major order is C^T in column-major order, and
        // C^T = B^T A^T, whose operands are free views: so one product, and one copy out.
        INDArray transposed = Nd4j.create(DataType.DOUBLE, new long[] {columns, rows}, 'f');
        right.transpose().mmuli(left.transpose(), transposed);
        return transposed.data().getDoublesAt(0, rows * columns);
    }
}
