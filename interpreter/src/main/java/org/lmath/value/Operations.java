package org.lmath.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.lmath.error.LMathError;
import org.lmath.sandbox.Budget;
import org.lmath.tensor.Elementwise;
import org.lmath.tensor.MathFunction;
import org.lmath.tensor.Tensor;

/**
 * What the operators mean for each kind of value: numbers stay plain doubles, anything with a
 * tensor goes through {@link Tensor} with NumPy broadcasting, and strings, lists and tuples get
 * Python's + and *. Used by the evaluator for operators and by builtins such as maximum and dot.
 */
public final class Operations {

    private Operations() {}

    public static Value binary(Elementwise operation, Value left, Value right) {
        return binary(operation, left, right, false, false);
    }

    /**
     * The same; a tensor operand marked overwritable is a temporary nothing else can see, and the
     * result may be written into its array (see {@link Tensor#elementwise(Elementwise, Tensor, boolean, boolean)}).
     */
    public static Value binary(Elementwise operation, Value left, Value right, boolean overwriteLeft, boolean overwriteRight) {
        if (left instanceof Num a && right instanceof Num b) {
            double result = operation.apply(a.value(), b.value());
            return operation.isComparison() ? Bool.of(result != 0) : new Num(result);
        }
        if (isTensorLike(left) && isTensorLike(right)) return tensorBinary(operation, left, right, overwriteLeft, overwriteRight);
        if (operation == Elementwise.EQUAL) return Bool.of(equal(left, right));
        if (operation == Elementwise.NOT_EQUAL) return Bool.of(!equal(left, right));
        Value sequence = sequenceOperation(operation, left, right);
        if (sequence != null) return sequence;
        if (left instanceof Str a && right instanceof Str b && operation.isComparison()) {
            return Bool.of(operation.apply(a.value().compareTo(b.value()), 0) != 0);
        }
        throw new LMathError("'" + operation.symbol + "' does not work on " + Values.describe(left) + " and " + Values.describe(right)
                + hint(left, right));
    }

    private static String hint(Value left, Value right) {
        if (left instanceof Bool || right instanceof Bool) return " (bools are not numbers here: write 1 or 0)";
        if (left instanceof Str || right instanceof Str) return " (to join text with a number, write f\"...{x}\" or str(x))";
        return "";
    }

    private static Value tensorBinary(Elementwise operation, Value left, Value right, boolean overwriteLeft, boolean overwriteRight) {
        if (left instanceof Num a) {
            return new TensorValue(Values.toTensor(right, "right operand").elementwise(operation, a.value(), true, overwriteRight));
        }
        if (right instanceof Num b) {
            return new TensorValue(Values.toTensor(left, "left operand").elementwise(operation, b.value(), false, overwriteLeft));
        }
        Tensor a = Values.toTensor(left, "left operand");
        Tensor b = Values.toTensor(right, "right operand");
        return Values.fromTensor(a.elementwise(operation, b, overwriteLeft, overwriteRight));
    }

    /** Numbers, tensors and ranges take part in arithmetic; so do lists of numbers. */
    static boolean isTensorLike(Value value) {
        return value instanceof Num || value instanceof TensorValue || value instanceof RangeValue;
    }

    private static Value sequenceOperation(Elementwise operation, Value left, Value right) {
        if (operation == Elementwise.ADD) {
            if (left instanceof Str a && right instanceof Str b) {
                Budget.requireString((double) a.value().length() + b.value().length(), "joining two strings with +");
                return new Str(a.value() + b.value());
            }
            if (left instanceof ListValue a && right instanceof ListValue b) return new ListValue(concat(a.items(), b.items()));
            if (left instanceof TupleValue a && right instanceof TupleValue b) return new TupleValue(List.copyOf(concat(a.items(), b.items())));
        }
        if (operation == Elementwise.MULTIPLY) {
            if (left instanceof Str a && right instanceof Num n) return repeated(a, n);
            if (left instanceof Num n && right instanceof Str a) return repeated(a, n);
        }
        return null;
    }

    private static Str repeated(Str text, Num count) {
        Budget.requireString(text.value().length() * Math.max(0, count.value()), "repeating a string");
        return new Str(text.value().repeat(repeatCount(count)));
    }

    private static int repeatCount(Num count) {
        return Math.max(0, Values.toInteger(count, "the repeat count"));
    }

    private static List<Value> concat(List<Value> a, List<Value> b) {
        Budget.requireList((double) a.size() + b.size(), "joining two lists with +");
        List<Value> result = new ArrayList<>(a);
        result.addAll(b);
        return result;
    }

    /** == on values that are not numbers or tensors: structural equality. */
    public static boolean equal(Value left, Value right) {
        if (left instanceof Num a && right instanceof Num b) return a.value() == b.value();
        // The same list is equal to itself at once, as in Python, also when it contains itself.
        if (left instanceof ListValue a && right instanceof ListValue b) return a == b || equalItems(a.items(), b.items());
        if (left instanceof TupleValue a && right instanceof TupleValue b) return equalItems(a.items(), b.items());
        return Objects.equals(left, right);
    }

    private static boolean equalItems(List<Value> a, List<Value> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            Value x = a.get(i), y = b.get(i);
            if (x == y) continue;  // Python's identity shortcut: a list that holds itself compares without recursing
            boolean same = isTensorLike(x) && isTensorLike(y) && !(x instanceof Num && y instanceof Num)
                    ? sameTensor(Values.toTensor(x, "item"), Values.toTensor(y, "item"))
                    : equal(x, y);
            if (!same) return false;
        }
        return true;
    }

    /** Tensors inside lists compare whole: same shape and same values ([[1, 2]] is not [1, 2]). */
    private static boolean sameTensor(Tensor a, Tensor b) {
        return java.util.Arrays.equals(a.shape(), b.shape()) && java.util.Arrays.equals(a.toArray(), b.toArray());
    }

    public static Value matmul(Value left, Value right) {
        if (left instanceof Num || right instanceof Num) {
            throw new LMathError("'@' multiplies matrices and vectors, but got " + Values.describe(left) + " and "
                    + Values.describe(right) + "; use * to multiply by a number");
        }
        return Values.fromTensor(Values.toTensor(left, "left operand of @").matmul(Values.toTensor(right, "right operand of @")));
    }

    /** An elementwise function on a number or on anything tensor-like, by the same Java rule. */
    public static Value apply(MathFunction function, Value operand, String name) {
        return apply(function, operand, name, false);
    }

    /** The same; a tensor operand marked overwritable is a temporary, whose array may take the result. */
    public static Value apply(MathFunction function, Value operand, String name, boolean overwriteOperand) {
        if (operand instanceof Num number) return new Num(function.apply(number.value()));
        return new TensorValue(Values.argumentOf(name, operand).map(function, overwriteOperand));
    }
}
