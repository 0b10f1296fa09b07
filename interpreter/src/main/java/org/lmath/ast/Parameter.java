package org.lmath.ast;

/** A function parameter; defaultValue is null when the parameter is required. */
public record Parameter(Position position, String name, Expr defaultValue) {
    public Parameter {
        name = name.intern();  // see Expr.Name
    }
}
