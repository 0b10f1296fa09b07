package org.lmath.value;

import java.util.List;

/** A fixed sequence: `a, b`, `(3, 4)`, shapes, and builtins that return several values. */
public record TupleValue(List<Value> items) implements Value {

    public static TupleValue of(Value... items) {
        return new TupleValue(List.of(items));
    }

    public String typeName() { return "tuple"; }
}
