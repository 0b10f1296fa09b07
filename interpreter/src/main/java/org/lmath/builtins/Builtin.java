package org.lmath.builtins;

import java.util.List;

import org.lmath.autodiff.Differentiable;
import org.lmath.error.LMathError;
import org.lmath.tensor.MathFunction;
import org.lmath.value.CallContext;
import org.lmath.value.ListValue;
import org.lmath.value.Traced;
import org.lmath.value.TupleValue;
import org.lmath.value.FunctionValue;
import org.lmath.value.Signature;
import org.lmath.value.Value;

/** A function written in Java: its declaration (signature, topic, doc) and its body. */
public final class Builtin implements FunctionValue {

    /** The body receives its arguments already matched to the parameters. */
    @FunctionalInterface
    public interface Body {
        Value call(Arguments arguments);
    }

    private final Signature signature;
    private final Gradient gradient;
    private final String topic;
    private final String doc;
    private final Body body;
    private final MathFunction perElement;

    Builtin(Signature signature, Gradient gradient, String topic, String doc, Body body, MathFunction perElement) {
        this.signature = signature;
        this.gradient = gradient;
        this.topic = topic;
        this.doc = doc;
        this.body = body;
        this.perElement = perElement;
    }

    /**
     * The function this builtin applies to each element of its one argument (exp, sin, ...), or
     * null when it is not such a function: lets the evaluator write exp's result into a temporary
     * argument's array (eval/Temporaries) instead of a new one.
     */
    public MathFunction perElement() {
        return perElement;
    }

    @Override
    public Signature signature() {
        return signature;
    }

    public String topic() {
        return topic;
    }

    public String doc() {
        return doc;
    }

    public Gradient gradient() {
        return gradient;
    }

    @Override
    public Value invoke(CallContext context, Value[] arguments) {
        arguments = TensorArguments.coerce(signature.name(), signature.parameters(), arguments);
        if (gradient == Gradient.IN_PLACE) {
            refuseTraced(arguments);
        } else if (gradient != Gradient.RULE) {
            arguments = untraced(arguments);
        }
        try {
            return body.call(new Arguments(signature, arguments, context));
        } catch (LMathError error) {
            throw BuiltinErrors.named(signature, arguments, error);
        }
    }

    /** The arguments as plain values, or an error when a differentiable one has no rule here. */
    private Value[] untraced(Value[] arguments) {
        Value[] plain = arguments;
        for (int i = 0; i < arguments.length; i++) {
            if (!Differentiable.isTraced(arguments[i]) && !containsTraced(arguments[i])) continue;
            if (gradient == Gradient.NO_RULE_YET) {
                throw new LMathError("grad: " + signature.name() + "() has no gradient rule yet, so it cannot be used on a value "
                        + "that grad is differentiating (argument '" + signature.parameters().get(i).name() + "')");
            }
            if (plain == arguments) plain = arguments.clone();
            plain[i] = strip(arguments[i]);
        }
        return plain;
    }

    /**
     * A builtin that changes its argument in place gets the argument itself (a list holding traced
     * values is only reordered, which is harmless), but never a tensor grad is differentiating.
     */
    private void refuseTraced(Value[] arguments) {
        for (int i = 0; i < arguments.length; i++) {
            if (Differentiable.isTraced(arguments[i])) {
                throw new LMathError(signature.name() + "() changes its argument in place, so it cannot be used on a value that grad "
                        + "is differentiating (argument '" + signature.parameters().get(i).name() + "'), as A[i] = ... cannot");
            }
        }
    }

    private static boolean containsTraced(Value value) {
        return containsTraced(value, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    /** seen: the lists and tuples already looked into, so that a list holding itself is looked at once. */
    private static boolean containsTraced(Value value, java.util.Set<Value> seen) {
        List<Value> items = value instanceof ListValue list ? list.items() : value instanceof TupleValue tuple ? tuple.items() : null;
        if (items == null || !seen.add(value)) return false;
        for (Value item : items) {
            if (Differentiable.isTraced(item) || containsTraced(item, seen)) return true;
        }
        return false;
    }

    private static Value strip(Value value) {
        if (value instanceof ListValue list) return new ListValue(new java.util.ArrayList<>(list.items().stream().map(Builtin::strip).toList()));
        if (value instanceof TupleValue tuple) return new TupleValue(tuple.items().stream().map(Builtin::strip).toList());
        return Traced.strip(value);
    }
}
