package org.lmath.value;

import java.util.ArrayList;
import java.util.List;

import org.lmath.error.LMathError;
import org.lmath.tensor.IndexItem;
import org.lmath.tensor.Tensor;

/** What it means to go through a value item by item (for loops, zip, enumerate, len). */
public final class Sequences {

    private Sequences() {}

    /** The number of items: a tensor's first axis, a list's items, a string's characters. */
    public static int length(Value value) {
        if (value instanceof ListValue list) return list.items().size();
        if (value instanceof TupleValue tuple) return tuple.items().size();
        if (value instanceof Str string) return string.value().codePointCount(0, string.value().length());
        if (value instanceof RangeValue range) return range.size();
        if (value instanceof DictValue dict) return dict.entries().size();
        if (value instanceof TensorValue tensor) {
            if (tensor.tensor().ndim() == 0) throw new LMathError("a 0-dimensional tensor has no length");
            return tensor.tensor().shape()[0];
        }
        throw new LMathError(Values.describe(value) + " has no length and cannot be gone through item by item");
    }

    /** Item i (0 <= i < length): a tensor gives its rows (numbers for a 1-D tensor). */
    public static Value item(Value value, int index) {
        if (value instanceof ListValue list) return list.items().get(index);
        if (value instanceof TupleValue tuple) return tuple.items().get(index);
        if (value instanceof RangeValue range) return new Num(range.get(index));
        if (value instanceof Str string) {
            int start = string.value().offsetByCodePoints(0, index);
            return new Str(string.value().substring(start, string.value().offsetByCodePoints(start, 1)));
        }
        if (value instanceof TensorValue tensor) return row(tensor.tensor(), index);
        if (value instanceof DictValue dict) return dict.keys().get(index);  // a dict's items are its keys, as in Python
        throw new LMathError(Values.describe(value) + " cannot be gone through item by item");
    }

    private static Value row(Tensor tensor, int index) {
        if (tensor.ndim() == 1) return new Num(tensor.get(index));
        return Values.fromTensor(tensor.index(List.of(new IndexItem.Single(index))));
    }

    public static List<Value> items(Value value) {
        if (value instanceof DictValue dict) return dict.keys();
        int length = length(value);
        List<Value> items = new ArrayList<>(length);
        for (int i = 0; i < length; i++) items.add(item(value, i));
        return items;
    }
}
