package org.lmath.tensor;

/** One entry of a NumPy-style index, already evaluated: a[i], a[1:3], a[idx], a[mask]. */
public sealed interface IndexItem {

    /** A single position; may be negative (counted from the end). */
    record Single(int index) implements IndexItem {}

    /** start:stop:step with Python's meaning; null parts take their defaults. */
    record Slice(Integer start, Integer stop, Integer step) implements IndexItem {}

    /** An integer array picking positions along one axis (NumPy's advanced indexing). */
    record Positions(int[] values, int[] shape) implements IndexItem {}

    /** A 0/1 mask selecting the positions where it is 1, over as many axes as it has. */
    record Mask(Tensor mask) implements IndexItem {}
}
