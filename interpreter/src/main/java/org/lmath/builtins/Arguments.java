package org.lmath.builtins;

import java.util.List;

import org.lmath.error.LMathError;
import org.lmath.tensor.Tensor;
import org.lmath.value.Bool;
import org.lmath.value.CallContext;
import org.lmath.value.FunctionValue;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.Signature;
import org.lmath.value.Str;
import org.lmath.value.TensorValue;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * The arguments of one builtin call, by parameter name, with typed accessors whose errors name
 * the function and the parameter ("sum(): argument 'axis' must be a whole number, not 1.5").
 */
public final class Arguments {

    private final Signature signature;
    private final Value[] values;
    private final CallContext context;

    Arguments(Signature signature, Value[] values, CallContext context) {
        this.signature = signature;
        this.values = values;
        this.context = context;
    }

    public CallContext context() {
        return context;
    }

    public Value get(String name) {
        int index = signature.indexOf(name);
        if (index < 0) throw new IllegalArgumentException(signature.name() + " has no parameter " + name);
        return values[index];
    }

    public boolean isNone(String name) {
        return get(name) == NoneValue.NONE;
    }

    /** The name of the builtin being called, for messages. */
    public String signatureName() {
        return signature.name();
    }

    public String what(String name) {
        return signature.name() + "(): argument '" + name + "'";
    }

    // The accessors take a plain number or tensor as it is, and otherwise leave the checks to
    // Values: its message names the argument, text that would otherwise be made on every call.

    public double number(String name) {
        Value value = get(name);
        return value instanceof Num plain ? plain.value() : Values.toNumber(value, what(name));
    }

    public int integer(String name) {
        return integer(get(name), name);
    }

    /** A whole number that fits an int is the common case; anything else is checked by Values.toInteger. */
    private int integer(Value value, String name) {
        if (value instanceof Num plain && plain.value() == (int) plain.value()) return (int) plain.value();
        return Values.toInteger(value, what(name));
    }

    public Tensor tensor(String name) {
        Value value = get(name);
        return value instanceof TensorValue plain ? plain.tensor() : Values.toTensor(value, what(name));
    }

    public boolean bool(String name) {
        Value value = get(name);
        if (value instanceof Bool bool) return bool.value();
        throw new LMathError(what(name) + " must be true or false, not " + Values.describe(value));
    }

    public String string(String name) {
        Value value = get(name);
        if (value instanceof Str string) return string.value();
        throw new LMathError(what(name) + " must be a string, not " + Values.describe(value));
    }

    public FunctionValue function(String name) {
        Value value = get(name);
        if (value instanceof FunctionValue function) return function;
        throw new LMathError(what(name) + " must be a function, not " + Values.describe(value));
    }

    /** The values a variadic parameter collected. */
    public List<Value> rest(String name) {
        return ((TupleValue) get(name)).items();
    }

    /** An axis argument: none (all axes, null), one whole number, or a tuple of them. */
    public int[] axes(String name) {
        Value value = get(name);
        if (value == NoneValue.NONE) return null;
        if (value instanceof TupleValue tuple) {
            int[] axes = new int[tuple.items().size()];
            for (int i = 0; i < axes.length; i++) axes[i] = integer(tuple.items().get(i), name);
            return axes;
        }
        return new int[] {integer(value, name)};
    }

    /**
     * A shape given as separate whole numbers (zeros(2, 3)) or as one tuple or list (zeros((2, 3))),
     * from a variadic parameter or from one that takes a single size or tuple (full(3, x)).
     */
    public int[] shape(String name) {
        Value value = get(name);
        List<Value> parts = value instanceof TupleValue tuple ? tuple.items() : List.of(value);
        if (parts.size() == 1 && parts.get(0) instanceof TupleValue inner) {
            parts = inner.items();  // zeros((2, 3)), and () for no axes
        } else if (parts.size() == 1 && !(parts.get(0) instanceof org.lmath.value.Num)) {
            Tensor dims = Values.toTensor(parts.get(0), what(name));
            double[] data = dims.toArray();
            parts = new java.util.ArrayList<>();
            for (double d : data) parts.add(new org.lmath.value.Num(d));
        }
        int[] shape = new int[parts.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = Values.toInteger(parts.get(i), what(name));
        }
        return shape;
    }
}
