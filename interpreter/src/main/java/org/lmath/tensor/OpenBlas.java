package org.lmath.tensor;

import static org.bytedeco.openblas.global.openblas_nolapack.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas_nolapack.CblasUpper;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dgemm;
import static org.bytedeco.openblas.global.openblas_nolapack.cblas_dsyrk;

import org.bytedeco.javacpp.DoublePointer;

/**
 * Matrix products of real size, computed by the OpenBLAS that ND4J ships (its bytedeco bindings,
 * {@code openblas_nolapack}), called directly rather than through ND4J's arrays.
 * <p>
 * Why directly: ND4J's path copied both operands into freshly allocated native buffers (whose
 * pages the kernel then faults in), zero-filled a fresh result and copied it out element by
 * element, and it needed ND4J itself, whose 320 MB native library takes most of a second to load.
 * Here the operands are copied (one memcpy each) into native buffers that are kept and reused, the
 * result is copied straight into the Java array, and only OpenBLAS's own 40 MB library is loaded,
 * on the first product. The measurements are in docs/performance.md.
 * <p>
 * The buffers are shared, so a product holds this class's lock for its duration.
 */
final class OpenBlas {

    static {
        NativeStart.openBlas();  // before the bindings, in every thread (NativeStart says why)
    }

    private static DoublePointer left = new DoublePointer(0L);
    private static DoublePointer right = new DoublePointer(0L);
    private static DoublePointer result = new DoublePointer(0L);

    private OpenBlas() {}

    /**
     * c[cStart...] = a @ b for one (rows x inner) matrix of a from aStart and one (inner x columns)
     * matrix of b from bStart, all row-major. When b is exactly a's transpose (A @ A.T, a Gram
     * matrix), BLAS's syrk computes half of the symmetric result, as NumPy does, and the other half
     * is mirrored. Every element of c is a sum that starts at +0, as NumPy's are: BLAS may leave a
     * -0.0 where all the products were -0.0 ([-1] @ [[0, 1.5]] is [0, 1.5]), so +0.0 is added to
     * each, in the same pass as the mirroring when there is one.
     */
    static void multiply(double[] a, int aStart, double[] b, int bStart, double[] c, int cStart,
                         int rows, int inner, int columns) {
        multiply(a, aStart, b, bStart, c, cStart, rows, inner, columns, false);
    }

    /** The same, told whether b is known to be a's transpose; when not, the two are compared. */
    static synchronized void multiply(double[] a, int aStart, double[] b, int bStart, double[] c, int cStart,
                                      int rows, int inner, int columns, boolean bIsATransposed) {
        left = fitted(left, (long) rows * inner).put(a, aStart, rows * inner);
        result = fitted(result, (long) rows * columns);
        if (bIsATransposed || isTransposeOf(b, bStart, a, aStart, rows, inner, columns)) {
            cblas_dsyrk(CblasRowMajor, CblasUpper, CblasNoTrans, rows, inner, 1.0, left, inner, 0.0, result, rows);
            result.get(c, cStart, rows * columns);
            mirrorUpperToLowerPlusZero(c, cStart, rows);
        } else {
            right = fitted(right, (long) inner * columns).put(b, bStart, inner * columns);
            cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, rows, columns, inner,
                    1.0, left, inner, right, columns, 0.0, result, columns);
            result.get(c, cStart, rows * columns);
            for (int i = cStart; i < cStart + rows * columns; i++) c[i] += 0.0;
        }
    }

    /** A buffer of at least size doubles: the one given when it is large enough, else a new one. */
    private static DoublePointer fitted(DoublePointer buffer, long size) {
        if (buffer.capacity() >= size) return buffer.position(0);
        buffer.close();
        return new DoublePointer(size);
    }

    /**
     * Whether the (inner x columns) matrix of b is the transpose of the (rows x inner) matrix of
     * a, element for element. Stops at the first difference, so a product of unrelated matrices
     * pays for one or a few comparisons.
     */
    static boolean isTransposeOf(double[] b, int bStart, double[] a, int aStart, int rows, int inner, int columns) {
        if (rows != columns) return false;
        // In tiles, so that the columns of b being read stay in cache (5 ms to 1.6 ms at 1024 x 1024).
        for (int rowTile = 0; rowTile < rows; rowTile += TILE) {
            int rowEnd = Math.min(rowTile + TILE, rows);
            for (int innerTile = 0; innerTile < inner; innerTile += TILE) {
                int innerEnd = Math.min(innerTile + TILE, inner);
                for (int i = rowTile; i < rowEnd; i++) {
                    int aRow = aStart + i * inner;
                    for (int k = innerTile; k < innerEnd; k++) {
                        if (a[aRow + k] != b[bStart + k * columns + i]) return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The side of the square tiles in which a matrix is read across its columns: 16 checked a
     * 1024 x 1024 transpose in 1.6 ms, against 2.2 ms for 32 and 2.5 ms for 64.
     */
    private static final int TILE = 16;

    /**
     * Adds +0.0 to the upper triangle (diagonal included) of the (size x size) matrix at start and
     * copies it onto the lower triangle, in tiles: one pass over the result.
     */
    private static void mirrorUpperToLowerPlusZero(double[] c, int start, int size) {
        for (int rowTile = 0; rowTile < size; rowTile += TILE) {
            int rowEnd = Math.min(rowTile + TILE, size);
            for (int columnTile = 0; columnTile <= rowTile; columnTile += TILE) {
                mirrorTile(c, start, size, rowTile, rowEnd, columnTile);
            }
            for (int i = rowTile; i < rowEnd; i++) c[start + i * size + i] += 0.0;
        }
    }

    /**
     * One tile of the mirroring. A method of its own, so that the JIT compiles it after a few
     * hundred of its calls within the first product; as loops nested in the caller it waited for
     * on-stack replacement, and the first few products of a run mirrored in 13-21 ms instead of 2-4
     * (fresh JVMs, 1024 x 1024; the first call 8-9 ms against 15-21 on Java 25, 6 against 16-21 on Java 17).
     */
    private static void mirrorTile(double[] c, int start, int size, int rowTile, int rowEnd, int columnTile) {
        for (int i = rowTile; i < rowEnd; i++) {
            int columnEnd = Math.min(columnTile + TILE, i);
            for (int j = columnTile; j < columnEnd; j++) {
                double value = c[start + j * size + i] + 0.0;
                c[start + j * size + i] = value;
                c[start + i * size + j] = value;
            }
        }
    }
}
