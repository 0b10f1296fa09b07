package org.lmath.value;

/** A number: one float64, never an ND4J array (scalar code must not pay for ND4J). */
public record Num(double value) implements Value {

    public static final Num ZERO = new Num(0);
    public static final Num ONE = new Num(1);

    public static Num of(double value) {
        return new Num(value);
    }

    public String typeName() { return "number"; }
}
