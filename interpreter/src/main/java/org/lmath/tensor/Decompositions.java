package org.lmath.tensor;

import java.util.Arrays;

import org.lmath.error.LMathError;

/**
 * eig, eigh and svd by the LAPACK routines numpy.linalg calls ({@link Lapack}): eig is dgeev,
 * eigh is dsyevd on the lower triangle, svd is dgesdd (and its values-only form for the singular
 * values alone). Values, order and signs are LAPACK's, so they are NumPy's on the same input
 * (docs/linalg-and-stats.md): eigh's values ascending, svd's descending, eig's in the order
 * LAPACK finds them; each vector has length 1 and the sign LAPACK gives it. lmath works with real
 * numbers only, so a matrix with complex eigenvalues is an error (NumPy returns complex arrays).
 */
public final class Decompositions {

    private Decompositions() {}

    /** Relative asymmetry eigh accepts (|A - A^T| <= this * max|A|, element by element). */
    private static final double SYMMETRY_TOLERANCE = 1e-10;

    /** (values, vectors) of a square matrix with real eigenvalues; vectors are the columns. */
    public static Tensor[] eig(Tensor matrix) {
        int n = LinearAlgebra.order(matrix, "eig");
        if (n == 0) return emptyEigen();
        requireFinite(matrix, "eig");
        double[] real = new double[n], imaginary = new double[n], vectors = new double[n * n];
        if (!Lapack.eigGeneral(Lapack.columnMajor(matrix), n, real, imaginary, vectors)) throw notConverged(matrix, "eig");
        for (double v : imaginary) {
            if (v != 0) {
                throw new LMathError("eig: this matrix has complex eigenvalues (" + complexValues(real, imaginary)
                        + "); lmath works with real numbers only. A rotation has no real eigenvectors; "
                        + "for a symmetric matrix use eigh, or look at svd for the stretching it does");
            }
        }
        return new Tensor[] {Tensor.of(real, new int[] {n}), Lapack.rowMajor(vectors, n, n, n)};
    }

    /** (values, vectors) of a symmetric matrix, values ascending as NumPy's eigh. */
    public static Tensor[] eigh(Tensor matrix) {
        int n = LinearAlgebra.order(matrix, "eigh");
        if (n == 0) return emptyEigen();
        requireFinite(matrix, "eigh");
        requireSymmetric(matrix.toArray(), n);
        double[] a = Lapack.columnMajor(matrix), values = new double[n];
        if (!Lapack.eigSymmetric(a, n, values)) throw notConverged(matrix, "eigh");
        return new Tensor[] {Tensor.of(values, new int[] {n}), Lapack.rowMajor(a, n, n, n)};
    }

    private static Tensor[] emptyEigen() {
        return new Tensor[] {Tensor.of(new double[0], new int[] {0}), Tensor.of(new double[0], new int[] {0, 0})};
    }

    /**
     * A clear error when LAPACK's iteration does not converge (entries near the largest double
     * overflow inside it), as NumPy's LinAlgError "did not converge".
     */
    private static LMathError notConverged(Tensor matrix, String function) {
        double largest = 0;
        for (double v : matrix.toArray()) largest = Math.max(largest, Math.abs(v));
        String what = function.equals("svd") ? "singular values" : "eigenvalues";
        return new LMathError(function + ": the " + what + " did not converge (the largest entry is " + brief(largest)
                + "); divide the matrix by a scale such as its largest entry, and multiply the " + what + " back");
    }

    private static void requireSymmetric(double[] a, int n) {
        double scale = 0;
        for (double v : a) scale = Math.max(scale, Math.abs(v));
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double upper = a[i * n + j], lower = a[j * n + i];
                if (Math.abs(upper - lower) > SYMMETRY_TOLERANCE * scale) {
                    throw new LMathError("eigh needs a symmetric matrix, but A[" + i + ", " + j + "] = " + brief(upper)
                            + " and A[" + j + ", " + i + "] = " + brief(lower) + "; for a general matrix use eig");
                }
            }
        }
    }

    private static void requireFinite(Tensor matrix, String function) {
        for (double v : matrix.toArray()) {
            if (!Double.isFinite(v)) throw new LMathError(function + ": the matrix contains " + brief(v) + "; it must be finite");
        }
    }

    private static String complexValues(double[] real, double[] imaginary) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < real.length; i++) {
            if (imaginary[i] <= 0) continue;  // each conjugate pair once, as a ± bi
            if (text.length() > 0) text.append(", ");
            text.append(rounded(real[i])).append(" ± ").append(rounded(imaginary[i])).append("i");
        }
        return text.toString();
    }

    private static String rounded(double x) {
        return brief(Math.abs(x) < 1e-12 ? 0 : x);
    }

    /** A number for a message: 6 significant digits, no trailing zeros (2, 0.5, 1.41421). */
    static String brief(double x) {
        if (Double.isNaN(x)) return "nan";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return Long.toString((long) x);
        String text = String.format(java.util.Locale.ROOT, "%.6g", x);
        if (text.contains("e")) return text.replaceAll("\\.?0+e", "e");
        return text.contains(".") ? text.replaceAll("\\.?0+$", "") : text;
    }

    // ------------------------------------------------------------------ singular values

    /**
     * (U, S, Vt) with A = U diag(S) Vt, S descending, by dgesdd. full: U is (m, m) and Vt (n, n)
     * as NumPy's default (job 'A'); otherwise (m, k) and (k, n) with k = min(m, n) (job 'S').
     */
    public static Tensor[] svd(Tensor matrix, boolean full) {
        int[] shape = requireMatrix(matrix, "svd");
        int m = shape[0], n = shape[1], k = Math.min(m, n);
        requireFinite(matrix, "svd");
        int uColumns = full ? m : k, vtRows = full ? n : k;
        double[] s = new double[k], u = new double[m * uColumns], vt = new double[vtRows * n];
        if (k == 0) {
            // LAPACK has nothing to do; NumPy answers with identities for the full factors.
            for (int i = 0; i < Math.min(m, uColumns); i++) u[i * uColumns + i] = 1;
            for (int i = 0; i < Math.min(vtRows, n); i++) vt[i * n + i] = 1;
            return new Tensor[] {Tensor.of(u, new int[] {m, uColumns}), Tensor.of(s, new int[] {k}), Tensor.of(vt, new int[] {vtRows, n})};
        }
        if (!Lapack.svd(Lapack.columnMajor(matrix), m, n, full ? 'A' : 'S', s, u, vt)) throw notConverged(matrix, "svd");
        return new Tensor[] {Lapack.rowMajor(u, m, m, uColumns), Tensor.of(s, new int[] {k}), Lapack.rowMajor(vt, vtRows, vtRows, n)};
    }

    /** The singular values of a matrix, or of each matrix in a stack (the last two axes), descending. */
    public static Tensor singularValues(Tensor stack) {
        int[] shape = stack.shape();
        if (shape.length < 2) throw new LMathError("singular values need a matrix, got a tensor of shape " + Shapes.describe(shape));
        int m = shape[shape.length - 2], n = shape[shape.length - 1], k = Math.min(m, n);
        int count = Shapes.size(Arrays.copyOf(shape, shape.length - 2));
        double[] data = stack.toArray();
        double[] result = new double[count * k];
        for (int b = 0; b < count && k > 0; b++) {
            double[] one = Lapack.columnMajor(data, b * m * n, m, n), values = new double[k];
            if (!Lapack.svd(one, m, n, 'N', values, null, null)) {
                throw notConverged(Tensor.of(Arrays.copyOfRange(data, b * m * n, (b + 1) * m * n), new int[] {m, n}), "svd");
            }
            System.arraycopy(values, 0, result, b * k, k);
        }
        int[] resultShape = Arrays.copyOf(shape, shape.length - 1);
        resultShape[resultShape.length - 1] = k;
        return Tensor.of(result, resultShape);
    }

    /** NumPy's matrix_rank: singular values above tol, by default S.max() * max(m, n) * eps. */
    public static int matrixRank(Tensor matrix, Double tolerance) {
        int[] shape = matrix.shape();
        if (shape.length < 2) {
            for (double v : matrix.toArray()) if (v != 0) return 1;
            return 0;
        }
        requireMatrix(matrix, "matrix_rank");
        requireFinite(matrix, "matrix_rank");
        double[] values = singularValues(matrix).toArray();
        double largest = 0;
        for (double v : values) largest = Math.max(largest, v);
        double tol = tolerance != null ? tolerance : largest * Math.max(shape[0], shape[1]) * Math.ulp(1.0);
        int rank = 0;
        for (double v : values) if (v > tol) rank++;
        return rank;
    }

    private static int[] requireMatrix(Tensor matrix, String function) {
        int[] shape = matrix.shape();
        if (shape.length != 2) {
            throw new LMathError(function + " needs a matrix (2-D), got a tensor of shape " + Shapes.describe(shape)
                    + (shape.length > 2 ? "; for a stack of matrices, loop over them" : ""));
        }
        return shape;
    }
}
