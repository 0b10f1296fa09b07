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
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.Str;
import org.lmath.value.TensorValue;
import org.lmath.value.Traced;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * NumPy's array manipulation: diag, diagonal, tril, triu, roll, flip, rot90, repeat, tile, the
 * stacks, swapaxes, moveaxis, ravel, pad. Each is built from differentiable steps (a gather by
 * positions, reshape, transpose, concat, where), so grad goes through all of them.
 */
final class ArrayManipulationBuiltins {

    private ArrayManipulationBuiltins() {}

    private static final String TOPIC = "arrays";

    static void register(BuiltinTable table) {
        table.add(TOPIC, "diag", Gradient.RULE, "Of a vector, the square matrix with it on diagonal k (0: the main one, k > 0 above); "
                + "of a matrix, its diagonal k (as NumPy's diag).", ArrayManipulationBuiltins::diag, tensor("x"), optional("k", Num.ZERO));
        table.add(TOPIC, "diagonal", Gradient.RULE, "The diagonal at offset of the axes axis1 and axis2, as the last axis of the result "
                        + "(NumPy's diagonal).", ArrayManipulationBuiltins::diagonal, tensor("x"), optional("offset", Num.ZERO),
                optional("axis1", Num.ZERO), optional("axis2", Num.ONE));
        table.add(TOPIC, "tril", Gradient.RULE, "x with the elements above diagonal k of its last two axes set to 0.",
                args -> triangle(args, true), tensor("x"), optional("k", Num.ZERO));
        table.add(TOPIC, "triu", Gradient.RULE, "x with the elements below diagonal k of its last two axes set to 0.",
                args -> triangle(args, false), tensor("x"), optional("k", Num.ZERO));
        table.add(TOPIC, "roll", Gradient.RULE, "x shifted by shift places along axis, the elements that fall off coming back at the "
                        + "other end; axis none rolls x flattened (shift and axis may be tuples).",
                ArrayManipulationBuiltins::roll, tensor("x"), required("shift"), optional("axis", NoneValue.NONE));
        table.add(TOPIC, "flip", Gradient.RULE, "x reversed along axis (an axis, a tuple of axes, or none for all).",
                args -> flip(args.get("x"), args.axes("axis")), tensor("x"), optional("axis", NoneValue.NONE));
        table.add(TOPIC, "fliplr", Gradient.RULE, "x reversed left to right (along axis 1).",
                args -> flip(args.get("x"), atLeast(args, 2, new int[] {1})), tensor("x"));
        table.add(TOPIC, "flipud", Gradient.RULE, "x reversed up to down (along axis 0).",
                args -> flip(args.get("x"), atLeast(args, 1, new int[] {0})), tensor("x"));
        table.add(TOPIC, "rot90", Gradient.RULE, "x rotated by 90 degrees k times, from the first of axes towards the second "
                        + "(counterclockwise for a matrix, as NumPy's rot90).",
                ArrayManipulationBuiltins::rotate, tensor("x"), optional("k", Num.ONE), optional("axes", TupleValue.of(Num.ZERO, Num.ONE)));
        table.add(TOPIC, "repeat", Gradient.RULE, "Each element repeated `repeats` times (a number, or one count per element) along "
                        + "axis; axis none repeats x flattened.",
                ArrayManipulationBuiltins::repeat, tensor("x"), tensor("repeats"), optional("axis", NoneValue.NONE));
        table.add(TOPIC, "tile", Gradient.RULE, "x repeated reps times as a whole (reps may be a tuple, one count per axis).",
                ArrayManipulationBuiltins::tile, tensor("x"), required("reps"));
        table.add(TOPIC, "vstack", Gradient.RULE, "Tensors stacked as rows (vectors become rows; NumPy's vstack).",
                args -> Rules.concat(0).apply(promoted(args, 2, false)), required("tensors"));
        table.add(TOPIC, "hstack", Gradient.RULE, "Tensors joined side by side: vectors end to end, matrices along axis 1 (NumPy's hstack).",
                args -> {
                    List<Value> parts = promoted(args, 1, false);
                    return Rules.concat(Differentiable.shapeOf(parts.get(0)).length == 1 ? 0 : 1).apply(parts);
                }, required("tensors"));
        table.add(TOPIC, "column_stack", Gradient.RULE, "Vectors as the columns of a matrix (matrices join along axis 1).",
                args -> Rules.concat(1).apply(promoted(args, 2, true)), required("tensors"));
        table.add(TOPIC, "swapaxes", Gradient.RULE, "x with two axes exchanged.",
                args -> {
                    Value x = args.get("x");
                    int rank = Differentiable.shapeOf(x).length;
                    int[] order = identity(rank);
                    int a = Shapes.axis(args.integer("axis1"), rank), b = Shapes.axis(args.integer("axis2"), rank);
                    order[a] = b;
                    order[b] = a;
                    return Rules.permuting(order).apply(x);
                }, tensor("x"), required("axis1"), required("axis2"));
        table.add(TOPIC, "moveaxis", Gradient.RULE, "x with axis source moved to position destination, the others keeping their order "
                        + "(both may be tuples).", ArrayManipulationBuiltins::moveAxis, tensor("x"), required("source"), required("destination"));
        table.add(TOPIC, "ravel", Gradient.RULE, "The elements as a 1-D tensor, row by row (as flatten).",
                args -> Differentiable.reshape(args.get("x"), new int[] {Shapes.size(Differentiable.shapeOf(args.get("x")))}), tensor("x"));
        table.add(TOPIC, "pad", Gradient.RULE, "x with pad_width elements added before and after each axis (a number, (before, after), or "
                        + "one pair per axis); mode \"constant\" (constant_values), \"edge\", \"reflect\", \"symmetric\" or \"wrap\", as NumPy.",
                Padding::pad, tensor("x"), tensor("pad_width"), optional("mode", new Str("constant")), optional("constant_values", Num.ZERO));
    }

    static int[] identity(int rank) {
        int[] order = new int[rank];
        for (int i = 0; i < rank; i++) order[i] = i;
        return order;
    }

    private static int[] atLeast(Arguments args, int rank, int[] axes) {
        int actual = Differentiable.shapeOf(args.get("x")).length;
        if (actual < rank) {
            throw new LMathError(args.signatureName() + "(): x must have at least " + rank + " axes, got shape "
                    + Shapes.describe(Differentiable.shapeOf(args.get("x"))));
        }
        return axes;
    }

    private static Value diag(Arguments args) {
        Value x = args.get("x");
        int[] shape = Differentiable.shapeOf(x);
        int k = args.integer("k");
        if (shape.length == 2) return diagonalOf(x, k, 0, 1);
        if (shape.length != 1) throw new LMathError("diag(): x must be a vector or a matrix, got shape " + Shapes.describe(shape));
        int n = shape[0] + Math.abs(k);
        return Layouts.gatherWithFill(x, new int[] {n, n}, place -> place[1] - place[0] == k ? (k >= 0 ? place[0] : place[1]) : -1, 0);
    }

    private static Value diagonal(Arguments args) {
        Value x = args.get("x");
        int rank = Differentiable.shapeOf(x).length;
        if (rank < 2) throw new LMathError("diagonal(): x must have at least 2 axes, got shape " + Shapes.describe(Differentiable.shapeOf(x)));
        int a = Shapes.axis(args.integer("axis1"), rank), b = Shapes.axis(args.integer("axis2"), rank);
        if (a == b) throw new LMathError("diagonal(): axis1 and axis2 must be different axes, both are " + a);
        return diagonalOf(x, args.integer("offset"), a, b);
    }

    /** NumPy's diagonal: the other axes first, then the diagonal of axes a and b. */
    static Value diagonalOf(Value x, int offset, int a, int b) {
        int[] shape = Differentiable.shapeOf(x);
        int length = Math.max(0, offset >= 0 ? Math.min(shape[a], shape[b] - offset) : Math.min(shape[a] + offset, shape[b]));
        int[] others = new int[shape.length - 2];
        for (int d = 0, k = 0; d < shape.length; d++) if (d != a && d != b) others[k++] = d;
        int[] result = new int[others.length + 1];
        for (int k = 0; k < others.length; k++) result[k] = shape[others[k]];
        result[others.length] = length;
        return Layouts.gather(x, result, place -> {
            int[] source = new int[shape.length];
            for (int k = 0; k < others.length; k++) source[others[k]] = place[k];
            int i = place[others.length];
            source[a] = offset >= 0 ? i : i - offset;
            source[b] = offset >= 0 ? i + offset : i;
            return Layouts.flat(shape, source);
        });
    }

    private static Value triangle(Arguments args, boolean lower) {
        Value x = args.get("x");
        int[] shape = Differentiable.shapeOf(x);
        if (shape.length < 2) throw new LMathError(args.signatureName() + "(): x must be a matrix (or a stack of them), got shape "
                + Shapes.describe(shape));
        int rows = shape[shape.length - 2], columns = shape[shape.length - 1], k = args.integer("k");
        double[] keep = new double[rows * columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) keep[i * columns + j] = (lower ? j - i <= k : j - i >= k) ? 1 : 0;
        }
        return Rules.where(new TensorValue(Tensor.of(keep, new int[] {rows, columns}))).apply(x, Num.ZERO);
    }

    private static Value roll(Arguments args) {
        Value x = args.get("x");
        int[] shifts = args.axes("shift");
        if (args.isNone("axis")) {
            int[] shape = Differentiable.shapeOf(x);
            int n = Shapes.size(shape);
            int total = 0;
            for (int shift : shifts) total += shift;
            int by = total;
            Value rolled = Layouts.gather(x, new int[] {n}, place -> Math.floorMod(place[0] - by, Math.max(n, 1)));
            return Differentiable.reshape(rolled, shape);
        }
        int[] shape = Differentiable.shapeOf(x);
        int[] axes = args.axes("axis");
        if (shifts.length != axes.length && shifts.length != 1) {
            throw new LMathError("roll(): shift and axis must have the same length, got " + shifts.length + " and " + axes.length);
        }
        int[] byAxis = new int[shape.length];
        for (int i = 0; i < axes.length; i++) byAxis[Shapes.axis(axes[i], shape.length)] += shifts[shifts.length == 1 ? 0 : i];
        return Layouts.gather(x, shape, place -> {
            int[] source = new int[shape.length];
            for (int d = 0; d < shape.length; d++) source[d] = Math.floorMod(place[d] - byAxis[d], shape[d]);
            return Layouts.flat(shape, source);
        });
    }

    static Value flip(Value x, int[] axes) {
        int[] shape = Differentiable.shapeOf(x);
        boolean[] reversed = new boolean[shape.length];
        if (axes == null) Arrays.fill(reversed, true);
        else for (int axis : axes) reversed[Shapes.axis(axis, shape.length)] = true;
        return Layouts.gather(x, shape, place -> {
            int[] source = new int[shape.length];
            for (int d = 0; d < shape.length; d++) source[d] = reversed[d] ? shape[d] - 1 - place[d] : place[d];
            return Layouts.flat(shape, source);
        });
    }

    /** NumPy's rot90: k = 1 is flip along axes[1] then swapping the two axes; k = 3 the reverse; k = 2 flips both. */
    private static Value rotate(Arguments args) {
        Value x = args.get("x");
        int rank = Differentiable.shapeOf(x).length;
        int[] axes = args.axes("axes");
        if (axes == null || axes.length != 2) throw new LMathError("rot90(): axes must be a pair of axes, like (0, 1)");
        if (rank < 2) throw new LMathError("rot90(): x must have at least 2 axes, got shape " + Shapes.describe(Differentiable.shapeOf(x)));
        int a = Shapes.axis(axes[0], rank), b = Shapes.axis(axes[1], rank);
        if (a == b) throw new LMathError("rot90(): the two axes must be different, both are " + a);
        int k = Math.floorMod(args.integer("k"), 4);
        int[] swap = identity(rank);
        swap[a] = b;
        swap[b] = a;
        return switch (k) {
            case 0 -> x;
            case 1 -> Rules.permuting(swap).apply(flip(x, new int[] {b}));
            case 2 -> flip(x, new int[] {a, b});
            default -> flip(Rules.permuting(swap).apply(x), new int[] {b});
        };
    }

    private static Value repeat(Arguments args) {
        Value x = args.get("x");
        if (args.isNone("axis")) x = Differentiable.reshape(x, new int[] {Shapes.size(Differentiable.shapeOf(x))});
        int[] shape = Differentiable.shapeOf(x);
        if (shape.length == 0) x = Differentiable.reshape(x, shape = new int[] {1});
        int[] finalShape = shape;
        int axis = args.isNone("axis") ? 0 : Shapes.axis(args.integer("axis"), shape.length);
        double[] counts = Values.toTensor(Traced.strip(args.get("repeats")), args.what("repeats")).toArray();
        int length = shape[axis];
        if (counts.length != 1 && counts.length != length) {
            throw new LMathError("repeat(): repeats must be one count or one per element along the axis (" + length + "), got " + counts.length);
        }
        double total = 0;
        for (int i = 0; i < length; i++) {
            double count = counts[counts.length == 1 ? 0 : i];
            if (!(count >= 0) || count != Math.rint(count)) throw new LMathError("repeat(): repeats must be whole numbers >= 0, got " + count);
            total += count;
        }
        // The size is checked before the list of sources grows: repeat(1, 1e308) must fail at once.
        Budget.requireTensor(total * Shapes.size(shape) / Math.max(1, length), "repeat()");
        List<Integer> sources = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            double count = counts[counts.length == 1 ? 0 : i];
            for (int r = 0; r < count; r++) sources.add(i);
        }
        int[] result = shape.clone();
        result[axis] = sources.size();
        return Layouts.gather(x, result, place -> {
            int[] source = place.clone();
            source[axis] = sources.get(place[axis]);
            return Layouts.flat(finalShape, source);
        });
    }

    private static Value tile(Arguments args) {
        Value x = args.get("x");
        int[] reps = args.axes("reps");
        int[] shape = Differentiable.shapeOf(x);
        int rank = Math.max(reps.length, shape.length);
        int[] padded = new int[rank], counts = new int[rank], result = new int[rank];
        for (int d = 0; d < rank; d++) {
            padded[d] = d < rank - shape.length ? 1 : shape[d - (rank - shape.length)];
            counts[d] = d < rank - reps.length ? 1 : reps[d - (rank - reps.length)];
            if (counts[d] < 0) throw new LMathError("tile(): reps must be whole numbers >= 0, got " + counts[d]);
            result[d] = padded[d] * counts[d];
        }
        Value promoted = Differentiable.reshape(x, padded);
        return Layouts.gather(promoted, result, place -> {
            int[] source = new int[rank];
            for (int d = 0; d < rank; d++) source[d] = place[d] % padded[d];
            return Layouts.flat(padded, source);
        });
    }

    /** The parts of a stacking call, each given at least `rank` axes: NumPy's atleast_2d (a vector a row, or a column). */
    private static List<Value> promoted(Arguments args, int rank, boolean vectorsAsColumns) {
        Value tensors = args.get("tensors");
        Value plain = Traced.strip(tensors);
        if (!(plain instanceof org.lmath.value.ListValue || plain instanceof TupleValue || plain instanceof TensorValue)) {
            throw new LMathError(args.signatureName() + "() takes a tuple or list of tensors, like " + args.signatureName() + "((a, b))");
        }
        List<Value> parts = new ArrayList<>();
        for (Value part : Differentiable.items(tensors)) {
            if (Traced.strip(part) instanceof org.lmath.value.ListValue || Traced.strip(part) instanceof TupleValue) {
                part = new TensorValue(Values.toTensor(Traced.strip(part), args.what("tensors")));
            }
            int[] shape = Differentiable.shapeOf(part);
            if (shape.length == 0) {
                part = Differentiable.reshape(part, rank == 1 ? new int[] {1} : new int[] {1, 1});
            } else if (shape.length == 1 && rank == 2) {
                part = Differentiable.reshape(part, vectorsAsColumns ? new int[] {shape[0], 1} : new int[] {1, shape[0]});
            }
            parts.add(part);
        }
        if (parts.isEmpty()) throw new LMathError(args.signatureName() + "() needs at least one tensor");
        return parts;
    }

    private static Value moveAxis(Arguments args) {
        Value x = args.get("x");
        int rank = Differentiable.shapeOf(x).length;
        int[] source = args.axes("source"), destination = args.axes("destination");
        if (source.length != destination.length) {
            throw new LMathError("moveaxis(): source and destination must have the same number of axes, got "
                    + source.length + " and " + destination.length);
        }
        int[] order = new int[rank];
        Arrays.fill(order, -1);
        boolean[] moved = new boolean[rank];
        for (int i = 0; i < source.length; i++) {
            int from = Shapes.axis(source[i], rank), to = Shapes.axis(destination[i], rank);
            if (order[to] >= 0 || moved[from]) throw new LMathError("moveaxis(): each axis may be named once in source and in destination");
            order[to] = from;
            moved[from] = true;
        }
        int next = 0;
        for (int d = 0; d < rank; d++) {
            if (order[d] >= 0) continue;
            while (moved[next]) next++;
            order[d] = next++;
        }
        return Rules.permuting(order).apply(x);
    }
}
