package org.lmath.value;

import java.util.Arrays;
import java.util.List;

import org.lmath.error.LMathError;
import org.lmath.print.NumberFormat;
import org.lmath.sandbox.Budget;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;

/**
 * Typed helpers: turn a value into what an operation needs, or fail with a message that says
 * what was expected and what was found. Errors get their position from the caller.
 */
public final class Values {

    private Values() {}

    /** "a number", "a tensor of shape (3,)", "the string "cat"": how errors name a value. */
    public static String describe(Value value) {
        value = Traced.strip(value);
        if (value instanceof TensorValue tensor) return "a tensor of shape " + Shapes.describe(tensor.tensor().shape());
        if (value instanceof Str string) return "a string";
        if (value instanceof NoneValue) return "none";
        if (value instanceof ListValue list) return "a list of " + list.items().size();
        if (value instanceof TupleValue tuple) return "a tuple of " + tuple.items().size();
        if (value instanceof DictValue dict) return "a dict of " + dict.entries().size();
        if (value instanceof ModuleValue module) return "the module " + module.name();
        String type = value.typeName();
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    public static double toNumber(Value value, String what) {
        value = Traced.strip(value);  // an axis, a count or an index is a constant, even inside grad
        if (value instanceof Num number) return number.value();
        if (value instanceof TensorValue tensor && tensor.tensor().size() == 1) return tensor.tensor().toArray()[0];
        throw new LMathError(what + " must be a number, not " + describe(value));
    }

    /** A number that must be a whole number (an index, a count, an axis). */
    public static int toInteger(Value value, String what) {
        double number = toNumber(value, what);
        if (number != Math.rint(number) || Double.isInfinite(number)) {
            throw new LMathError(what + " must be a whole number, not " + NumberFormat.format(number));
        }
        if (Math.abs(number) > Integer.MAX_VALUE) throw new LMathError(what + " is too large: " + NumberFormat.format(number));
        return (int) number;
    }

    /**
     * Any value that stands for a tensor: a tensor, a number (0-dimensional), a range, or a list
     * or tuple of numbers or equal-shaped tensors.
     */
    /** The tensor of the argument of a function, for toTensor's message "f()'s argument" (made only when needed). */
    public static Tensor argumentOf(String function, Value value) {
        if (value instanceof TensorValue tensor) return tensor.tensor();
        return toTensor(value, function + "()'s argument");
    }

    public static Tensor toTensor(Value value, String what) {
        if (value instanceof TensorValue tensor) return tensor.tensor();
        if (value instanceof Traced) {
            // Reaching here means an operation without a gradient rule met a value grad is tracing.
            throw new LMathError("grad: " + what + " has no gradient rule here, so it cannot take a value that grad is differentiating");
        }
        if (value instanceof Num number) return Tensor.of(new double[] {number.value()}, new int[0]);
        if (value instanceof RangeValue range) return rangeTensor(range);
        if (value instanceof ListValue list) {
            Tensor tensor = stack(list.items());
            if (tensor != null) return tensor;
        }
        if (value instanceof TupleValue tuple) {
            Tensor tensor = stack(tuple.items());
            if (tensor != null) return tensor;
        }
        throw new LMathError(what + " must be a tensor or a number, not " + describe(value));
    }

    public static Tensor rangeTensor(RangeValue range) {
        Budget.requireTensor(range.size(), "a range of " + range.size() + " numbers made into a tensor");
        double[] data = new double[range.size()];
        for (int i = 0; i < data.length; i++) data[i] = range.get(i);
        return Tensor.of(data, new int[] {data.length});
    }

    /** A shape as the tuple lmath shows: (3, 4), (3,) or (). */
    public static TupleValue shapeTuple(int[] shape) {
        java.util.List<Value> sizes = new java.util.ArrayList<>(shape.length);
        for (int size : shape) sizes.add(new Num(size));
        return new TupleValue(java.util.List.copyOf(sizes));
    }

    /** A 0-dimensional result is a number; anything else stays a tensor. */
    public static Value fromTensor(Tensor tensor) {
        if (tensor.ndim() == 0) return new Num(tensor.toArray()[0]);
        return new TensorValue(tensor);
    }

    /**
     * The tensor a bracket literal of these values makes, or null when they are not all numbers
     * or all tensors (then the literal is a list). Numbers and tensors must not be mixed, and
     * tensors must share a shape; a ragged literal is an error.
     */
    public static Tensor stack(List<Value> items) {
        if (items.isEmpty()) return null;
        boolean allNumbers = true;
        for (Value item : items) allNumbers &= item instanceof Num;
        if (allNumbers) {
            double[] data = new double[items.size()];
            for (int i = 0; i < data.length; i++) data[i] = ((Num) items.get(i)).value();
            return Tensor.of(data, new int[] {data.length});
        }
        boolean allTensors = items.stream().allMatch(item -> item instanceof TensorValue || item instanceof RangeValue);
        if (!allTensors) {
            boolean numeric = items.stream().allMatch(item -> item instanceof Num || item instanceof TensorValue);
            if (numeric) throw new LMathError("ragged tensor literal: some items are numbers and some are tensors");
            return null;
        }
        int[] shape = toTensor(items.get(0), "item").shape();
        double[][] parts = new double[items.size()][];
        for (int i = 0; i < parts.length; i++) {
            Tensor part = toTensor(items.get(i), "item");
            if (!Arrays.equals(part.shape(), shape)) {
                throw new LMathError("ragged tensor literal: item 0 has shape " + Shapes.describe(shape)
                        + " but item " + i + " has shape " + Shapes.describe(part.shape()));
            }
            parts[i] = part.toArray();
        }
        int[] resultShape = new int[shape.length + 1];
        resultShape[0] = parts.length;
        System.arraycopy(shape, 0, resultShape, 1, shape.length);
        double[] data = new double[Shapes.size(resultShape)];
        int partSize = Shapes.size(shape);
        for (int i = 0; i < parts.length; i++) System.arraycopy(parts[i], 0, data, i * partSize, partSize);
        // [m1, m2] of masks is a mask, as NumPy's array of bool arrays is a bool array.
        boolean allMasks = items.stream().allMatch(item -> item instanceof TensorValue tensor && tensor.tensor().isMask());
        return allMasks ? Tensor.maskOf(data, resultShape) : Tensor.of(data, resultShape);
    }

    /** Python's truth rules, with NumPy's refusal for tensors of more than one element. */
    public static boolean isTrue(Value value) {
        value = Traced.strip(value);  // conditions look at values; grad follows the branch taken
        if (value instanceof Bool bool) return bool.value();
        if (value instanceof Num number) return number.value() != 0;
        if (value instanceof NoneValue) return false;
        if (value instanceof Str string) return !string.value().isEmpty();
        if (value instanceof ListValue list) return !list.items().isEmpty();
        if (value instanceof TupleValue tuple) return !tuple.items().isEmpty();
        if (value instanceof RangeValue range) return range.size() > 0;
        if (value instanceof DictValue dict) return !dict.entries().isEmpty();
        if (value instanceof TensorValue tensor) {
            Tensor t = tensor.tensor();
            if (t.size() == 1) return t.toArray()[0] != 0;
            throw new LMathError("the truth value of a tensor with " + t.size()
                    + " elements is ambiguous: reduce it to a number first, e.g. sum(x > 0) > 0 (any) or min(x > 0) == 1 (all)");
        }
        return true;
    }
}
