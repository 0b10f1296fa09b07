package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.required;

import java.util.Arrays;

import org.lmath.autodiff.Differentiable;
import org.lmath.error.LMathError;
import org.lmath.print.NumberFormat;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.TensorValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/** Tensors shaped like others (zeros_like, ones_like, one_hot), their size and ndim, and cumsum. */
final class ArrayBuiltins {

    private ArrayBuiltins() {}

    static void register(BuiltinTable table) {
        table.add("create", "zeros_like", Gradient.CONSTANT, "Zeros of x's shape (0 for a number).",
                args -> filledLike(args, 0), required("x"));
        table.add("create", "ones_like", Gradient.CONSTANT, "Ones of x's shape (1 for a number).",
                args -> filledLike(args, 1), required("x"));
        table.add("create", "one_hot", Gradient.CONSTANT,
                "Rows of n zeros with a 1 at each index (PyTorch's one_hot, as floats); n defaults to the largest index + 1.",
                ArrayBuiltins::oneHot, required("indices"), optional("n", NoneValue.NONE));
        table.add("shape", "size", Gradient.CONSTANT, "The number of elements of x (x.size), or the length of one axis.",
                args -> {
                    Tensor x = args.tensor("x");
                    if (args.isNone("axis")) return new Num(x.size());
                    return new Num(x.shape()[Shapes.axis(args.integer("axis"), x.ndim())]);
                }, required("x"), optional("axis", NoneValue.NONE));
        table.add("shape", "ndim", Gradient.CONSTANT, "The number of axes of x (x.ndim): 0 for a number, 2 for a matrix.",
                args -> new Num(args.tensor("x").ndim()), required("x"));
        table.add("reduce", "cumsum", Gradient.RULE, "The running sums along axis; with axis none, of x flattened (as NumPy).",
                args -> Differentiable.cumulativeSum(args.get("x"), args.isNone("axis") ? null : args.integer("axis")),
                required("x"), optional("axis", NoneValue.NONE));
    }

    private static Value filledLike(Arguments args, double value) {
        Tensor x = args.tensor("x");
        if (x.ndim() == 0) return new Num(value);
        return new TensorValue(Tensor.full(x.shape(), value));
    }

    /** indices of any shape give shape + (n,): the last axis holds the one-hot rows. */
    private static Value oneHot(Arguments args) {
        Tensor indices = args.tensor("indices");
        double[] positions = indices.toArray();
        double largest = -1;
        for (double position : positions) {
            if (position != Math.rint(position) || position < 0) {
                throw new LMathError("one_hot(): indices must be whole numbers from 0 up, not " + NumberFormat.format(position));
            }
            largest = Math.max(largest, position);
        }
        int classes;
        if (args.isNone("n")) {
            if (positions.length == 0) throw new LMathError("one_hot(): give n, the number of classes, when there are no indices");
            classes = (int) largest + 1;
        } else {
            classes = args.integer("n");
            if (classes < 1) throw new LMathError("one_hot(): n, the number of classes, must be at least 1, not " + classes);
            if (largest >= classes) {
                throw new LMathError("one_hot(): index " + NumberFormat.format(largest) + " is too large for n = " + classes
                        + " classes (indices go from 0 to " + (classes - 1) + ")");
            }
        }
        int[] shape = Arrays.copyOf(indices.shape(), indices.ndim() + 1);
        shape[indices.ndim()] = classes;
        double[] data = new double[positions.length * classes];
        for (int i = 0; i < positions.length; i++) data[i * classes + (int) positions[i]] = 1;
        return new TensorValue(Tensor.of(data, shape));
    }
}
