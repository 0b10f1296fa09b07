package org.lmath.tensor;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.openblas.global.openblas;

/**
 * The LAPACK routines numpy.linalg calls, from the OpenBLAS lmath ships (0.3.31, the version of
 * NumPy's scipy-openblas here), through its bytedeco LAPACKE bindings. NumPy copies each matrix
 * into column-major (Fortran) order and calls the routine with the workspace the routine asks
 * for; so does this class (LAPACKE asks for the workspace), so the same routine on the same
 * numbers gives NumPy's values, order and signs.
 * <p>
 * Each method takes and returns column-major arrays, which it overwrites as LAPACK does, and
 * returns LAPACK's info (0: done; above 0: singular, not converged or not positive definite, as
 * each routine documents). The bindings' library (24 MB beside OpenBLAS's own) loads on the first
 * call, so a script without linear algebra never loads it. One call at a time: LAPACKE keeps no
 * state, but OpenBLAS's threads are shared with the products in {@link OpenBlas}.
 */
final class Lapack {

    static {
        // OpenBLAS with LAPACK loads through JavaCPP, inside NativeStart's lock (NativeStart says why).
        NativeStart.throughJavaCpp(() -> Loader.load(openblas.class));
    }

    private static final int COLUMN_MAJOR = openblas.LAPACK_COL_MAJOR;

    static {
        // NumPy calls LAPACK itself, which takes NaN and lets it through; LAPACKE would refuse it.
        openblas.LAPACKE_set_nancheck(0);
    }

    private Lapack() {}

    /** a's LU factors in place (dgetrf); returns the 1-based pivots, or null when a is singular (info above 0). */
    static synchronized int[] luFactor(double[] a, int n) {
        int[] pivots = new int[n];
        int info = openblas.LAPACKE_dgetrf(COLUMN_MAJOR, n, n, a, n, pivots);
        checked(info, "dgetrf");
        return info > 0 ? null : pivots;
    }

    /** b (n by columns) overwritten by solve(a, b) (dgesv, a's LU in place); false when a is singular. */
    static synchronized boolean solve(double[] a, int n, double[] b, int columns) {
        int info = openblas.LAPACKE_dgesv(COLUMN_MAJOR, n, columns, a, n, new int[n], b, n);
        return checked(info, "dgesv") == 0;
    }

    /**
     * eig by dgeev with right vectors only (NumPy's jobvl 'N', jobvr 'V'): fills real and
     * imaginary parts of the eigenvalues and the vectors' columns (a complex pair as two columns,
     * real and imaginary parts); false when the QR iteration did not converge.
     */
    static synchronized boolean eigGeneral(double[] a, int n, double[] real, double[] imaginary, double[] vectors) {
        int info = openblas.LAPACKE_dgeev(COLUMN_MAJOR, (byte) 'N', (byte) 'V', n, a, n, real, imaginary, new double[1], 1, vectors, n);
        return checked(info, "dgeev") == 0;
    }

    /** eigh by dsyevd from the lower triangle (NumPy's UPLO='L'): values ascending, a overwritten by the vectors. */
    static synchronized boolean eigSymmetric(double[] a, int n, double[] values) {
        int info = openblas.LAPACKE_dsyevd(COLUMN_MAJOR, (byte) 'V', (byte) 'L', n, a, n, values);
        return checked(info, "dsyevd") == 0;
    }

    /**
     * svd by dgesdd of the (m by n) a: job 'A' (full U and Vt), 'S' (reduced) or 'N' (values
     * only, as NumPy's compute_uv=False); u and vt may be null for 'N'. False when it did not converge.
     */
    static synchronized boolean svd(double[] a, int m, int n, char job, double[] values, double[] u, double[] vt) {
        int vtRows = job == 'A' ? n : Math.min(m, n);
        int info = openblas.LAPACKE_dgesdd(COLUMN_MAJOR, (byte) job, m, n, a, Math.max(1, m), values,
                u == null ? new double[1] : u, Math.max(1, m), vt == null ? new double[1] : vt, Math.max(1, vtRows));
        return checked(info, "dgesdd") == 0;
    }

    /** The lower Cholesky factor in a's lower triangle (dpotrf 'L'); false when a is not positive definite. */
    static synchronized boolean cholesky(double[] a, int n) {
        return checked(openblas.LAPACKE_dpotrf(COLUMN_MAJOR, (byte) 'L', n, a, n), "dpotrf") == 0;
    }

    /**
     * Householder QR of the (m by n) a in place (dgeqrf): R in its upper triangle, the reflectors
     * below, their scales returned (min(m, n) of them).
     */
    static synchronized double[] qrFactor(double[] a, int m, int n) {
        double[] scales = new double[Math.min(m, n)];
        checked(openblas.LAPACKE_dgeqrf(COLUMN_MAJOR, m, n, a, Math.max(1, m), scales), "dgeqrf");
        return scales;
    }

    /** The first columns of Q (m by columns) from qrFactor's reflectors, in place of a's first columns (dorgqr). */
    static synchronized void qrOrthogonal(double[] a, int m, int columns, double[] scales) {
        checked(openblas.LAPACKE_dorgqr(COLUMN_MAJOR, m, columns, scales.length, a, Math.max(1, m), scales), "dorgqr");
    }

    /**
     * Least squares by dgelsd (NumPy's lstsq): b (rows max(m, n), columns) overwritten with x in its
     * first n rows (and, when m > n, the residual's parts below), the singular values of a in
     * values; returns the effective rank, or -1 when it did not converge.
     */
    static synchronized int leastSquares(double[] a, int m, int n, double[] b, int rowsOfB, int columns, double rcond, double[] values) {
        int[] rank = new int[1];
        int info = openblas.LAPACKE_dgelsd(COLUMN_MAJOR, m, n, columns, a, Math.max(1, m), b, Math.max(1, rowsOfB), values, rcond, rank);
        return checked(info, "dgelsd") == 0 ? rank[0] : -1;
    }

    /** A negative info is a wrong argument in this class (an lmath bug), never the user's. */
    private static int checked(int info, String routine) {
        if (info < 0) throw new IllegalStateException(routine + " rejected its argument " + (-info));
        return info;
    }

    /** The (rows by columns) row-major matrix at start, in column-major order. */
    static double[] columnMajor(double[] rowMajor, int start, int rows, int columns) {
        double[] result = new double[rows * columns];
        for (int i = 0; i < rows; i++) for (int j = 0; j < columns; j++) result[j * rows + i] = rowMajor[start + i * columns + j];
        return result;
    }

    static double[] columnMajor(Tensor matrix) {
        int[] shape = matrix.shape();
        return columnMajor(matrix.toArray(), 0, shape[0], shape[1]);
    }

    /** The top-left (rows by columns) of a column-major matrix with leading dimension lead, as a row-major tensor. */
    static Tensor rowMajor(double[] columnMajor, int lead, int rows, int columns) {
        double[] result = new double[rows * columns];
        for (int i = 0; i < rows; i++) for (int j = 0; j < columns; j++) result[i * columns + j] = columnMajor[j * lead + i];
        return Tensor.of(result, new int[] {rows, columns});
    }
}
