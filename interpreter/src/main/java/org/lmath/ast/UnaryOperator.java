package org.lmath.ast;

public enum UnaryOperator {
    NEGATE("-"), PLUS("+"), INVERT("~");

    public final String symbol;

    UnaryOperator(String symbol) { this.symbol = symbol; }
}
