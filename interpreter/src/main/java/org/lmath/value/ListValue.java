package org.lmath.value;

import java.util.ArrayList;
import java.util.List;

/** An ordered, growable list of any values (`["apple", "cat"]`, or [] filled by append). */
public record ListValue(List<Value> items) implements Value {

    public static ListValue of(List<Value> items) {
        return new ListValue(new ArrayList<>(items));
    }

    public String typeName() { return "list"; }
}
