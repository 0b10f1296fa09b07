package org.lmath.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The register-blocked product must give exactly the bits of the textbook definition: each
 * c[i][j] a sum from +0 of a[i][k] * b[k][j] in order of k ({@link TextbookProduct}, written out
 * there). Shapes cover the block edges (odd rows, columns not a multiple of 4), and operands that
 * start inside a larger array, as the matrices of a batch do.
 */
class BlockedProductTest {

    @Test
    void givesTheBitsOfSumsInOrderOfK() {
        Random random = new Random(7);
        int[] sizes = {1, 2, 3, 4, 5, 7, 8, 9, 16, 33};
        for (int rows : sizes) {
            for (int inner : new int[] {1, 3, 17}) {
                for (int columns : sizes) {
                    int aStart = random.nextInt(5), bStart = random.nextInt(5), cStart = random.nextInt(5);
                    double[] a = new double[aStart + rows * inner];
                    double[] b = new double[bStart + inner * columns];
                    for (int n = 0; n < a.length; n++) a[n] = random.nextInt(10) == 0 ? -0.0 : random.nextGaussian() * 1e3;
                    for (int n = 0; n < b.length; n++) b[n] = random.nextInt(10) == 0 ? -0.0 : random.nextGaussian() / 7;
                    double[] c = new double[cStart + rows * columns];
                    BlockedProduct.multiply(a, aStart, b, bStart, c, cStart, rows, inner, columns);
                    double[] expected = TextbookProduct.of(a, aStart, b, bStart, rows, inner, columns);
                    for (int n = 0; n < expected.length; n++) {
                        assertEquals(Double.doubleToRawLongBits(expected[n]), Double.doubleToRawLongBits(c[cStart + n]),
                                rows + "x" + inner + "x" + columns + " element " + n);
                    }
                }
            }
        }
    }
}
