package org.lmath.builtins;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lmath.autodiff.Differentiable;
import org.lmath.error.LMathError;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;
import org.lmath.value.Bool;
import org.lmath.value.ListValue;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.Parameter;
import org.lmath.value.RangeValue;
import org.lmath.value.TensorValue;
import org.lmath.value.Traced;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * The one rule by which a builtin's tensor parameter takes what stands for a tensor, as NumPy's
 * functions take anything np.asarray accepts: a number or tensor as it is; a range, or a list or
 * tuple of numbers or of equal-shaped tensors (nested to any depth), stacked into one tensor.
 * A bool on its own is passed as it is (the builtin decides); inside a list it counts as 1 or 0.
 * Values grad is tracing are stacked by the differentiable stack, so var(L) of a list built by
 * append inside grad has a gradient. Anything else is refused here, naming the builtin and the
 * argument, before the builtin's own arithmetic could blame an operator the line does not contain.
 */
final class TensorArguments {

    private TensorArguments() {}

    /** The arguments with every tensor parameter's list, tuple or range made a tensor. */
    static Value[] coerce(String function, List<Parameter> parameters, Value[] arguments) {
        Value[] result = arguments;
        for (int i = 0; i < arguments.length && i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            if (!parameter.tensor()) continue;
            Value coerced = coerce(function, parameter, arguments[i]);
            if (coerced == arguments[i]) continue;
            if (result == arguments) result = arguments.clone();
            result[i] = coerced;
        }
        return result;
    }

    private static Value coerce(String function, Parameter parameter, Value value) {
        if (value instanceof Num || value instanceof TensorValue || value instanceof Traced || value instanceof Bool) return value;
        if (value == NoneValue.NONE && parameter.defaultValue() == NoneValue.NONE) return value;
        String what = function + "(): argument '" + parameter.name() + "'";
        Value tensor = tensorOf(value, what);
        if (tensor == null) {
            throw new LMathError(what + " must be a tensor, a number, or a list or tuple of numbers, not " + Values.describe(value));
        }
        return tensor;
    }

    /** The tensor a value stands for, or null when it stands for none. */
    private static Value tensorOf(Value value, String what) {
        if (value instanceof Num || value instanceof TensorValue || value instanceof Traced) return value;
        if (value instanceof Bool bool) return new Num(bool.value() ? 1 : 0);  // [true, 3 > 2]: a mask, as NumPy's bool array
        if (value instanceof RangeValue range) return new TensorValue(Values.rangeTensor(range));
        List<Value> items = value instanceof ListValue list ? list.items() : value instanceof TupleValue tuple ? tuple.items() : null;
        if (items == null) return null;
        if (items.isEmpty()) return new TensorValue(Tensor.of(new double[0], new int[] {0}));
        List<Value> parts = new ArrayList<>(items.size());
        boolean traced = false;
        int[] shape = null;
        for (int i = 0; i < items.size(); i++) {
            Value part = tensorOf(items.get(i), what);
            if (part == null) {
                throw new LMathError(what + " must be a tensor, a number, or a list or tuple of numbers, but its item " + i
                        + " is " + Values.describe(items.get(i)));
            }
            int[] partShape = Differentiable.shapeOf(part);
            if (shape == null) {
                shape = partShape;
            } else if (!Arrays.equals(shape, partShape)) {
                throw new LMathError(what + " is ragged: its item 0 has shape " + Shapes.describe(shape) + " but item " + i
                        + " has shape " + Shapes.describe(partShape) + ", so they do not stack into one tensor");
            }
            traced |= Differentiable.isTraced(part);
            parts.add(part);
        }
        if (traced) return Differentiable.stack(parts);
        List<Value> plain = new ArrayList<>(parts.size());
        for (Value part : parts) plain.add(Traced.strip(part));
        return new TensorValue(Values.stack(plain));
    }
}
