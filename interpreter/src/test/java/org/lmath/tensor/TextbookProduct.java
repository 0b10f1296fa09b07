package org.lmath.tensor;

/** The textbook matrix product the kernel tests compare with: each c[i][j] a sum from +0 of a[i][k] * b[k][j] in order of k. */
final class TextbookProduct {

    private TextbookProduct() {}

    /** a (rows x inner, from aStart) @ b (inner x columns, from bStart), row-major. */
    static double[] of(double[] a, int aStart, double[] b, int bStart, int rows, int inner, int columns) {
        double[] c = new double[rows * columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                double sum = 0.0;
                for (int k = 0; k < inner; k++) sum = sum + a[aStart + i * inner + k] * b[bStart + k * columns + j];
                c[i * columns + j] = sum;
            }
        }
        return c;
    }
}
