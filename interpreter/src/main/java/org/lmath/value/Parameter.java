package org.lmath.value;

/**
 * A parameter of a function: required when defaultValue is null; a variadic parameter collects
 * the remaining positional arguments into a tuple. A tensor parameter of a builtin takes what
 * stands for a tensor (a number, a tensor, a range, a list or tuple of numbers or equal-shaped
 * tensors): the builtin receives lists, tuples and ranges already made into tensors.
 */
public record Parameter(String name, Value defaultValue, boolean variadic, boolean tensor) {

    public Parameter(String name, Value defaultValue, boolean variadic) {
        this(name, defaultValue, variadic, false);
    }

    public static Parameter required(String name) {
        return new Parameter(name, null, false);
    }

    public static Parameter optional(String name, Value defaultValue) {
        return new Parameter(name, defaultValue, false);
    }

    public static Parameter variadic(String name) {
        return new Parameter(name, null, true);
    }

    /** A required tensor parameter (x, A, p, ...). */
    public static Parameter tensor(String name) {
        return new Parameter(name, null, false, true);
    }

    /** An optional tensor parameter; its default (often none) is passed as it is. */
    public static Parameter optionalTensor(String name, Value defaultValue) {
        return new Parameter(name, defaultValue, false, true);
    }

    public boolean isRequired() {
        return defaultValue == null && !variadic;
    }
}
