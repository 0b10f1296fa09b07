package org.lmath.value;

/**
 * A number or tensor that a running grad is recording: its value (which may itself be traced by
 * an outer grad) and its place on the tape. Values not derived from the arguments being
 * differentiated are never wrapped, so code outside grad never meets one.
 */
public record Traced(Value primal, Trace trace) implements Value {

    public String typeName() {
        return primal.typeName();
    }

    /** The plain value underneath every level of tracing. */
    public static Value strip(Value value) {
        while (value instanceof Traced traced) value = traced.primal();
        return value;
    }
}
