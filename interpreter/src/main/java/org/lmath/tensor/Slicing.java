package org.lmath.tensor;

import java.util.List;

/** NumPy's index rules for things that are not tensors (lists, strings, ranges) and for fast paths. */
public final class Slicing {

    private Slicing() {}

    /** The positions an index item selects in a sequence of the given length, in order. */
    public static int[] positions(int length, IndexItem item) {
        return IndexPlan.of(new int[] {length}, List.of(item)).sourceOffsets;
    }

    /** A possibly negative index made non-negative, or an out-of-bounds error. */
    public static int normalise(int index, int size, int axis) {
        return IndexPlan.normalise(index, size, axis);
    }
}
