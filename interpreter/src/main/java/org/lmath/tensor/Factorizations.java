package org.lmath.tensor;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.NonSymmetricMatrixException;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.lmath.error.LMathError;

/**
 * cholesky, qr and slogdet of one matrix by commons-math3, in NumPy's conventions: cholesky's
 * lower factor, qr's reduced Q (m, k) and R (k, n) with k = min(m, n) and Householder signs as
 * LAPACK's dgeqrf gives them (R's diagonal -sign(a_kk) |...|), slogdet's (sign, log|det|).
 */
public final class Factorizations {

    private Factorizations() {}

    public static Tensor cholesky(Tensor matrix) {
        if (LinearAlgebra.order(matrix, "cholesky") == 0) return matrix;  // commons-math has no 0x0 matrices
        RealMatrix square = LinearAlgebra.square(matrix, "cholesky");
        try {
            // NumPy reads only the lower triangle; the symmetry check here only rejects clear mistakes.
            RealMatrix lower = square.copy();
            int n = lower.getRowDimension();
            for (int i = 0; i < n; i++) for (int j = i + 1; j < n; j++) lower.setEntry(i, j, lower.getEntry(j, i));
            return fromMatrix(new CholeskyDecomposition(lower, 0, 0).getL());
        } catch (NonPositiveDefiniteMatrixException | NonSymmetricMatrixException error) {
            throw new LMathError("cholesky: the matrix is not positive definite (NumPy: Matrix is not positive definite)");
        }
    }

    /** (Q, R) reduced, as numpy.linalg.qr's default mode. */
    public static Tensor[] qr(Tensor matrix) {
        int[] shape = matrix.shape();
        if (shape.length != 2) throw new LMathError("qr needs a matrix, got a tensor of shape " + Shapes.describe(shape));
        int m = shape[0], n = shape[1], k = Math.min(m, n);
        if (k == 0) return new Tensor[] {Tensor.of(new double[0], new int[] {m, 0}), Tensor.of(new double[0], new int[] {0, n})};
        QRDecomposition decomposition = new QRDecomposition(toMatrix(matrix));
        RealMatrix q = decomposition.getQ().getSubMatrix(0, m - 1, 0, k - 1);
        RealMatrix r = decomposition.getR().getSubMatrix(0, k - 1, 0, n - 1);
        if (m <= n) {
            // LAPACK's last reflector acts on a single element and is the identity (tau = 0), where
            // commons-math3 reflects it to minus itself: undo that, so R's last row has NumPy's sign.
            for (int j = 0; j < n; j++) r.setEntry(m - 1, j, -r.getEntry(m - 1, j));
            for (int i = 0; i < m; i++) q.setEntry(i, m - 1, -q.getEntry(i, m - 1));
        }
        return new Tensor[] {fromMatrix(q), fromMatrix(r)};
    }

    /** (sign, log|det|): sign 0 and log|det| -inf for a singular matrix, as NumPy. */
    public static double[] signAndLogDeterminant(Tensor matrix) {
        if (LinearAlgebra.order(matrix, "slogdet") == 0) return new double[] {1, 0};
        RealMatrix square = LinearAlgebra.square(matrix, "slogdet");
        int n = square.getRowDimension();
        LUDecomposition lu = new LUDecomposition(square, 0);
        RealMatrix upper = lu.getU();
        double sign = permutationSign(lu.getPivot());
        double logarithm = 0;
        for (int i = 0; i < n; i++) {
            double d = upper.getEntry(i, i);
            if (d == 0 || Double.isNaN(d)) return new double[] {d == 0 ? 0 : Double.NaN, d == 0 ? Double.NEGATIVE_INFINITY : Double.NaN};
            sign *= Math.signum(d);
            logarithm += Math.log(Math.abs(d));
        }
        return new double[] {sign, logarithm};
    }

    /** +1 or -1: the parity of a permutation, by its cycles. */
    private static double permutationSign(int[] permutation) {
        boolean[] seen = new boolean[permutation.length];
        double sign = 1;
        for (int start = 0; start < permutation.length; start++) {
            if (seen[start]) continue;
            int length = 0;
            for (int i = start; !seen[i]; i = permutation[i]) {
                seen[i] = true;
                length++;
            }
            if (length % 2 == 0) sign = -sign;
        }
        return sign;
    }

    static RealMatrix toMatrix(Tensor matrix) {
        int[] shape = matrix.shape();
        double[] data = matrix.toArray();
        double[][] rows = new double[shape[0]][shape[1]];
        for (int i = 0; i < shape[0]; i++) System.arraycopy(data, i * shape[1], rows[i], 0, shape[1]);
        return new Array2DRowRealMatrix(rows, false);
    }

    static Tensor fromMatrix(RealMatrix matrix) {
        int rows = matrix.getRowDimension(), columns = matrix.getColumnDimension();
        double[] data = new double[rows * columns];
        for (int i = 0; i < rows; i++) System.arraycopy(matrix.getRow(i), 0, data, i * columns, columns);
        return Tensor.of(data, new int[] {rows, columns});
    }
}
