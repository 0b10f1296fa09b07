package org.lmath.value;

public record Str(String value) implements Value {
    public String typeName() { return "string"; }
}
