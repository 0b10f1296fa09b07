package org.lmath.tensor;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The work lmath gives to native code. Matrix products of real size go to OpenBLAS through
 * {@link OpenBlas}, which loads only OpenBLAS's library on the first such product. The C
 * library's log, for the callers that must match NumPy to the last bit (the normal random
 * numbers), goes through ND4J, which starts (most of a second here) on its first use. Everything
 * else lmath computes in Java arrays.
 */
final class NativeKernels {

    /**
     * Matrix products with at least this many multiply-adds go to BLAS (256 x 256 x 256): below,
     * the Java kernel's few milliseconds cost less than loading OpenBLAS and its thread hand-offs.
     */
    static final long MIN_PRODUCT_WORK = 256L * 256 * 256;

    private NativeKernels() {}

    /** The natural log of every element, with the C library's log (through ND4J). */
    static double[] logarithms(double[] data) {
        Backend.ensureStarted();
        INDArray array = Nd4j.createFromArray(data);
        return Transforms.log(array, false).toDoubleVector();
    }

    /**
     * c[cStart...] = a @ b for one (rows x inner) and one (inner x columns) matrix, row-major;
     * bIsATransposed when b is known to be a's transpose (otherwise OpenBlas compares them).
     */
    static void matrixProduct(double[] a, int aStart, double[] b, int bStart, double[] c, int cStart,
                              int rows, int inner, int columns, boolean bIsATransposed) {
        OpenBlas.multiply(a, aStart, b, bStart, c, cStart, rows, inner, columns, bIsATransposed);
    }
}
