package org.lmath.eval;

import java.util.List;

import org.lmath.autodiff.Differentiable;
import org.lmath.error.LMathError;
import org.lmath.tensor.Tensor;
import org.lmath.value.ListValue;
import org.lmath.value.Num;
import org.lmath.value.RangeValue;
import org.lmath.value.TensorValue;
import org.lmath.value.Traced;
import org.lmath.value.Value;
import org.lmath.value.Values;

/** The properties written without a call: x.T, x.shape, x.ndim, x.size. */
final class Properties {

    private Properties() {}

    static final List<String> NAMES = List.of("T", "shape", "ndim", "size");

    /** isFunction: whether name is a function in scope, so that the error may suggest x.name(). */
    static Value of(Value value, String name, boolean isFunction) {
        if (name.equals("T") && Differentiable.isTraced(value)) return Differentiable.transpose(value);
        Value target = Traced.strip(value);
        if (!(target instanceof TensorValue || target instanceof Num || target instanceof RangeValue || target instanceof ListValue)) {
            throw new LMathError(Values.describe(target) + " has no property '." + name + "'"
                    + (NAMES.contains(name) ? "; tensors do" : isFunction ? "; to call " + name + "(x) write x." + name + "()" : ""));
        }
        if (!NAMES.contains(name)) {
            throw new LMathError("'." + name + "' is not a property; the properties are .T, .shape, .ndim and .size"
                    + (isFunction ? " (to call " + name + "(x) write x." + name + "())" : ""));
        }
        // A tensor is taken as it is: the name for toTensor's messages is text made on every call.
        Tensor tensor = target instanceof TensorValue tensorValue ? tensorValue.tensor() : Values.toTensor(target, "." + name);
        return switch (name) {
            case "T" -> Values.fromTensor(tensor.transpose());
            case "shape" -> Values.shapeTuple(tensor.shape());
            case "ndim" -> new Num(tensor.ndim());
            default -> new Num(tensor.size());
        };
    }

}
