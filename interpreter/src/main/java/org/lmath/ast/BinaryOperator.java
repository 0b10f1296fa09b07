package org.lmath.ast;

/** The arithmetic and comparison operators, by their spelling in source. */
public enum BinaryOperator {
    ADD("+"), SUBTRACT("-"), MULTIPLY("*"), DIVIDE("/"), MODULO("%"), POWER("**"), MATMUL("@"),
    MASK_AND("&"), MASK_OR("|"),
    EQUAL("=="), NOT_EQUAL("!="), LESS("<"), LESS_EQUAL("<="), GREATER(">"), GREATER_EQUAL(">=");

    public final String symbol;

    BinaryOperator(String symbol) { this.symbol = symbol; }

    public boolean isComparison() { return ordinal() >= EQUAL.ordinal(); }

    /** & and |: elementwise and / or of masks and bools (NumPy's meaning). */
    public boolean isMask() { return this == MASK_AND || this == MASK_OR; }

    public static BinaryOperator fromSymbol(String symbol) {
        if (symbol.equals("^")) return POWER;
        for (BinaryOperator operator : values()) {
            if (operator.symbol.equals(symbol)) return operator;
        }
        throw new IllegalArgumentException("not a binary operator: " + symbol);
    }
}
