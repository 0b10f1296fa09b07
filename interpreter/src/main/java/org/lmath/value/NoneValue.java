package org.lmath.value;

/** The value `none`: what a function without return gives. */
public enum NoneValue implements Value {
    NONE;

    public String typeName() { return "none"; }
}
