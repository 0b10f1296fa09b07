package org.lmath.tensor;

import java.util.Arrays;
import java.util.Comparator;

import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.lmath.error.LMathError;

/**
 * eig, eigh and svd by commons-math3 (EigenDecomposition, SingularValueDecomposition), with
 * lmath's documented order and signs (docs/linalg-and-stats.md), so that results are the same on
 * every run and comparable with NumPy's after the same normalisation:
 * <ul>
 * <li>eig: eigenvalues from largest to smallest; eigh: smallest to largest (as NumPy's eigh);</li>
 * <li>each eigenvector (a column) has length 1 and its largest-magnitude component positive
 *     (of components tied within 1e-9, the last), the same rule for the columns of svd's U, with
 *     the matching row of Vt flipped along.</li>
 * </ul>
 */
public final class Decompositions {

    private Decompositions() {}

    /** How far a component may be below the largest magnitude and still count as tied with it. */
    private static final double SIGN_TIE = 1e-9;
    /** Relative asymmetry eigh accepts (|A - A^T| <= this * max|A|, element by element). */
    private static final double SYMMETRY_TOLERANCE = 1e-10;

    /** (values, vectors) of a square matrix with real eigenvalues; vectors are the columns. */
    public static Tensor[] eig(Tensor matrix) {
        int n = LinearAlgebra.order(matrix, "eig");
        if (n == 0) return new Tensor[] {Tensor.of(new double[0], new int[] {0}), Tensor.of(new double[0], new int[] {0, 0})};
        requireFinite(matrix, "eig");
        RealMatrix square = LinearAlgebra.square(matrix, "eig");
        EigenDecomposition decomposition = converged(square, "eig");
        if (decomposition.hasComplexEigenvalues()) {
            throw new LMathError("eig: this matrix has complex eigenvalues (" + complexValues(decomposition)
                    + "); lmath works with real numbers only. A rotation has no real eigenvectors; "
                    + "for a symmetric matrix use eigh, or look at svd for the stretching it does");
        }
        return sorted(decomposition, n, false);
    }

    /** (values, vectors) of a symmetric matrix, values ascending as NumPy's eigh. */
    public static Tensor[] eigh(Tensor matrix) {
        int n = LinearAlgebra.order(matrix, "eigh");
        if (n == 0) return new Tensor[] {Tensor.of(new double[0], new int[] {0}), Tensor.of(new double[0], new int[] {0, 0})};
        requireFinite(matrix, "eigh");
        RealMatrix square = LinearAlgebra.square(matrix, "eigh");
        requireSymmetric(square);
        // As NumPy's eigh, use the lower triangle (the upper may differ within the tolerance).
        for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) square.setEntry(i, j, square.getEntry(j, i));
        return sorted(converged(square, "eigh"), n, true);
    }

    /**
     * The eigen-decomposition, or a clear error when its iteration does not converge (entries
     * near the largest double overflow inside it), as NumPy's LinAlgError "did not converge".
     */
    private static EigenDecomposition converged(RealMatrix square, String function) {
        try {
            return new EigenDecomposition(square);
        } catch (MaxCountExceededException notConverged) {
            double largest = 0;
            for (int i = 0; i < square.getRowDimension(); i++) {
                for (double v : square.getRow(i)) largest = Math.max(largest, Math.abs(v));
            }
            throw new LMathError(function + ": the eigenvalues did not converge (the largest entry is " + brief(largest)
                    + "); divide the matrix by a scale such as its largest entry, and multiply the eigenvalues back");
        }
    }

    private static Tensor[] sorted(EigenDecomposition decomposition, int n, boolean ascending) {
        double[] values = decomposition.getRealEigenvalues();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Comparator<Integer> byValue = Comparator.comparingDouble(i -> values[i]);
        Arrays.sort(order, ascending ? byValue : byValue.reversed());
        double[] sortedValues = new double[n];
        double[] vectors = new double[n * n];
        for (int column = 0; column < n; column++) {
            int source = order[column];
            sortedValues[column] = values[source];
            double[] vector = decomposition.getEigenvector(source).toArray();
            double sign = signFor(unit(vector));
            for (int row = 0; row < n; row++) vectors[row * n + column] = sign * vector[row];
        }
        return new Tensor[] {Tensor.of(sortedValues, new int[] {n}), Tensor.of(vectors, new int[] {n, n})};
    }

    /** The vector scaled to length 1 (in place); a zero vector stays zero. */
    private static double[] unit(double[] vector) {
        double length = 0;
        for (double v : vector) length += v * v;
        length = Math.sqrt(length);
        if (length > 0) for (int i = 0; i < vector.length; i++) vector[i] /= length;
        return vector;
    }

    /** +1 or -1: what makes the vector's largest-magnitude component (the last of ties) positive. */
    private static double signFor(double[] vector) {
        double largest = 0;
        for (double v : vector) largest = Math.max(largest, Math.abs(v));
        for (int i = vector.length - 1; i >= 0; i--) {
            if (Math.abs(vector[i]) >= largest - SIGN_TIE * largest) return vector[i] < 0 ? -1 : 1;
        }
        return 1;
    }

    private static void requireSymmetric(RealMatrix square) {
        int n = square.getRowDimension();
        double scale = 0;
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) scale = Math.max(scale, Math.abs(square.getEntry(i, j)));
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double a = square.getEntry(i, j), b = square.getEntry(j, i);
                if (Math.abs(a - b) > SYMMETRY_TOLERANCE * scale) {
                    throw new LMathError("eigh needs a symmetric matrix, but A[" + i + ", " + j + "] = " + brief(a)
                            + " and A[" + j + ", " + i + "] = " + brief(b) + "; for a general matrix use eig");
                }
            }
        }
    }

    private static void requireFinite(Tensor matrix, String function) {
        for (double v : matrix.toArray()) {
            if (!Double.isFinite(v)) throw new LMathError(function + ": the matrix contains " + brief(v) + "; it must be finite");
        }
    }

    private static String complexValues(EigenDecomposition decomposition) {
        double[] real = decomposition.getRealEigenvalues(), imaginary = decomposition.getImagEigenvalues();
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
     * (U, S, Vt) with A = U diag(S) Vt, S descending. full: U is (m, m) and Vt (n, n) as NumPy's
     * default; otherwise (m, k) and (k, n) with k = min(m, n). The columns of U past k (full only)
     * complete an orthonormal basis, which is not unique: only A = U diag(S) Vt and orthogonality
     * are promised for them.
     */
    public static Tensor[] svd(Tensor matrix, boolean full) {
        int[] shape = requireMatrix(matrix, "svd");
        int m = shape[0], n = shape[1], k = Math.min(m, n);
        requireFinite(matrix, "svd");
        double[][] u = new double[m][full ? m : k];
        double[] s = new double[k];
        double[][] vt = new double[full ? n : k][n];
        if (k > 0) {
            SingularValueDecomposition decomposition = new SingularValueDecomposition(rows(matrix, m, n));
            s = decomposition.getSingularValues();
            RealMatrix left = decomposition.getU(), right = decomposition.getV();
            for (int c = 0; c < k; c++) {
                double[] column = left.getColumn(c);
                double sign = signFor(column.clone());
                for (int r = 0; r < m; r++) u[r][c] = sign * column[r];
                for (int j = 0; j < n; j++) vt[c][j] = sign * right.getEntry(j, c);
            }
        }
        if (full) {
            complete(u, k);
            complete(vt, k, n);
        }
        return new Tensor[] {fromRows(u, full ? m : k), Tensor.of(s, new int[] {k}), fromRows(vt, n)};
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
            double[] one = Arrays.copyOfRange(data, b * m * n, (b + 1) * m * n);
            double[] values = new SingularValueDecomposition(rows(Tensor.of(one, new int[] {m, n}), m, n)).getSingularValues();
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

    /**
     * Fills the columns k.. of the square matrix q (whose first k columns are orthonormal) with an
     * orthonormal basis of the rest of the space: the Q factor (commons-math3's QR) of [q_k | I].
     */
    private static void complete(double[][] q, int k) {
        int m = q.length;
        if (k >= m) return;
        double[][] augmented = new double[m][k + m];
        for (int r = 0; r < m; r++) {
            System.arraycopy(q[r], 0, augmented[r], 0, k);
            augmented[r][k + r] = 1;
        }
        RealMatrix basis = new org.apache.commons.math3.linear.QRDecomposition(new Array2DRowRealMatrix(augmented, false)).getQ();
        for (int c = k; c < m; c++) {
            double[] column = basis.getColumn(c);
            double sign = signFor(column.clone());
            for (int r = 0; r < m; r++) q[r][c] = sign * column[r];
        }
    }

    /** The same completion for the rows k.. of vt (n by n): done on its transpose. */
    private static void complete(double[][] vt, int k, int n) {
        double[][] columns = new double[n][n];
        for (int r = 0; r < n; r++) for (int c = 0; c < n; c++) columns[c][r] = vt[r][c];
        complete(columns, k);
        for (int r = k; r < n; r++) for (int c = 0; c < n; c++) vt[r][c] = columns[c][r];
    }

    private static RealMatrix rows(Tensor matrix, int m, int n) {
        double[] data = matrix.toArray();
        double[][] rows = new double[m][n];
        for (int i = 0; i < m; i++) System.arraycopy(data, i * n, rows[i], 0, n);
        return new Array2DRowRealMatrix(rows, false);
    }

    private static Tensor fromRows(double[][] rows, int n) {
        int m = rows.length;
        double[] data = new double[m * n];
        for (int i = 0; i < m; i++) System.arraycopy(rows[i], 0, data, i * n, n);
        return Tensor.of(data, new int[] {m, n});
    }
}
