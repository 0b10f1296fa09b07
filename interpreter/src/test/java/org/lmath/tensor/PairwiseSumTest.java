package org.lmath.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The sum of all elements adds in NumPy's pairwise order, block by block (AxisReduction.block
 * keeps the eight running sums in locals). The data mixes 1e16, 1 and -1e16, so a different order
 * of additions gives a different result. Expected values from NumPy 2.4.6 on the development
 * machine: i = np.arange(n); x = np.where(i % 3 == 0, 1e16, np.where(i % 3 == 1, 1.0, -1e16)) +
 * i * 0.1; repr(float(np.sum(x))).
 */
class PairwiseSumTest {

    private static double numpyOrderSum(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = (i % 3 == 0 ? 1e16 : i % 3 == 1 ? 1.0 : -1e16) + i * 0.1;
        return AxisReduction.sum(x, new int[] {n}, new int[] {0})[0];
    }

    @Test
    void sumsAddInNumPysOrder() {
        // Lengths below one block of eight, one block, blocks with a rest, and several levels of halves.
        assertEquals(1.0000000000000004e+16, numpyOrderSum(7));
        assertEquals(1.0000000000000006e+16, numpyOrderSum(8));
        assertEquals(6.0, numpyOrderSum(9));
        assertEquals(1.000000000000002e+16, numpyOrderSum(17));
        assertEquals(1.0000000000000526e+16, numpyOrderSum(100));
        assertEquals(1.0000000000000856e+16, numpyOrderSum(128));
        assertEquals(868.0, numpyOrderSum(129));
        assertEquals(1.0000000000050274e+16, numpyOrderSum(1000));
        assertEquals(1.0000000000840424e+16, numpyOrderSum(4097));
    }
}
