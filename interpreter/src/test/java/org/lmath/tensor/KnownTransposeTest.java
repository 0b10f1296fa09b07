package org.lmath.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A @ A.T skips comparing A.T with A when A.T was made from A by transpose() and neither changed
 * since. These products are large enough to go to BLAS (300 x 260 x 300 multiply-adds); each is
 * checked against the textbook sum, so a product that took a changed matrix for a transpose (and
 * computed A @ A.T instead) fails: the changed element is in row 0 of A or of A.T.
 */
class KnownTransposeTest {

    private static final int ROWS = 300, INNER = 260;

    private static Tensor random(Random random) {
        double[] data = new double[ROWS * INNER];
        for (int n = 0; n < data.length; n++) data[n] = random.nextGaussian();
        return Tensor.of(data, new int[] {ROWS, INNER});
    }

    private static void assertTextbookProduct(Tensor a, Tensor b) {
        double[] expected = TextbookProduct.of(a.toArray(), 0, b.toArray(), 0, ROWS, INNER, ROWS);
        double[] actual = a.matmul(b).toArray();
        for (int n = 0; n < expected.length; n++) assertEquals(expected[n], actual[n], 1e-12 * INNER, "element " + n);
    }

    @Test
    void aProductWithItsOwnTransposeIsRight() {
        Tensor a = random(new Random(21));
        assertTextbookProduct(a, a.transpose());
    }

    @Test
    void aMatrixChangedAfterItsTransposeWasMadeIsNotTakenForItsSource() {
        Tensor a = random(new Random(22));
        Tensor t = a.transpose();
        a.set(new int[] {0, 1}, 1e3);
        assertTextbookProduct(a, t);
    }

    @Test
    void aTransposeChangedAfterItWasMadeIsNotTakenForOne() {
        Tensor a = random(new Random(23));
        Tensor t = a.transpose();
        t.set(new int[] {1, 0}, 1e3);
        assertTextbookProduct(a, t);
    }

    @Test
    void aTransposeOfAnEqualCopyIsStillFoundByComparison() {
        Tensor a = random(new Random(24));
        Tensor t = a.copy().transpose();
        assertTextbookProduct(a, t);
        assertTextbookProduct(a.copy(), a.transpose());
    }
}
