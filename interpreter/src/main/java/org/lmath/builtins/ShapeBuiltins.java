package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.required;
import static org.lmath.value.Parameter.tensor;
import static org.lmath.value.Parameter.variadic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lmath.autodiff.Differentiable;
import org.lmath.autodiff.Rules;
import org.lmath.error.LMathError;
import org.lmath.sandbox.Budget;
import org.lmath.sandbox.Interruption;
import org.lmath.tensor.IndexItem;
import org.lmath.tensor.Shapes;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.TensorValue;
import org.lmath.value.Traced;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/** Shapes: shape, reshape, transpose. */
final class ShapeBuiltins {

    private ShapeBuiltins() {}

    private static final String TOPIC = "shape";

    static void register(BuiltinTable table) {
        table.add(TOPIC, "shape", Gradient.CONSTANT, "The sizes of x's axes as a tuple: (3, 4) for a 3x4 matrix, () for a number.",
                args -> Values.shapeTuple(args.tensor("x").shape()), tensor("x"));
        table.add(TOPIC, "reshape", Gradient.RULE, "The same values in a new shape: reshape(x, 2, 3) or reshape(x, (2, 3)); one size may be -1.",
                ShapeBuiltins::reshape, tensor("x"), variadic("shape"));
        table.add(TOPIC, "transpose", Gradient.RULE,
                "The axes reversed: rows become columns (x.T); or put in the order axes gives: transpose(x, (0, 2, 1)).",
                ShapeBuiltins::transpose, tensor("x"), optional("axes", NoneValue.NONE));
    }

    private static Value transpose(Arguments args) {
        Value x = args.get("x");
        int[] axes = args.axes("axes");
        if (axes == null) return Differentiable.transpose(x);
        int rank = Differentiable.shapeOf(x).length;
        if (axes.length != rank) {
            throw new LMathError("transpose: axes " + Arrays.toString(axes) + " name " + axes.length
                    + " axes, but x has " + rank + " (give each axis exactly once)");
        }
        boolean[] seen = new boolean[rank];
        int[] order = new int[rank];
        for (int i = 0; i < rank; i++) {
            order[i] = Shapes.axis(axes[i], rank);
            if (seen[order[i]]) throw new LMathError("transpose: axis " + axes[i] + " is given twice in axes; give each axis exactly once");
            seen[order[i]] = true;
        }
        return Rules.permuting(order).apply(x);
    }

    static void registerJoining(BuiltinTable table) {
        table.add(TOPIC, "flatten", Gradient.RULE, "The elements as a 1-D tensor, row by row.",
                args -> Differentiable.reshape(args.get("x"), new int[] {Shapes.size(Differentiable.shapeOf(args.get("x")))}),
                tensor("x"));
        table.add(TOPIC, "squeeze", Gradient.RULE, "x without its axes of size 1 (or without the given one, which must have size 1).",
                ShapeBuiltins::squeeze, tensor("x"), optional("axis", NoneValue.NONE));
        table.add(TOPIC, "expand_dims", Gradient.RULE, "x with a new axis of size 1 at position axis (a tuple of positions adds several).",
                args -> expandAll(args.get("x"), args.axes("axis")), tensor("x"), required("axis"));
        table.add(TOPIC, "concat", Gradient.RULE, "Tensors joined along an existing axis: concat([a, b], axis=0); axis=none joins "
                        + "them flattened.",
                args -> {
                    if (!args.isNone("axis")) return Rules.concat(args.integer("axis")).apply(parts(args));
                    List<Value> flat = new ArrayList<>();
                    for (Value part : parts(args)) flat.add(Differentiable.reshape(part, new int[] {Shapes.size(Differentiable.shapeOf(part))}));
                    return Rules.concat(0).apply(flat);
                }, required("tensors"), optional("axis", Num.ZERO));
        table.add(TOPIC, "stack", Gradient.RULE, "Tensors (or numbers) of one shape stacked along a new axis: stack([a, b], axis=0).",
                args -> {
                    int axis = args.integer("axis");
                    List<Value> expanded = new ArrayList<>();
                    for (Value part : parts(args)) expanded.add(expandDims(part, axis));
                    return Rules.concat(axis).apply(expanded);
                }, required("tensors"), optional("axis", Num.ZERO));
        table.add(TOPIC, "split", Gradient.RULE, "x cut along axis into n equal parts, or at the given indices: a list of tensors. "
                        + "On a string, Python's: \"a,b\".split(\",\") is [\"a\", \"b\"], and \"a b\".split() splits at spaces.",
                ShapeBuiltins::split, required("x"), optional("sections", org.lmath.value.NoneValue.NONE), optional("axis", Num.ZERO));
    }

    private static List<Value> parts(Arguments args) {
        Value tensors = args.get("tensors");
        // [a, b] of equal shapes is already a tensor: its rows are the parts. Tensors of different
        // shapes in brackets are a list of them.
        Value plain = Traced.strip(tensors);
        if (!(plain instanceof org.lmath.value.ListValue || plain instanceof TupleValue || plain instanceof TensorValue)) {
            throw new LMathError(args.signatureName() + "() takes a tuple or list of tensors, like " + args.signatureName() + "((a, b))");
        }
        List<Value> parts = Differentiable.items(tensors);
        if (parts.isEmpty()) throw new LMathError(args.signatureName() + "() needs at least one tensor");
        return parts;
    }

    /** NumPy's expand_dims with several axes: positions in the result, each given once. */
    private static Value expandAll(Value x, int[] axes) {
        if (axes == null) throw new LMathError("expand_dims(): axis must be a whole number or a tuple of them, not none");
        int rank = Differentiable.shapeOf(x).length + axes.length;
        boolean[] added = new boolean[rank];
        for (int axis : axes) {
            int at = Shapes.axis(axis, rank);
            if (added[at]) throw new LMathError("expand_dims(): axis " + axis + " is given twice");
            added[at] = true;
        }
        int[] shape = Differentiable.shapeOf(x);
        int[] expanded = new int[rank];
        for (int d = 0, k = 0; d < rank; d++) expanded[d] = added[d] ? 1 : shape[k++];
        return Differentiable.reshape(x, expanded);
    }

    private static Value expandDims(Value x, int axis) {
        int[] shape = Differentiable.shapeOf(x);
        int at = Shapes.axis(axis, shape.length + 1);
        int[] expanded = new int[shape.length + 1];
        for (int d = 0, k = 0; d < expanded.length; d++) expanded[d] = d == at ? 1 : shape[k++];
        return Differentiable.reshape(x, expanded);
    }

    private static Value squeeze(Arguments args) {
        Value x = args.get("x");
        int[] shape = Differentiable.shapeOf(x);
        int only = args.isNone("axis") ? -1 : Shapes.axis(args.integer("axis"), shape.length);
        if (only >= 0 && shape[only] != 1) {
            throw new LMathError("squeeze: axis " + args.integer("axis") + " has size " + shape[only] + ", not 1");
        }
        List<Integer> kept = new ArrayList<>();
        for (int d = 0; d < shape.length; d++) {
            if (only >= 0 ? d != only : shape[d] != 1) kept.add(shape[d]);
        }
        return Differentiable.reshape(x, kept.stream().mapToInt(Integer::intValue).toArray());
    }

    /** NumPy's split: n equal sections (n must divide the axis), or cut points. */
    private static Value split(Arguments args) {
        Value x = args.get("x");
        if (x instanceof org.lmath.value.Str) return StringBuiltins.split(args);
        if (args.isNone("sections")) throw new LMathError("split(): a tensor needs sections: a number of equal parts or a list of cut points");
        int[] shape = Differentiable.shapeOf(x);
        if (shape.length == 0) throw new LMathError("split needs a tensor, not a number");
        int axis = Shapes.axis(args.integer("axis"), shape.length);
        int length = shape[axis];
        List<Integer> cuts = new ArrayList<>();
        Value sections = args.get("sections");
        if (sections instanceof Num) {
            int n = args.integer("sections");
            if (n <= 0 || length % n != 0) {
                throw new LMathError("split: " + n + " equal sections do not divide an axis of size " + length);
            }
            Budget.requireList(n, "split() into " + n + " sections");  // an empty axis divides into any number of them
            for (int k = 1; k < n; k++) cuts.add(k * length / n);
        } else {
            for (double cut : Values.toTensor(Traced.strip(sections), "split(): sections").toArray()) cuts.add((int) cut);
        }
        List<Value> pieces = new ArrayList<>();
        int start = 0;
        cuts.add(length);
        for (int cut : cuts) {
            Interruption.check();
            List<IndexItem> items = new ArrayList<>();
            for (int d = 0; d < axis; d++) items.add(new IndexItem.Slice(null, null, null));
            items.add(new IndexItem.Slice(start, Math.max(start, cut), 1));
            pieces.add(Differentiable.index(x, items));
            start = Math.max(start, cut);
        }
        return new org.lmath.value.ListValue(pieces);
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
