package org.lmath.builtins;

import java.util.List;

import org.lmath.autodiff.Differentiable;
import org.lmath.autodiff.Rules;
import org.lmath.tensor.IndexItem;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;
import org.lmath.value.TensorValue;
import org.lmath.value.Value;

/**
 * Rearranging elements by position: flip, roll, tile, repeat, diag, pad and their kin are each a
 * map from a place in the result to the element of x it takes. They all become one gather
 * (x flattened, indexed by an array of flat positions), so the indexing entry of the rules table
 * differentiates every one of them: the gradient is added back into the places the elements came from.
 */
final class Layouts {

    private Layouts() {}

    /** Where the element at a place of the result comes from: a flat position in x (or `fill`, for a constant). */
    @FunctionalInterface
    interface Source {
        int of(int[] place);
    }

    /** The result of the given shape whose element at each place is x's element at source(place). */
    static Value gather(Value x, int[] shape, Source source) {
        return gather(x, shape, source, Double.NaN, false);
    }

    /**
     * As gather, but a source of -1 gives the constant `fill` (pad's constant, diag's zeros): x is
     * flattened with fill appended, so fill's place is one past the end of x.
     */
    static Value gatherWithFill(Value x, int[] shape, Source source, double fill) {
        return gather(x, shape, source, fill, true);
    }

    private static Value gather(Value x, int[] shape, Source source, double fill, boolean filled) {
        int[] inputShape = Differentiable.shapeOf(x);
        int size = Shapes.size(inputShape);
        Value flat = Differentiable.reshape(x, new int[] {size});
        if (filled) {
            flat = Rules.concat(0).apply(List.of(flat, new TensorValue(Tensor.of(new double[] {fill}, new int[] {1}))));
        }
        int count = Shapes.size(shape);
        int[] positions = new int[count];
        int[] place = new int[shape.length];
        for (int k = 0; k < count; k++) {
            int remainder = k;
            for (int d = shape.length - 1; d >= 0; d--) {
                place[d] = shape[d] == 0 ? 0 : remainder % shape[d];
                remainder = shape[d] == 0 ? 0 : remainder / shape[d];
            }
            int from = source.of(place);
            positions[k] = from < 0 ? size : from;
        }
        if (shape.length == 0) return Differentiable.index(flat, List.of(new IndexItem.Single(positions[0])));
        return Differentiable.index(flat, List.of(new IndexItem.Positions(positions, shape)));
    }

    /** The flat position of a place in a tensor of this shape (row-major). */
    static int flat(int[] shape, int[] place) {
        int position = 0;
        for (int d = 0; d < shape.length; d++) position = position * shape[d] + place[d];
        return position;
    }
}
