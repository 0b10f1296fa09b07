package org.lmath.builtins;

import static org.lmath.value.Parameter.required;
import static org.lmath.value.Parameter.variadic;

import java.util.ArrayList;
import java.util.List;

import org.lmath.autodiff.Differentiable;
import org.lmath.error.LMathError;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;
import org.lmath.value.Num;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/** Shapes: shape, reshape, transpose. */
final class ShapeBuiltins {

    private ShapeBuiltins() {}

    private static final String TOPIC = "shape";

    static void register(BuiltinTable table) {
        table.add(TOPIC, "shape", Gradient.CONSTANT, "The sizes of x's axes as a tuple: (3, 4) for a 3x4 matrix, () for a number.",
                args -> shapeTuple(args.tensor("x")), required("x"));
        table.add(TOPIC, "reshape", Gradient.RULE, "The same values in a new shape: reshape(x, 2, 3) or reshape(x, (2, 3)); one size may be -1.",
                ShapeBuiltins::reshape, required("x"), variadic("shape"));
        table.add(TOPIC, "transpose", Gradient.RULE, "The axes reversed: rows become columns (x.T).",
                args -> Differentiable.transpose(args.get("x")), required("x"));
    }

    static TupleValue shapeTuple(Tensor tensor) {
        List<Value> sizes = new ArrayList<>();
        for (int size : tensor.shape()) sizes.add(new Num(size));
        return new TupleValue(List.copyOf(sizes));
    }

    private static Value reshape(Arguments args) {
        Value x = args.get("x");
        int[] original = Differentiable.shapeOf(x);
        return Differentiable.reshape(x, inferMissing(args.shape("shape"), Shapes.size(original), original));
    }

    /** NumPy lets one size be -1: it becomes whatever makes the sizes multiply to the element count. */
    private static int[] inferMissing(int[] shape, int elements, int[] original) {
        int unknown = -1;
        int known = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] == -1) {
                if (unknown >= 0) throw new LMathError("reshape: only one size can be -1");
                unknown = i;
            } else if (shape[i] < 0) {
                throw new LMathError("reshape: sizes must not be negative, got " + Shapes.describe(shape));
            } else {
                known *= shape[i];
            }
        }
        if (unknown < 0) return shape;
        if (known == 0 || elements % known != 0) {
            throw new LMathError("cannot reshape a tensor of shape " + Shapes.describe(original) + " (" + elements
                    + " elements) to " + Shapes.describe(shape));
        }
        int[] result = shape.clone();
        result[unknown] = elements / known;
        return result;
    }
}
