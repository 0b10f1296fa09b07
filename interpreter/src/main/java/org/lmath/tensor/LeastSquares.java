package org.lmath.tensor;

import org.lmath.error.LMathError;

/**
 * numpy.linalg.pinv and numpy.linalg.lstsq. pinv is NumPy's formula; lstsq is LAPACK's dgelsd (least squares by a divide-and-conquer SVD), called as
 * NumPy calls it, with its residuals (the squared lengths of the parts of b that A cannot reach,
 * summed from what dgelsd leaves below x) only when A has full column rank and more rows than
 * columns.
 */
public final class LeastSquares {

    private LeastSquares() {}

    /** The solution x, the residuals, the rank and A's singular values; rcond as NumPy's (singular values below rcond * max count as 0). */
    public record Solution(Tensor x, Tensor residuals, int rank, Tensor singularValues) {}

    public static Solution solve(Tensor matrix, Tensor rightSide, double rcond) {
        int[] shape = matrix.shape();
        if (shape.length != 2) throw new LMathError("lstsq(): A must be a matrix, got shape " + Shapes.describe(shape));
        int m = shape[0], n = shape[1];
        int[] b = rightSide.shape();
        if (b.length == 0 || b.length > 2 || b[0] != m) {
            throw new LMathError("lstsq(): b must have " + m + " rows to match A " + Shapes.describe(shape) + ", got shape "
                    + Shapes.describe(b));
        }
        int columns = b.length == 1 ? 1 : b[1], k = Math.min(m, n), rows = Math.max(1, Math.max(m, n));
        double[] values = new double[k];
        double[] solution = new double[rows * Math.max(1, columns)];
        double[] given = rightSide.toArray();
        for (int i = 0; i < m; i++) for (int j = 0; j < columns; j++) solution[j * rows + i] = given[i * columns + j];
        int rank = 0;
        if (k > 0 && columns > 0) {
            rank = Lapack.leastSquares(Lapack.columnMajor(matrix), m, n, solution, rows, columns, rcond, values);
            if (rank < 0) throw new LMathError("lstsq(): the singular value decomposition did not converge (as NumPy's LinAlgError)");
        } else if (k > 0) {
            // dgelsd needs a right-hand side; NumPy gives it a column of zeros for the rank and S
            rank = Lapack.leastSquares(Lapack.columnMajor(matrix), m, n, solution, rows, 1, rcond, values);
        }
        double[] x = new double[n * columns];
        for (int i = 0; i < n; i++) for (int j = 0; j < columns; j++) x[i * columns + j] = m == 0 ? 0 : solution[j * rows + i];
        Tensor residuals = Tensor.of(new double[0], new int[] {0});
        if (rank == n && m > n) {
            double[] sums = new double[columns];
            for (int j = 0; j < columns; j++) {
                for (int i = n; i < m; i++) sums[j] += solution[j * rows + i] * solution[j * rows + i];
            }
            residuals = Tensor.of(sums, new int[] {columns});
        }
        Tensor xTensor = Tensor.of(x, b.length == 1 ? new int[] {n} : new int[] {n, columns});
        return new Solution(xTensor, residuals, rank, Tensor.of(values, new int[] {k}));
    }

    /**
     * numpy.linalg.pinv: the reduced svd (dgesdd), singular values above rcond * max(S) inverted
     * and the rest 0, then V @ (S^-1 U^T) by OpenBLAS's dgemm, the product NumPy's matmul makes.
     */
    public static Tensor pseudoInverse(Tensor matrix, double rcond) {
        int[] shape = matrix.shape();
        if (shape.length != 2) throw new LMathError("pinv needs a matrix, got a tensor of shape " + Shapes.describe(shape));
        int m = shape[0], n = shape[1], k = Math.min(m, n);
        double[] result = new double[n * m];
        if (k == 0) return Tensor.of(result, new int[] {n, m});
        Tensor[] parts = Decompositions.svd(matrix, false);
        double[] u = parts[0].toArray(), s = parts[1].toArray(), vt = parts[2].toArray();
        double largest = Double.NEGATIVE_INFINITY;
        for (double v : s) largest = Math.max(largest, v);
        double cutoff = rcond * largest;
        double[] scaled = new double[k * m], v = new double[n * k];
        for (int r = 0; r < k; r++) {
            double inverse = s[r] > cutoff ? 1 / s[r] : 0;
            for (int j = 0; j < m; j++) scaled[r * m + j] = inverse * u[j * k + r];
            for (int i = 0; i < n; i++) v[i * k + r] = vt[r * n + i];
        }
        OpenBlas.multiply(v, 0, scaled, 0, result, 0, n, k, m);
        return Tensor.of(result, new int[] {n, m});
    }
}
