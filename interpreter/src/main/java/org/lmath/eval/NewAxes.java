package org.lmath.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.lmath.autodiff.Differentiable;
import org.lmath.error.LMathError;
import org.lmath.tensor.IndexItem;
import org.lmath.value.NoneValue;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * The three NumPy index forms that are not an index of one axis: a tuple as the whole index
 * (z[(1, 2)] is z[1, 2]), `...` (as many full slices as needed) and none (NumPy's newaxis: a new
 * axis of length 1). The tensor is indexed without the new axes, and they are inserted after.
 */
final class NewAxes {

    private NewAxes() {}

    private static final Subscript FULL_SLICE = new Subscript(null, new IndexItem.Slice(null, null, null));

    /** z[(1, 2)] is z[1, 2]: a tuple given as the only index spreads into one index per axis. */
    static List<Subscript> spread(List<Subscript> subscripts) {
        if (subscripts.size() != 1 || !(subscripts.get(0).value() instanceof TupleValue tuple)) return subscripts;
        List<Subscript> spread = new ArrayList<>(tuple.items().size());
        for (Value item : tuple.items()) spread.add(new Subscript(item, null));
        return spread;
    }

    static boolean any(List<Subscript> subscripts) {
        for (Subscript subscript : subscripts) {
            if (subscript.isEllipsis() || subscript.value() == NoneValue.NONE) return true;
        }
        return false;
    }

    /** Replaces `...` by the full slices of the axes that nothing else indexes. */
    static List<Subscript> expandEllipsis(List<Subscript> subscripts, int ndim) {
        int ellipses = 0;
        int used = 0;
        for (Subscript subscript : subscripts) {
            if (subscript.isEllipsis()) ellipses++;
            else if (subscript.value() != NoneValue.NONE) used += axesUsed(subscript);
        }
        if (ellipses > 1) throw new LMathError("an index can have only one '...'");
        List<Subscript> expanded = new ArrayList<>();
        for (Subscript subscript : subscripts) {
            if (!subscript.isEllipsis()) {
                expanded.add(subscript);
                continue;
            }
            for (int i = used; i < ndim; i++) expanded.add(FULL_SLICE);
        }
        return expanded;
    }

    /** A mask indexes as many axes as it has; anything else one. */
    private static int axesUsed(Subscript subscript) {
        if (subscript.value() == null) return 1;
        IndexItem item = Indexing.item(subscript);
        return item instanceof IndexItem.Mask mask ? mask.mask().ndim() : 1;
    }

    static List<Subscript> without(List<Subscript> subscripts) {
        return subscripts.stream().filter(s -> s.value() != NoneValue.NONE).toList();
    }

    /** Where in the result each new axis goes: counted in the result's axes, as NumPy places them. */
    static List<Integer> positions(List<Subscript> subscripts, Function<Subscript, IndexItem> item) {
        List<Integer> positions = new ArrayList<>();
        int axis = 0;
        for (Subscript subscript : subscripts) {
            if (subscript.value() == NoneValue.NONE) {
                positions.add(axis++);
                continue;
            }
            IndexItem index = item.apply(subscript);
            if (index instanceof IndexItem.Slice || index instanceof IndexItem.Mask) axis++;
            else if (index instanceof IndexItem.Positions picked) axis += picked.shape().length;
        }
        return positions;
    }

    /** The result with an axis of length 1 inserted at each position. */
    static Value insert(Value result, List<Integer> positions) {
        int[] shape = Differentiable.shapeOf(result);
        int[] reshaped = new int[shape.length + positions.size()];
        int from = 0;
        for (int axis = 0; axis < reshaped.length; axis++) {
            reshaped[axis] = positions.contains(axis) ? 1 : shape[from++];
        }
        if (Differentiable.isTraced(result)) return Differentiable.reshape(result, reshaped);
        return Values.fromTensor(Values.toTensor(result, "the indexed value").reshape(reshaped));
    }
}
