package org.lmath.eval;

import java.util.ArrayList;
import java.util.List;

import org.lmath.autodiff.Differentiable;
import org.lmath.error.LMathError;
import org.lmath.tensor.IndexItem;
import org.lmath.tensor.Slicing;
import org.lmath.tensor.Tensor;
import org.lmath.value.Bool;
import org.lmath.value.DictValue;
import org.lmath.value.ListValue;
import org.lmath.value.Num;
import org.lmath.value.RangeValue;
import org.lmath.value.Sequences;
import org.lmath.value.Str;
import org.lmath.value.TensorValue;
import org.lmath.value.Traced;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * a[...] for reading and for assignment. Tensors follow NumPy (integers, negative integers,
 * slices with steps, masks, integer arrays); lists, tuples, strings and ranges take one integer or
 * one slice. Reading a single element of a tensor by integers skips the general machinery.
 */
final class Indexing {

    private Indexing() {}

    static Value read(Value target, List<Subscript> subscripts) {
        subscripts = constant(subscripts);
        if (Traced.strip(target) instanceof DictValue dict) return dict.get(dictKey(subscripts));
        subscripts = NewAxes.spread(subscripts);
        if (isTensor(target) && (NewAxes.any(subscripts))) {
            List<Subscript> expanded = NewAxes.expandEllipsis(subscripts, Differentiable.shapeOf(target).length);
            return NewAxes.insert(read(target, NewAxes.without(expanded)), NewAxes.positions(expanded, Indexing::item));
        }
        if (Differentiable.isTraced(target)) return Differentiable.index(target, items(subscripts));
        target = Traced.strip(target);
        if (target instanceof TensorValue tensorValue) {
            Tensor tensor = tensorValue.tensor();
            int[] single = singleElement(tensor, subscripts);
            if (single != null) return new Num(tensor.get(single));
            return Values.fromTensor(tensor.index(items(subscripts)));
        }
        if (target instanceof RangeValue range && !isItemOrSlice(subscripts)) {
            // A range stands for the tensor of its values, as in arithmetic: a mask or an integer
            // array indexes it like that tensor.
            return read(new TensorValue(Values.rangeTensor(range)), subscripts);
        }
        if (target instanceof ListValue || target instanceof TupleValue || target instanceof Str || target instanceof RangeValue) {
            return readSequence(target, subscripts);
        }
        throw new LMathError(Values.describe(target) + " cannot be indexed");
    }

    static void assign(Value target, List<Subscript> subscripts, Value value) {
        subscripts = constant(subscripts);
        if (Differentiable.isTraced(target)) {
            throw new LMathError("cannot change a tensor by index while grad is differentiating it: the gradient would be "
                    + "wrong; build a new tensor instead (collect the values in a list and write [a, b, ...])");
        }
        target = Traced.strip(target);
        if (target instanceof DictValue dict) {
            dict.put(dictKey(subscripts), value);
            return;
        }
        subscripts = NewAxes.spread(subscripts);
        if (target instanceof TensorValue tensor && NewAxes.any(subscripts)) {
            // a new axis has length 1, so leaving it out selects the same elements
            subscripts = NewAxes.without(NewAxes.expandEllipsis(subscripts, tensor.tensor().ndim()));
        }
        if (target instanceof TensorValue && Differentiable.isTraced(value)) {
            throw new LMathError("cannot store a value that grad is differentiating into a tensor by index: the gradient "
                    + "would be lost; collect the values in a list and make the tensor with [a, b, ...]");
        }
        if (target instanceof TensorValue tensorValue) {
            Tensor tensor = tensorValue.tensor();
            int[] single = singleElement(tensor, subscripts);
            if (single != null && value instanceof Num number) {
                tensor.set(single, number.value());
            } else if (value instanceof Num number) {
                tensor.assign(items(subscripts), number.value());
            } else {
                tensor.assign(items(subscripts), Values.toTensor(value, "the assigned value"));
            }
            return;
        }
        if (target instanceof ListValue list) {
            Subscript only = onlySubscript(target, subscripts);
            if (only.slice() != null || !(only.value() instanceof Num)) {
                throw new LMathError("a list item is assigned one at a time: xs[i] = value");
            }
            int index = Slicing.normalise(Values.toInteger(only.value(), "a list index"), list.items().size(), 0);
            list.items().set(index, value);
            return;
        }
        throw new LMathError(Values.describe(target) + " cannot be changed by index"
                + (target instanceof Str || target instanceof TupleValue ? " (strings and tuples are fixed)" : ""));
    }

    private static boolean isTensor(Value target) {
        return Traced.strip(target) instanceof TensorValue;
    }

    /** d[k], and d[a, b] as d[(a, b)], as in Python. */
    private static Value dictKey(List<Subscript> subscripts) {
        List<Value> parts = new ArrayList<>(subscripts.size());
        for (Subscript subscript : subscripts) {
            if (subscript.value() == null) throw new LMathError("a dict is indexed by a key, not by a slice or '...'");
            parts.add(subscript.value());
        }
        return parts.size() == 1 ? parts.get(0) : new TupleValue(List.copyOf(parts));
    }

    /** Indices are constants even inside grad: a traced index counts as its value. */
    private static List<Subscript> constant(List<Subscript> subscripts) {
        for (Subscript subscript : subscripts) {
            if (subscript.value() instanceof Traced) {
                return subscripts.stream().map(s -> new Subscript(s.value() == null ? null : Traced.strip(s.value()), s.slice())).toList();
            }
        }
        return subscripts;
    }

    /** The indices when every subscript is a number and each axis gets one, else null. */
    private static int[] singleElement(Tensor tensor, List<Subscript> subscripts) {
        int[] shape = tensor.shape();
        if (subscripts.size() != shape.length) return null;
        int[] indices = new int[shape.length];
        for (int i = 0; i < indices.length; i++) {
            Subscript subscript = subscripts.get(i);
            if (!(subscript.value() instanceof Num number)) return null;
            indices[i] = Slicing.normalise(Values.toInteger(number, "an index"), shape[i], i);
        }
        return indices;
    }

    private static List<IndexItem> items(List<Subscript> subscripts) {
        List<IndexItem> items = new ArrayList<>(subscripts.size());
        for (Subscript subscript : subscripts) items.add(item(subscript));
        return items;
    }

    static IndexItem item(Subscript subscript) {
        if (subscript.slice() != null) return subscript.slice();
        Value value = subscript.value();
        if (value instanceof Num number) return new IndexItem.Single(Values.toInteger(number, "an index"));
        if (value instanceof TensorValue tensor && tensor.tensor().isMask()) return new IndexItem.Mask(tensor.tensor());
        if (value instanceof ListValue list && !list.items().isEmpty() && list.items().stream().allMatch(v -> v instanceof Bool)) {
            double[] mask = new double[list.items().size()];
            for (int i = 0; i < mask.length; i++) mask[i] = ((Bool) list.items().get(i)).value() ? 1 : 0;
            return new IndexItem.Mask(Tensor.maskOf(mask, new int[] {mask.length}));
        }
        if (value instanceof ListValue list && list.items().isEmpty()) {
            return new IndexItem.Positions(new int[0], new int[] {0});  // A[[]] selects nothing, as in NumPy
        }
        if (value instanceof TensorValue || value instanceof RangeValue || value instanceof ListValue) {
            Tensor positions = Values.toTensor(value, "an index");
            double[] data = positions.toArray();
            int[] values = new int[data.length];
            for (int i = 0; i < data.length; i++) {
                if (data[i] != Math.rint(data[i])) {
                    throw new LMathError("an index tensor must hold whole numbers (or be a mask from a comparison), but it holds "
                            + org.lmath.print.NumberFormat.format(data[i]));
                }
                values[i] = (int) data[i];
            }
            return new IndexItem.Positions(values, positions.shape());
        }
        throw new LMathError("cannot index with " + Values.describe(value) + "; use a whole number, a slice like 1:3, "
                + "a tensor of whole numbers or a mask like x > 0");
    }

    private static boolean isItemOrSlice(List<Subscript> subscripts) {
        return subscripts.size() == 1 && (subscripts.get(0).slice() != null || subscripts.get(0).value() instanceof Num);
    }

    private static Subscript onlySubscript(Value target, List<Subscript> subscripts) {
        if (subscripts.size() != 1) {
            throw new LMathError(Values.describe(target) + " takes one index, but " + subscripts.size() + " were given");
        }
        return subscripts.get(0);
    }

    private static Value readSequence(Value target, List<Subscript> subscripts) {
        Subscript only = onlySubscript(target, subscripts);
        int length = Sequences.length(target);
        if (only.slice() == null) {
            if (!(only.value() instanceof Num number)) {
                throw new LMathError(Values.describe(target) + " is indexed by a whole number or a slice, not " + Values.describe(only.value()));
            }
            return Sequences.item(target, Slicing.normalise(Values.toInteger(number, "an index"), length, 0));
        }
        int[] positions = Slicing.positions(length, only.slice());
        if (target instanceof Str) {
            StringBuilder text = new StringBuilder();
            for (int position : positions) text.append(((Str) Sequences.item(target, position)).value());
            return new Str(text.toString());
        }
        List<Value> items = new ArrayList<>(positions.length);
        for (int position : positions) items.add(Sequences.item(target, position));
        if (target instanceof TupleValue) return new TupleValue(List.copyOf(items));
        if (target instanceof RangeValue) {
            return new TensorValue(items.isEmpty() ? Tensor.of(new double[0], new int[] {0}) : Values.toTensor(new ListValue(items), "slice"));
        }
        return new ListValue(items);
    }
}
