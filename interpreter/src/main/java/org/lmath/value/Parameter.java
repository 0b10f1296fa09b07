package org.lmath.value;

/**
 * A parameter of a function: required when defaultValue is null; a variadic parameter collects
 * the remaining positional arguments into a tuple.
 */
public record Parameter(String name, Value defaultValue, boolean variadic) {

    public static Parameter required(String name) {
        return new Parameter(name, null, false);
    }

    public static Parameter optional(String name, Value defaultValue) {
        return new Parameter(name, defaultValue, false);
    }

    public static Parameter variadic(String name) {
        return new Parameter(name, null, true);
    }

    public boolean isRequired() {
        return defaultValue == null && !variadic;
    }
}
