package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.required;
import static org.lmath.value.Parameter.tensor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lmath.autodiff.Differentiable;
import org.lmath.error.LMathError;
import org.lmath.print.NumberFormat;
import org.lmath.sandbox.Budget;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Sorting;
import org.lmath.tensor.Tensor;
import org.lmath.value.ListValue;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.Str;
import org.lmath.value.TensorValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/** Tensors shaped like others (zeros_like, ones_like, one_hot), their size and ndim, cumsum, sort and argsort. */
final class ArrayBuiltins {

    private ArrayBuiltins() {}

    static void register(BuiltinTable table) {
        table.add("create", "zeros_like", Gradient.CONSTANT, "Zeros of x's shape (0 for a number).",
                args -> filledLike(args, 0), tensor("x"));
        table.add("create", "ones_like", Gradient.CONSTANT, "Ones of x's shape (1 for a number).",
                args -> filledLike(args, 1), tensor("x"));
        table.add("create", "one_hot", Gradient.CONSTANT,
                "Rows of n zeros with a 1 at each index (PyTorch's one_hot, as floats); n defaults to the largest index + 1.",
                ArrayBuiltins::oneHot, tensor("indices"), optional("n", NoneValue.NONE));
        table.add("shape", "size", Gradient.CONSTANT, "The number of elements of x (x.size), or the length of one axis.",
                args -> {
                    Tensor x = args.tensor("x");
                    if (args.isNone("axis")) return new Num(x.size());
                    return new Num(x.shape()[Shapes.axis(args.integer("axis"), x.ndim())]);
                }, tensor("x"), optional("axis", NoneValue.NONE));
        table.add("shape", "ndim", Gradient.CONSTANT, "The number of axes of x (x.ndim): 0 for a number, 2 for a matrix.",
                args -> new Num(args.tensor("x").ndim()), tensor("x"));
        table.add("reduce", "cumsum", Gradient.RULE, "The running sums along axis; with axis none, of x flattened (as NumPy).",
                args -> Differentiable.cumulativeSum(args.get("x"), args.isNone("axis") ? null : args.integer("axis")),
                tensor("x"), optional("axis", NoneValue.NONE));
        table.add("reduce", "sort", Gradient.RULE, "x with each line along axis in ascending order (nan last, equal values in "
                        + "their order: NumPy's kind='stable'); axis none sorts x flattened. A list of strings comes back sorted "
                        + "(Python's sorted).",
                ArrayBuiltins::sort, required("x"), optional("axis", new Num(-1)));
        table.add("reduce", "argsort", Gradient.CONSTANT, "The positions that would sort x along axis: x[argsort(x)] is sort(x) "
                        + "for a vector; argsort(-x) orders from the largest (the top-k of a distribution).",
                ArrayBuiltins::argsort, required("x"), optional("axis", new Num(-1)));
    }

    private static Value sort(Arguments args) {
        List<String> words = strings(args.get("x"));
        if (words != null) {
            List<Value> sorted = new ArrayList<>();
            for (String word : words.stream().sorted().toList()) sorted.add(new Str(word));
            return new ListValue(sorted);
        }
        return Differentiable.sort(args.get("x"), args.isNone("axis") ? null : args.integer("axis"));
    }

    private static Value argsort(Arguments args) {
        List<String> words = strings(args.get("x"));
        if (words != null) {
            Integer[] order = new Integer[words.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> words.get(a).compareTo(words.get(b)));
            double[] positions = new double[order.length];
            for (int i = 0; i < order.length; i++) positions[i] = order[i];
            return new TensorValue(Tensor.of(positions, new int[] {positions.length}));
        }
        Tensor x = args.tensor("x");
        if (args.isNone("axis")) return new TensorValue(Sorting.argsort(x.reshape(new int[] {x.size()}), 0));
        return new TensorValue(Sorting.argsort(x, args.integer("axis")));
    }

    /** The strings of a non-empty list of strings, or null when x is anything else. */
    private static List<String> strings(Value x) {
        if (!(x instanceof ListValue list) || list.items().isEmpty()) return null;
        List<String> words = new ArrayList<>();
        for (Value item : list.items()) {
            if (!(item instanceof Str word)) return null;
            words.add(word.value());
        }
        return words;
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
            if (position != Math.rint(position) || position < 0 || Double.isInfinite(position)) {
                throw new LMathError("one_hot(): indices must be whole numbers from 0 up, not " + NumberFormat.format(position));
            }
            largest = Math.max(largest, position);
        }
        int classes;
        if (args.isNone("n")) {
            if (positions.length == 0) throw new LMathError("one_hot(): give n, the number of classes, when there are no indices");
            Budget.requireTensor(positions.length * (largest + 1), "one_hot() of index " + NumberFormat.format(largest));
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
        Shapes.size(shape);  // checks the budget before the rows are made
        double[] data = new double[positions.length * classes];
        for (int i = 0; i < positions.length; i++) data[i * classes + (int) positions[i]] = 1;
        return new TensorValue(Tensor.of(data, shape));
    }
}
