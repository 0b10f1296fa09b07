package org.lmath.autodiff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lmath.error.LMathError;
import org.lmath.tensor.Decompositions;
import org.lmath.tensor.Elementwise;
import org.lmath.tensor.IndexItem;
import org.lmath.tensor.MathFunction;
import org.lmath.tensor.Reduction;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Sorting;
import org.lmath.tensor.Tensor;
import org.lmath.value.ListValue;
import org.lmath.value.Num;
import org.lmath.value.RangeValue;
import org.lmath.value.Operations;
import org.lmath.value.Sequences;
import org.lmath.value.TensorValue;
import org.lmath.value.Traced;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * The door every differentiable operation goes through ({@link #apply}; a primitive of the
 * {@link Rules} table is applied with {@code Rules.X.apply(...)}, which comes here). With no traced input it computes at once
 * (code outside grad pays one type check per input). Otherwise it takes the innermost running
 * grad among the inputs (the highest level), computes the result one level down — where the
 * inputs may still be traced by outer grads — and records a node on that grad's tape.
 */
public final class Differentiable {

    private Differentiable() {}

    public static Value apply(Primitive primitive, Value... inputs) {
        // The untraced case (code outside grad, and every step of a first derivative's backward
        // pass) checks its inputs once and computes; the traced case is a method of its own.
        for (Value input : inputs) {
            if (input instanceof Traced) return applyTraced(primitive, inputs);
        }
        return primitive.compute(inputs);
    }

    /** Some input is traced: record a node on the innermost running grad's tape, if one is running. */
    private static Value applyTraced(Primitive primitive, Value[] inputs) {
        // Each input without the layers of finished grads, and the innermost running grad's level.
        Value[] unwrapped = new Value[inputs.length];
        int level = 0;
        for (int i = 0; i < inputs.length; i++) {
            Value input = dropInactive(inputs[i]);
            unwrapped[i] = input;
            if (input instanceof Traced traced) level = Math.max(level, node(traced).tape.level);
        }
        if (level == 0) return primitive.compute(unwrapped);  // every grad tracing them has finished: plain values
        Node[] parents = new Node[inputs.length];
        Tape tape = null;
        boolean outerTraced = false;  // an input still traced by an outer grad: computed one level down, through apply
        for (int i = 0; i < inputs.length; i++) {
            if (unwrapped[i] instanceof Traced traced && node(traced).tape.level == level) {
                Node node = node(traced);
                unwrapped[i] = traced.primal();
                parents[i] = node;
                tape = node.tape;
            }
            outerTraced |= unwrapped[i] instanceof Traced;
        }
        Value output = outerTraced ? apply(primitive, unwrapped) : primitive.compute(unwrapped);
        return new Traced(output, tape.record(primitive, unwrapped, parents, output));
    }

    /**
     * Where a traced value is on its tape. Node is the only kind of trace (the interface lets the
     * value package name it without depending on this one); read as a node, its tape's level and
     * state are two field reads instead of interface calls on every operation.
     */
    private static Node node(Traced traced) {
        return (Node) traced.trace();
    }

    /** The level of the innermost running grad tracing this value, 0 if none. */
    static int activeLevel(Value value) {
        Value live = dropInactive(value);
        return live instanceof Traced traced ? node(traced).tape.level : 0;
    }

    /** Removes the layers of grads that have finished: their values are constants now. */
    static Value dropInactive(Value value) {
        while (value instanceof Traced traced && !node(traced).tape.isActive()) value = traced.primal();
        return value;
    }

    /** True when a running grad is tracing this value. */
    public static boolean isTraced(Value value) {
        return value instanceof Traced && activeLevel(value) > 0;
    }

    /** The shape of a number (()) or tensor, through any tracing. */
    public static int[] shapeOf(Value value) {
        Value plain = Traced.strip(value);
        if (plain instanceof Num) return new int[0];
        return Values.toTensor(plain, "value").shape();
    }

    // ------------------------------------------------------------------ the operations
    // Only what does more than name one rule of the table: the evaluator's doors for its syntax
    // (operators, '@', indexing, bracket literals, .T, new axes) and operations with shortcuts
    // or more than one rule. Everything else is applied as Rules.X.apply(...).

    /** a op b; comparisons are not differentiable and give plain masks or bools. */
    public static Value binary(Elementwise operation, Value left, Value right) {
        if (!(left instanceof Traced) && !(right instanceof Traced)) return Operations.binary(operation, left, right);
        if (operation.isComparison()) return Operations.binary(operation, Traced.strip(left), Traced.strip(right));
        return apply(Rules.elementwise(operation), left, right);
    }

    /** -x; a plain number without a trip through the table. */
    public static Value negate(Value x) {
        if (x instanceof Num number) return new Num(-number.value());
        return apply(Rules.function(MathFunction.NEGATE), x);
    }

    /** a @ b: the evaluator's door for '@', beside binary for the other operators. */
    public static Value matmul(Value a, Value b) {
        return apply(Rules.MATMUL, a, b);
    }

    /** sum, mean, max, min over axes (null: all), as NumPy. */
    public static Value reduce(Reduction reduction, Value x, int[] axes, boolean keepDimensions) {
        // A number reduced over all (no) axes is itself, traced or not: nothing to record.
        if (Traced.strip(x) instanceof Num && (axes == null || axes.length == 0)) return x;
        return apply(Rules.reduction(reduction, axes, keepDimensions), x);
    }

    /** NumPy's cumsum: the running sum along axis, or along x flattened when axis is null. */
    public static Value cumulativeSum(Value x, Integer axis) {
        if (axis == null) return apply(Rules.cumulativeSum(0, false), reshape(x, new int[] {Shapes.size(shapeOf(x))}));
        return apply(Rules.cumulativeSum(axis, false), x);
    }

    /**
     * NumPy's sort (kind='stable'): each line along axis in ascending order, nan last; with axis
     * null, x flattened. Differentiable: the gradient goes back to where each element came from.
     */
    public static Value sort(Value x, Integer axis) {
        if (axis == null) return sort(reshape(x, new int[] {Shapes.size(shapeOf(x))}), 0);
        Tensor values = Values.toTensor(Traced.strip(x), "sort()'s argument");
        return apply(Rules.alongAxis(Sorting.argsort(values, axis), axis, false), x);
    }

    /** (Q, R) of qr, reduced; traced, each is its own entry of the table. */
    public static Value[] qr(Value matrix) {
        if (!isTraced(matrix)) {
            Tensor[] parts = org.lmath.tensor.Factorizations.qr(Values.toTensor(Traced.strip(matrix), "qr()'s argument"));
            return new Value[] {new TensorValue(parts[0]), new TensorValue(parts[1])};
        }
        return new Value[] {apply(Rules.qrFactor(0), matrix), apply(Rules.qrFactor(1), matrix)};
    }

    /** (values, vectors) of a symmetric matrix; traced, each is its own entry of the table (computed once when not). */
    public static Value[] eigh(Value matrix) {
        if (!isTraced(matrix)) return plain(Decompositions.eigh(Values.toTensor(Traced.strip(matrix), "eigh()'s argument")));
        return new Value[] {apply(Rules.EIGH_VALUES, matrix), apply(Rules.EIGH_VECTORS, matrix)};
    }

    /** (values, vectors) of a square matrix with real eigenvalues, as eigh. */
    public static Value[] eig(Value matrix) {
        if (!isTraced(matrix)) return plain(Decompositions.eig(Values.toTensor(Traced.strip(matrix), "eig()'s argument")));
        return new Value[] {apply(Rules.EIG_VALUES, matrix), apply(Rules.EIG_VECTORS, matrix)};
    }

    /** (U, S, Vt) of a matrix; traced, S has a gradient rule and U, Vt an error if one is needed. */
    public static Value[] svd(Value matrix, boolean full) {
        if (!isTraced(matrix)) {
            Tensor[] parts = Decompositions.svd(Values.toTensor(Traced.strip(matrix), "svd()'s argument"), full);
            return new Value[] {new TensorValue(parts[0]), new TensorValue(parts[1]), new TensorValue(parts[2])};
        }
        if (shapeOf(matrix).length != 2) Decompositions.svd(Values.toTensor(Traced.strip(matrix), "svd()'s argument"), full);  // its error
        return new Value[] {apply(Rules.singularVectors(0, full), matrix), apply(Rules.SINGULAR_VALUES, matrix),
                apply(Rules.singularVectors(2, full), matrix)};
    }

    private static Value[] plain(Tensor[] parts) {
        return new Value[] {new TensorValue(parts[0]), new TensorValue(parts[1])};
    }

    /** x with a new shape of the same size: the evaluator's door for new axes (x[:, none]). */
    public static Value reshape(Value x, int[] shape) {
        return apply(Rules.reshaping(shape), x);
    }

    /** .T: all axes reversed. */
    public static Value transpose(Value x) {
        int rank = shapeOf(x).length;
        if (rank < 2) return x;
        int[] order = new int[rank];
        for (int i = 0; i < rank; i++) order[i] = rank - 1 - i;
        return Rules.permuting(order).apply(x);
    }

    public static Value broadcastTo(Value x, int[] shape) {
        if (Arrays.equals(shapeOf(x), shape)) return x;
        return apply(Rules.broadcasting(shape), x);
    }

    /** NumPy indexing; the gradient scatters back into the indexed tensor's shape. */
    public static Value index(Value x, List<IndexItem> items) {
        return apply(Rules.indexing(ownMasks(items), shapeOf(x)), x);
    }

    /** The tape keeps its own copy of a mask, so that changing the mask later (m[0] = 1) cannot change the gradient. */
    private static List<IndexItem> ownMasks(List<IndexItem> items) {
        List<IndexItem> owned = null;
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof IndexItem.Mask mask)) continue;
            if (owned == null) owned = new ArrayList<>(items);
            owned.set(i, new IndexItem.Mask(mask.mask().copy()));
        }
        return owned == null ? items : owned;
    }

    /** Item i of a sequence: a traced tensor gives its traced rows. */
    public static Value item(Value sequence, int i) {
        if (!(sequence instanceof Traced)) return Sequences.item(sequence, i);
        return index(sequence, List.of(new IndexItem.Single(i)));
    }

    public static List<Value> items(Value sequence) {
        if (!(sequence instanceof Traced)) return Sequences.items(sequence);
        int length = shapeOf(sequence).length == 0 ? -1 : shapeOf(sequence)[0];
        if (length < 0) throw new LMathError("a number has no length and cannot be gone through item by item");
        List<Value> result = new ArrayList<>(length);
        for (int i = 0; i < length; i++) result.add(item(sequence, i));
        return result;
    }

    /**
     * [a, b, ...] when some items are traced: a stacked tensor whose gradient splits back. As for
     * plain values (Values.stack), a literal with an item that is not a number or tensor is a list.
     */
    public static Value stack(List<Value> items) {
        boolean allNumbers = true, allTensors = true, numeric = true;
        for (Value item : items) {
            Value plain = Traced.strip(item);
            allNumbers &= plain instanceof Num;
            allTensors &= plain instanceof TensorValue || plain instanceof RangeValue;
            numeric &= plain instanceof Num || plain instanceof TensorValue;
        }
        if (!allNumbers && !allTensors && !numeric) return new ListValue(new ArrayList<>(items));
        return apply(Rules.STACK, items.toArray(new Value[0]));
    }

    /**
     * The gradient of a broadcast operand: sums g over the axes along which `like` was stretched,
     * so the result has like's shape (a number for a number). The one helper every elementwise
     * backward uses.
     */
    static Value unbroadcast(Value g, Value like) {
        // The usual case, shapes that already match, without copying shapes.
        Value plainGradient = Traced.strip(g), plainLike = Traced.strip(like);
        if (plainGradient instanceof Num && plainLike instanceof Num) return g;
        if (plainGradient instanceof TensorValue gradient && plainLike instanceof TensorValue tensor
                && gradient.tensor().hasSameShape(tensor.tensor())) return g;
        // A plain tensor's gradient for a number (B4g's w and b): summed whole, as below, without the table.
        if (plainLike instanceof Num && g instanceof TensorValue gradient) {
            return Values.fromTensor(gradient.tensor().reduce(Reduction.SUM, null, false));
        }
        int[] target = shapeOf(like);
        int[] shape = shapeOf(g);
        if (Arrays.equals(target, shape)) return g;
        int lead = shape.length - target.length;
        int[] axes = new int[shape.length];
        int count = 0;
        for (int axis = 0; axis < shape.length; axis++) {
            if (axis < lead || (target[axis - lead] == 1 && shape[axis] != 1)) axes[count++] = axis;
        }
        Value summed = count == 0 ? g : reduce(Reduction.SUM, g, Arrays.copyOf(axes, count), false);
        return reshapedIfNeeded(summed, target);  // summed over every axis (a number's gradient), it has its shape already
    }

    /**
     * x in this shape, without a copy when it has it already. Only for values a backward rule
     * makes itself (gradients): a user's reshape must copy, since tensors can be changed in place.
     */
    static Value reshapedIfNeeded(Value x, int[] shape) {
        return Arrays.equals(shapeOf(x), shape) ? x : reshape(x, shape);
    }

    /** The shape after reducing axes (null: all) with keepdims. */
    public static int[] keptShapeOf(int[] shape, int[] axes) {
        return keptShape(shape, axes);
    }

    static int[] keptShape(int[] shape, int[] axes) {
        int[] kept = shape.clone();
        if (axes == null) {
            Arrays.fill(kept, 1);
        } else {
            for (int axis : axes) kept[Shapes.axis(axis, shape.length)] = 1;
        }
        return kept;
    }
}
