package org.lmath.value;

import org.lmath.error.LMathError;
import org.lmath.tensor.Elementwise;
import org.lmath.tensor.Tensor;

/** What `x in c` means for each kind of container, with Python's meanings (NumPy's for tensors). */
public final class Membership {

    private Membership() {}

    public static boolean contains(Value container, Value element) {
        container = Traced.strip(container);
        element = Traced.strip(element);
        if (container instanceof DictValue dict) return dict.containsKey(element);
        if (container instanceof Str text) {
            if (!(element instanceof Str part)) {
                throw new LMathError("'in' on a string looks for a piece of text, so the left side must be a string, not "
                        + Values.describe(element));
            }
            return text.value().contains(part.value());
        }
        if (container instanceof ListValue list) return containsItem(list.items(), element);
        if (container instanceof TupleValue tuple) return containsItem(tuple.items(), element);
        if (container instanceof RangeValue range) return inRange(range, element);
        if (container instanceof TensorValue tensor) return inTensor(tensor.tensor(), element);
        throw new LMathError("'in' needs a list, tuple, string, dict, range or tensor on its right, not " + Values.describe(container));
    }

    private static boolean containsItem(java.util.List<Value> items, Value element) {
        for (Value item : items) {
            Value plain = Traced.strip(item);
            if (plain instanceof TensorValue || element instanceof TensorValue) {
                if (Operations.equal(new ListValue(java.util.List.of(plain)), new ListValue(java.util.List.of(element)))) return true;
            } else if (Operations.equal(plain, element)) {
                return true;
            }
        }
        return false;
    }

    /** A number is in a range when it is one of the values the range steps through. */
    private static boolean inRange(RangeValue range, Value element) {
        if (!(element instanceof Num number)) return false;
        double steps = (number.value() - range.start()) / range.step();
        return steps == Math.rint(steps) && steps >= 0 && steps < range.size();
    }

    /** NumPy: `v in a` is (a == v).any(). */
    private static boolean inTensor(Tensor tensor, Value element) {
        Tensor equal = element instanceof Num number
                ? tensor.elementwise(Elementwise.EQUAL, number.value(), false)
                : tensor.elementwise(Elementwise.EQUAL, Values.toTensor(element, "the left side of 'in'"));
        for (double value : equal.toArray()) {
            if (value != 0) return true;
        }
        return false;
    }
}
