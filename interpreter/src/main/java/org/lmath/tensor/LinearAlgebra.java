package org.lmath.tensor;

import org.lmath.error.LMathError;

/**
 * inv, det, slogdet and solve of square matrices by LAPACK's LU routines, as numpy.linalg calls
 * them ({@link Lapack}): solve is dgesv, inv is dgesv on the identity, det and slogdet are dgetrf
 * with det = sign * exp(log|det|), NumPy's own formula (so det([[1, 2], [3, 4]]) is
 * -2.0000000000000004 in both). An exactly singular matrix is a clear error for inv and solve, as
 * NumPy's "Singular matrix"; a nearly singular one gives large numbers, as in NumPy.
 */
final class LinearAlgebra {

    private LinearAlgebra() {}

    /** The order n of an n-by-n matrix, or an error naming the function for any other shape. */
    static int order(Tensor matrix, String function) {
        int[] shape = matrix.shape();
        if (shape.length != 2 || shape[0] != shape[1]) {
            throw new LMathError(function + " needs a square matrix, got a tensor of shape " + Shapes.describe(shape));
        }
        return shape[0];
    }

    static double det(Tensor matrix) {
        double[] signAndLogarithm = signAndLogDeterminant(matrix, "det");
        return signAndLogarithm[0] * Math.exp(signAndLogarithm[1]);
    }

    /**
     * (sign, log|det|) from dgetrf's U and pivots, summed in NumPy's order; sign 0 and log|det|
     * -inf for an exactly singular matrix, (1, 0) for the 0-by-0 one (the empty product), as NumPy.
     */
    static double[] signAndLogDeterminant(Tensor matrix, String function) {
        int n = order(matrix, function);
        if (n == 0) return new double[] {1, 0};
        double[] lu = Lapack.columnMajor(matrix);
        int[] pivots = Lapack.luFactor(lu, n);
        if (pivots == null) return new double[] {0, Double.NEGATIVE_INFINITY};
        double sign = 1, logarithm = 0;
        for (int i = 0; i < n; i++) {
            if (pivots[i] != i + 1) sign = -sign;
            double d = lu[i * n + i];
            if (d < 0) sign = -sign;
            logarithm += Math.log(Math.abs(d));
        }
        return new double[] {sign, logarithm};
    }

    static Tensor inv(Tensor matrix) {
        int n = order(matrix, "inv");
        if (n == 0) return Tensor.of(new double[0], new int[] {0, 0});
        double[] identity = new double[n * n];
        for (int i = 0; i < n; i++) identity[i * n + i] = 1;
        solveInPlace(matrix, n, identity, n, "inv");
        return Lapack.rowMajor(identity, n, n, n);
    }

    /** x with A x = b, for b a vector (n,) or a matrix (n, k). */
    static Tensor solve(Tensor matrix, Tensor rightSide) {
        int n = order(matrix, "solve");
        int[] b = rightSide.shape();
        if (b.length == 0 || b.length > 2 || b[0] != n) {
            throw new LMathError("solve: the right-hand side must have " + n + " rows to match the matrix "
                    + Shapes.describe(matrix.shape()) + ", got shape " + Shapes.describe(b));
        }
        if (n == 0 || (b.length == 2 && b[1] == 0)) return Tensor.of(new double[0], b.clone());
        int columns = b.length == 1 ? 1 : b[1];
        double[] x = Lapack.columnMajor(rightSide.toArray(), 0, n, columns);
        solveInPlace(matrix, n, x, columns, "solve");
        if (b.length == 1) return Tensor.of(x, new int[] {n});
        return Lapack.rowMajor(x, n, n, columns);
    }

    private static void solveInPlace(Tensor matrix, int n, double[] rightSide, int columns, String function) {
        if (!Lapack.solve(Lapack.columnMajor(matrix), n, rightSide, columns)) {
            throw new LMathError(function + ": the matrix is singular (its determinant is 0), so it has no inverse");
        }
    }
}
