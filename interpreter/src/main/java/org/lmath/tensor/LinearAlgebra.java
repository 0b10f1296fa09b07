package org.lmath.tensor;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.lmath.error.LMathError;

/**
 * inv, det and solve on square matrices, by commons-math3's LU decomposition (a dependency of
 * its own in the pom, at the version ND4J brings). ND4J's own inverse and solve print native
 * errors and return infinities for a singular matrix; here a singular matrix is a clear error.
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

    /** The matrix for commons-math3, which has no 0-by-0 matrix: callers answer n = 0 themselves, as NumPy does. */
    static RealMatrix square(Tensor matrix, String function) {
        int n = order(matrix, function);
        double[] data = matrix.toArray();
        double[][] rows = new double[n][n];
        for (int i = 0; i < n; i++) System.arraycopy(data, i * n, rows[i], 0, n);
        return new Array2DRowRealMatrix(rows, false);
    }

    static double det(Tensor matrix) {
        if (order(matrix, "det") == 0) return 1;  // the empty product, as NumPy
        return new LUDecomposition(square(matrix, "det")).getDeterminant();
    }

    static Tensor inv(Tensor matrix) {
        if (order(matrix, "inv") == 0) return Tensor.of(new double[0], new int[] {0, 0});
        RealMatrix square = square(matrix, "inv");
        DecompositionSolver solver = solver(square, "inv");
        return fromMatrix(solver.getInverse());
    }

    /** x with A x = b, for b a vector (n,) or a matrix (n, k). */
    static Tensor solve(Tensor matrix, Tensor rightSide) {
        int n = order(matrix, "solve");
        int[] b = rightSide.shape();
        if (b.length == 0 || b.length > 2 || b[0] != n) {
            throw new LMathError("solve: the right-hand side must have " + n + " rows to match the matrix "
                    + Shapes.describe(matrix.shape()) + ", got shape " + Shapes.describe(b));
        }
        if (n == 0) return Tensor.of(new double[0], b.clone());
        RealMatrix square = square(matrix, "solve");
        DecompositionSolver solver = solver(square, "solve");
        if (b.length == 1) {
            return Tensor.of(solver.solve(new ArrayRealVector(rightSide.toArray(), false)).toArray(), new int[] {n});
        }
        double[] data = rightSide.toArray();
        double[][] rows = new double[n][b[1]];
        for (int i = 0; i < n; i++) System.arraycopy(data, i * b[1], rows[i], 0, b[1]);
        return fromMatrix(solver.solve(new Array2DRowRealMatrix(rows, false)));
    }

    private static DecompositionSolver solver(RealMatrix square, String function) {
        DecompositionSolver solver = new LUDecomposition(square).getSolver();
        if (!solver.isNonSingular()) {
            throw new LMathError(function + ": the matrix is singular (its determinant is 0), so it has no inverse");
        }
        return solver;
    }

    private static Tensor fromMatrix(RealMatrix matrix) {
        int rows = matrix.getRowDimension(), columns = matrix.getColumnDimension();
        double[] data = new double[rows * columns];
        for (int i = 0; i < rows; i++) System.arraycopy(matrix.getRow(i), 0, data, i * columns, columns);
        return Tensor.of(data, new int[] {rows, columns});
    }
}
