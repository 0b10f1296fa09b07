package org.lmath.tensor;

import org.lmath.error.LMathError;

/**
 * cholesky, qr and slogdet of one matrix by the LAPACK routines numpy.linalg calls ({@link Lapack}):
 * cholesky is dpotrf on the lower triangle (the upper is never read, as NumPy), qr is dgeqrf then
 * dorgqr for the reduced Q (m, k) and R (k, n) with k = min(m, n), slogdet is dgetrf.
 */
public final class Factorizations {

    private Factorizations() {}

    public static Tensor cholesky(Tensor matrix) {
        int n = LinearAlgebra.order(matrix, "cholesky");
        if (n == 0) return matrix;
        double[] a = Lapack.columnMajor(matrix);
        if (!Lapack.cholesky(a, n)) {
            throw new LMathError("cholesky: the matrix is not positive definite (NumPy: Matrix is not positive definite)");
        }
        for (int j = 1; j < n; j++) for (int i = 0; i < j; i++) a[j * n + i] = 0;  // dpotrf leaves the upper triangle as it was
        return Lapack.rowMajor(a, n, n, n);
    }

    /** (Q, R) reduced, as numpy.linalg.qr's default mode. */
    public static Tensor[] qr(Tensor matrix) {
        int[] shape = matrix.shape();
        if (shape.length != 2) throw new LMathError("qr needs a matrix, got a tensor of shape " + Shapes.describe(shape));
        int m = shape[0], n = shape[1], k = Math.min(m, n);
        if (k == 0) return new Tensor[] {Tensor.of(new double[0], new int[] {m, 0}), Tensor.of(new double[0], new int[] {0, n})};
        double[] a = Lapack.columnMajor(matrix);
        double[] scales = Lapack.qrFactor(a, m, n);
        double[] r = new double[k * n];
        for (int i = 0; i < k; i++) for (int j = i; j < n; j++) r[i * n + j] = a[j * m + i];
        Lapack.qrOrthogonal(a, m, k, scales);
        return new Tensor[] {Lapack.rowMajor(a, m, m, k), Tensor.of(r, new int[] {k, n})};
    }

    /** (sign, log|det|): sign 0 and log|det| -inf for a singular matrix, as NumPy. */
    public static double[] signAndLogDeterminant(Tensor matrix) {
        return LinearAlgebra.signAndLogDeterminant(matrix, "slogdet");
    }
}
