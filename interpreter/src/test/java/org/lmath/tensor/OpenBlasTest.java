package org.lmath.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * OpenBLAS's products against the textbook sum written out here, for both of its paths (gemm for
 * any two matrices, syrk plus a mirrored half for A @ A.T), with operands that start inside a
 * larger array as the matrices of a batch do, and a reused buffer that is too small for the next
 * product. BLAS adds in its own order, so the sums agree to rounding, not to the bit.
 */
class OpenBlasTest {

    private static double[] filled(Random random, int length) {
        double[] values = new double[length];
        for (int n = 0; n < length; n++) values[n] = random.nextGaussian();
        return values;
    }

    private static double[] transposed(double[] a, int aStart, int rows, int inner, int bStart) {
        double[] b = new double[bStart + rows * inner];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < inner; k++) b[bStart + k * rows + i] = a[aStart + i * inner + k];
        }
        return b;
    }

    private static void assertProduct(double[] a, int aStart, double[] b, int bStart, int rows, int inner, int columns) {
        int cStart = 3;
        double[] c = new double[cStart + rows * columns];
        OpenBlas.multiply(a, aStart, b, bStart, c, cStart, rows, inner, columns);
        double[] expected = TextbookProduct.of(a, aStart, b, bStart, rows, inner, columns);
        for (int n = 0; n < expected.length; n++) {
            assertEquals(expected[n], c[cStart + n], 1e-12 * inner, rows + "x" + inner + "x" + columns + " element " + n);
        }
    }

    @Test
    void generalProductsMatchTheTextbookSum() {
        Random random = new Random(11);
        assertProduct(filled(random, 2 + 37 * 53), 2, filled(random, 5 + 53 * 41), 5, 37, 53, 41);
        assertProduct(filled(random, 300 * 290), 0, filled(random, 290 * 310), 0, 300, 290, 310);  // a larger buffer
        assertProduct(filled(random, 7 * 3), 0, filled(random, 3 * 9), 0, 7, 3, 9);                  // reuses it
    }

    @Test
    void aGramMatrixIsSymmetricAndMatchesTheTextbookSum() {
        Random random = new Random(12);
        for (int[] shape : new int[][] {{5, 3}, {130, 70}, {257, 300}}) {
            int rows = shape[0], inner = shape[1];
            double[] a = filled(random, 4 + rows * inner);
            double[] b = transposed(a, 4, rows, inner, 6);
            assertTrue(OpenBlas.isTransposeOf(b, 6, a, 4, rows, inner, rows));
            assertProduct(a, 4, b, 6, rows, inner, rows);
        }
    }

    @Test
    void anAlmostTransposeIsNotTakenForOne() {
        Random random = new Random(13);
        double[] a = filled(random, 40 * 30);
        double[] b = transposed(a, 0, 40, 30, 0);
        b[b.length - 1] += 1e-9;
        assertFalse(OpenBlas.isTransposeOf(b, 0, a, 0, 40, 30, 40));
        assertProduct(a, 0, b, 0, 40, 30, 40);
        assertFalse(OpenBlas.isTransposeOf(filled(random, 6 * 6), 0, filled(random, 6 * 6), 0, 6, 6, 6));
    }

    /**
     * Sums whose products are all -0.0 are +0.0, as a sum that starts at +0 is (NumPy's rule):
     * -1 * 0 is -0.0 and +0 + -0.0 is +0.0. Checked on both paths, with rows of -1 and rows of 0.
     */
    @Test
    void sumsOfNegativeZerosArePositiveZero() {
        int rows = 6, inner = 5, columns = 4;
        double[] minusOnes = new double[rows * inner];
        java.util.Arrays.fill(minusOnes, -1.0);
        double[] c = new double[rows * columns];
        OpenBlas.multiply(minusOnes, 0, new double[inner * columns], 0, c, 0, rows, inner, columns);
        for (double value : c) assertEquals(Double.POSITIVE_INFINITY, 1 / value, "a general product's 0 is +0.0");

        double[] a = new double[rows * inner];  // rows 0, 2, 4 are -1; rows 1, 3, 5 are 0
        for (int i = 0; i < rows; i += 2) java.util.Arrays.fill(a, i * inner, (i + 1) * inner, -1.0);
        double[] gram = new double[rows * rows];
        OpenBlas.multiply(a, 0, transposed(a, 0, rows, inner, 0), 0, gram, 0, rows, inner, rows);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < rows; j++) {
                double expected = i % 2 == 0 && j % 2 == 0 ? inner : 0.0;
                assertEquals(expected, gram[i * rows + j], "element " + i + ", " + j);
                if (expected == 0) assertEquals(Double.POSITIVE_INFINITY, 1 / gram[i * rows + j], "element " + i + ", " + j + " is +0.0");
            }
        }
    }
}
