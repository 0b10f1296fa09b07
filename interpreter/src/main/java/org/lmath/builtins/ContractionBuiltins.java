package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.required;
import static org.lmath.value.Parameter.tensor;
import static org.lmath.value.Parameter.variadic;

import java.util.ArrayList;
import java.util.List;

import org.lmath.autodiff.Differentiable;
import org.lmath.autodiff.Rules;
import org.lmath.error.LMathError;
import org.lmath.tensor.IndexItem;
import org.lmath.tensor.Shapes;
import org.lmath.value.ListValue;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.Traced;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * Products and differences along axes: kron, inner, cross, tensordot, einsum, diff, gradient.
 * Each is written with differentiable steps (transpose, reshape, matmul, indexing), as NumPy
 * defines it.
 */
final class ContractionBuiltins {

    private ContractionBuiltins() {}

    private static final String TOPIC = "arrays";

    static void register(BuiltinTable table) {
        table.add("linalg", "kron", Gradient.RULE, "The Kronecker product: b scaled by each element of a, laid out in a's pattern.",
                ContractionBuiltins::kron, tensor("a"), tensor("b"));
        table.add("linalg", "inner", Gradient.RULE, "The sum of products over the last axes of a and b (of vectors, the dot product).",
                args -> {
                    Value a = args.get("a"), b = args.get("b");
                    if (Traced.strip(a) instanceof Num || Traced.strip(b) instanceof Num) return Rules.MULTIPLY.apply(a, b);
                    return contract(a, new int[] {-1}, b, new int[] {-1}, "inner");
                }, tensor("a"), tensor("b"));
        table.add("linalg", "cross", Gradient.RULE, "The cross product of 3-vectors along the last axis (of 2-vectors, the z component "
                + "a0 b1 - a1 b0), broadcasting the other axes.", ContractionBuiltins::cross, tensor("a"), tensor("b"));
        table.add("linalg", "tensordot", Gradient.RULE, "Sums of products over axes: axes=n pairs a's last n axes with b's first n; "
                        + "axes=(a_axes, b_axes) names them (NumPy's tensordot).",
                ContractionBuiltins::tensorDot, tensor("a"), tensor("b"), optional("axes", new Num(2)));
        table.add("linalg", "einsum", Gradient.RULE, "Einstein summation with NumPy's subscripts: einsum(\"ij,jk->ik\", A, B) is "
                        + "A @ B, \"ii\" the trace, \"bij,bkj->bik\" batched products; letters missing from the output are summed.",
                args -> Einsum.evaluate(args.string("subscripts"), args.rest("operands")), required("subscripts"), variadic("operands"));
        table.add(TOPIC, "diff", Gradient.RULE, "The differences x[i + 1] - x[i] along axis, taken n times (NumPy's diff).",
                ContractionBuiltins::diff, tensor("x"), optional("n", Num.ONE), optional("axis", new Num(-1)));
        table.add(TOPIC, "gradient", Gradient.RULE, "NumPy's gradient: central differences (f[i + 1] - f[i - 1]) / (2 spacing) inside, "
                        + "one-sided at the ends (edge_order 1 or 2); one tensor per axis (a tuple) for N-D f.",
                ContractionBuiltins::gradient, tensor("f"), optional("spacing", Num.ONE), optional("axis", NoneValue.NONE),
                optional("edge_order", Num.ONE));
    }

    /** Sums over a's axes aAxes paired with b's bAxes: the other axes of a, then those of b (NumPy's tensordot). */
    static Value contract(Value a, int[] aAxes, Value b, int[] bAxes, String name) {
        int[] aShape = Differentiable.shapeOf(a), bShape = Differentiable.shapeOf(b);
        if (aAxes.length != bAxes.length) throw new LMathError(name + "(): a and b must be summed over as many axes each, got "
                + aAxes.length + " and " + bAxes.length);
        boolean[] aSummed = new boolean[aShape.length], bSummed = new boolean[bShape.length];
        int summed = 1;
        int[] aOrder = new int[aShape.length], bOrder = new int[bShape.length];
        for (int i = 0; i < aAxes.length; i++) {
            int p = Shapes.axis(aAxes[i], aShape.length), q = Shapes.axis(bAxes[i], bShape.length);
            if (aSummed[p] || bSummed[q]) throw new LMathError(name + "(): an axis is named twice");
            if (aShape[p] != bShape[q]) {
                throw new LMathError(name + "(): shapes " + Shapes.describe(aShape) + " and " + Shapes.describe(bShape)
                        + " do not line up: axis " + p + " of a has size " + aShape[p] + " but axis " + q + " of b has size " + bShape[q]);
            }
            aSummed[p] = true;
            bSummed[q] = true;
            summed *= aShape[p];
            aOrder[aShape.length - aAxes.length + i] = p;
            bOrder[i] = q;
        }
        List<Integer> result = new ArrayList<>();
        int aFree = 1, bFree = 1;
        for (int d = 0, k = 0; d < aShape.length; d++) {
            if (aSummed[d]) continue;
            aOrder[k++] = d;
            aFree *= aShape[d];
            result.add(aShape[d]);
        }
        for (int d = 0, k = bAxes.length; d < bShape.length; d++) {
            if (bSummed[d]) continue;
            bOrder[k++] = d;
            bFree *= bShape[d];
            result.add(bShape[d]);
        }
        Value left = Differentiable.reshape(Rules.permuting(aOrder).apply(a), new int[] {aFree, summed});
        Value right = Differentiable.reshape(Rules.permuting(bOrder).apply(b), new int[] {summed, bFree});
        return Differentiable.reshape(Differentiable.matmul(left, right), result.stream().mapToInt(Integer::intValue).toArray());
    }

    private static Value tensorDot(Arguments args) {
        Value a = args.get("a"), b = args.get("b");
        int aRank = Differentiable.shapeOf(a).length;
        Value axes = Traced.strip(args.get("axes"));
        int[] aAxes, bAxes;
        if (axes instanceof Num) {
            int n = args.integer("axes");
            if (n < 0 || n > aRank || n > Differentiable.shapeOf(b).length) {
                throw new LMathError("tensordot(): axes=" + n + " is more axes than a or b has");
            }
            aAxes = new int[n];
            bAxes = new int[n];
            for (int i = 0; i < n; i++) {
                aAxes[i] = aRank - n + i;
                bAxes[i] = i;
            }
        } else {
            List<Value> pair = axes instanceof TupleValue tuple ? tuple.items() : axes instanceof ListValue list ? list.items() : List.of();
            if (pair.size() != 2) throw new LMathError("tensordot(): axes must be a number or a pair (a_axes, b_axes)");
            aAxes = axisList(pair.get(0));
            bAxes = axisList(pair.get(1));
        }
        return contract(a, aAxes, b, bAxes, "tensordot");
    }

    private static int[] axisList(Value value) {
        double[] data = Values.toTensor(value, "tensordot(): an axes list").toArray();
        int[] axes = new int[data.length];
        for (int i = 0; i < axes.length; i++) axes[i] = (int) data[i];
        return axes;
    }

    private static Value kron(Arguments args) {
        Value a = args.get("a"), b = args.get("b");
        int[] aShape = Differentiable.shapeOf(a), bShape = Differentiable.shapeOf(b);
        int rank = Math.max(aShape.length, bShape.length);
        int[] spreadA = new int[2 * rank], spreadB = new int[2 * rank], result = new int[rank];
        for (int d = 0; d < rank; d++) {
            int m = d < rank - aShape.length ? 1 : aShape[d - (rank - aShape.length)];
            int n = d < rank - bShape.length ? 1 : bShape[d - (rank - bShape.length)];
            spreadA[2 * d] = m;
            spreadA[2 * d + 1] = 1;
            spreadB[2 * d] = 1;
            spreadB[2 * d + 1] = n;
            result[d] = m * n;
        }
        Value product = Rules.MULTIPLY.apply(Differentiable.reshape(a, spreadA), Differentiable.reshape(b, spreadB));
        return Differentiable.reshape(product, result);
    }

    private static Value component(Value x, int k) {
        int rank = Differentiable.shapeOf(x).length;
        List<IndexItem> items = new ArrayList<>();
        for (int d = 0; d < rank - 1; d++) items.add(new IndexItem.Slice(null, null, null));
        items.add(new IndexItem.Single(k));
        return Differentiable.index(x, items);
    }

    private static Value cross(Arguments args) {
        Value a = args.get("a"), b = args.get("b");
        int[] aShape = Differentiable.shapeOf(a), bShape = Differentiable.shapeOf(b);
        int n = aShape.length == 0 ? 0 : aShape[aShape.length - 1];
        int m = bShape.length == 0 ? 0 : bShape[bShape.length - 1];
        if (n != m || (n != 2 && n != 3)) {
            throw new LMathError("cross(): both vectors must have 3 (or both 2) components along the last axis, got shapes "
                    + Shapes.describe(aShape) + " and " + Shapes.describe(bShape));
        }
        Value[] x = new Value[n], y = new Value[n];
        for (int k = 0; k < n; k++) {
            x[k] = component(a, k);
            y[k] = component(b, k);
        }
        if (n == 2) return Rules.SUBTRACT.apply(Rules.MULTIPLY.apply(x[0], y[1]), Rules.MULTIPLY.apply(x[1], y[0]));
        List<Value> parts = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            int i = (k + 1) % 3, j = (k + 2) % 3;
            parts.add(Rules.SUBTRACT.apply(Rules.MULTIPLY.apply(x[i], y[j]), Rules.MULTIPLY.apply(x[j], y[i])));
        }
        int[] broadcast = Differentiable.shapeOf(parts.get(0));
        List<Value> shaped = new ArrayList<>();
        for (Value part : parts) shaped.add(Differentiable.broadcastTo(part, broadcast));
        Value stacked = Differentiable.stack(shaped);  // components first
        int rank = broadcast.length + 1;
        int[] order = new int[rank];
        for (int d = 0; d < rank - 1; d++) order[d] = d + 1;
        order[rank - 1] = 0;
        return Rules.permuting(order).apply(stacked);
    }

    /** x[start:stop] along an axis. */
    private static Value slice(Value x, int axis, Integer start, Integer stop) {
        List<IndexItem> items = new ArrayList<>();
        for (int d = 0; d < axis; d++) items.add(new IndexItem.Slice(null, null, null));
        items.add(new IndexItem.Slice(start, stop, 1));
        return Differentiable.index(x, items);
    }

    private static Value diff(Arguments args) {
        Value x = args.get("x");
        int[] shape = Differentiable.shapeOf(x);
        if (shape.length == 0) throw new LMathError("diff(): x must have at least one axis, got a number");
        int axis = Shapes.axis(args.integer("axis"), shape.length);
        int n = args.integer("n");
        if (n < 0) throw new LMathError("diff(): n must be a whole number >= 0, got " + n);
        for (int k = 0; k < n && Differentiable.shapeOf(x)[axis] > 0; k++) {
            x = Rules.SUBTRACT.apply(slice(x, axis, 1, null), slice(x, axis, null, -1));
        }
        return x;
    }

    private static Value gradient(Arguments args) {
        Value f = args.get("f");
        int[] shape = Differentiable.shapeOf(f);
        double spacing = args.number("spacing");
        int order = args.integer("edge_order");
        if (order != 1 && order != 2) throw new LMathError("gradient(): edge_order must be 1 or 2, got " + order);
        int[] axes = args.axes("axis");
        if (axes == null) axes = ArrayManipulationBuiltins.identity(shape.length);
        List<Value> results = new ArrayList<>();
        for (int axis : axes) {
            int a = Shapes.axis(axis, shape.length);
            if (shape[a] < order + 1) {
                throw new LMathError("gradient(): each axis needs at least edge_order + 1 = " + (order + 1) + " points, axis " + a + " has " + shape[a]);
            }
            results.add(alongAxis(f, a, spacing, order));
        }
        return results.size() == 1 ? results.get(0) : new TupleValue(List.copyOf(results));
    }

    private static Value alongAxis(Value f, int axis, double h, int order) {
        Num twoH = new Num(2 * h);
        Value first, last;
        if (order == 1) {
            first = Rules.DIVIDE.apply(Rules.SUBTRACT.apply(slice(f, axis, 1, 2), slice(f, axis, 0, 1)), new Num(h));
            last = Rules.DIVIDE.apply(Rules.SUBTRACT.apply(slice(f, axis, -1, null), slice(f, axis, -2, -1)), new Num(h));
        } else {
            first = Rules.DIVIDE.apply(Rules.ADD.apply(Rules.SUBTRACT.apply(Rules.MULTIPLY.apply(new Num(4), slice(f, axis, 1, 2)), Rules.MULTIPLY.apply(new Num(3), slice(f, axis, 0, 1))), Differentiable.negate(slice(f, axis, 2, 3))), twoH);
            last = Rules.DIVIDE.apply(Rules.ADD.apply(Rules.SUBTRACT.apply(Rules.MULTIPLY.apply(new Num(3), slice(f, axis, -1, null)), Rules.MULTIPLY.apply(new Num(4), slice(f, axis, -2, -1))), slice(f, axis, -3, -2)), twoH);
        }
        Value inside = Rules.DIVIDE.apply(Rules.SUBTRACT.apply(slice(f, axis, 2, null), slice(f, axis, null, -2)), twoH);
        return Rules.concat(axis).apply(List.of(first, inside, last));
    }
}
