package org.lmath.ast;

public enum UnaryOperator {
    NEGATE("-"), PLUS("+");

    public final String symbol;

    UnaryOperator(String symbol) { this.symbol = symbol; }
}
