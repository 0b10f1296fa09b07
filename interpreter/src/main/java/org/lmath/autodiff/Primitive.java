package org.lmath.autodiff;

import org.lmath.value.Value;

/**
 * One differentiable operation: how to compute it on plain values, and how to turn the gradient
 * of its output into gradients of its inputs. Parameters that are not differentiated (an axis,
 * a shape, an index) are fields of the primitive, not inputs.
 */
public interface Primitive {

    /** The name errors and the tape use ("add", "sum", "index"). */
    String name();

    /** The result on plain (untraced) values. */
    Value compute(Value[] inputs);

    /**
     * The gradients of the inputs given the output's gradient (the cotangent), the inputs and
     * the output. Written with {@link Differentiable}, so an outer grad can record it. An entry
     * may be null when {@code needed[i]} is false (nobody asked for it).
     */
    Value[] backward(Value cotangent, Value[] inputs, Value output, boolean[] needed);

    /** This primitive applied to values, traced or not, through the one door ({@link Differentiable#apply}). */
    default Value apply(Value... inputs) {
        return Differentiable.apply(this, inputs);
    }

    /** The same for inputs in a list (the parts of concat, the items of a bracket literal). */
    default Value apply(java.util.List<Value> inputs) {
        return apply(inputs.toArray(new Value[0]));
    }
}
