package org.lmath.eval;

import org.lmath.tensor.IndexItem;
import org.lmath.value.Value;

/**
 * One evaluated item between index brackets: a value (number, tensor, list, none for a new
 * axis) or a slice; {@link #ELLIPSIS} stands for `...`.
 */
record Subscript(Value value, IndexItem.Slice slice) {

    /** `...`: as many full slices as the axes not otherwise indexed. */
    static final Subscript ELLIPSIS = new Subscript(null, null);

    boolean isEllipsis() {
        return this == ELLIPSIS;
    }
}
