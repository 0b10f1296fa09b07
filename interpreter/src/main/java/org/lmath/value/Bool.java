package org.lmath.value;

public enum Bool implements Value {
    TRUE, FALSE;

    public static Bool of(boolean value) {
        return value ? TRUE : FALSE;
    }

    public boolean value() {
        return this == TRUE;
    }

    public String typeName() { return "bool"; }
}
