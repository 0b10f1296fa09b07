package org.lmath.tensor;

/**
 * The binary elementwise operations on tensors, with the scalar rule each one follows for a
 * single pair of numbers (the evaluator uses the same rule for plain numbers).
 */
public enum Elementwise {
    ADD("+") { public double apply(double a, double b) { return a + b; } },
    SUBTRACT("-") { public double apply(double a, double b) { return a - b; } },
    MULTIPLY("*") { public double apply(double a, double b) { return a * b; } },
    DIVIDE("/") { public double apply(double a, double b) { return a / b; } },
    POWER("**") { public double apply(double a, double b) { return Math.pow(a, b); } },
    /** Python's float %: the result takes the sign of the divisor (-7 % 3 == 2, 0 % -3 == -0.0). */
    MODULO("%") {
        public double apply(double a, double b) {
            double remainder = a % b;
            if (remainder == 0) return Math.copySign(0.0, b);
            if ((remainder < 0) != (b < 0)) remainder += b;
            return remainder;
        }
    },
    MAXIMUM("maximum") { public double apply(double a, double b) { return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b); } },
    MINIMUM("minimum") { public double apply(double a, double b) { return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.min(a, b); } },
    ARCTAN2("arctan2") { public double apply(double a, double b) { return Math.atan2(a, b); } },
    HYPOT("hypot") { public double apply(double a, double b) { return Math.hypot(a, b); } },
    LOGADDEXP("logaddexp") { public double apply(double a, double b) { return SpecialFunctions.logAddExp(a, b); } },
    EQUAL("==") { public double apply(double a, double b) { return a == b ? 1 : 0; } },
    NOT_EQUAL("!=") { public double apply(double a, double b) { return a != b ? 1 : 0; } },
    LESS("<") { public double apply(double a, double b) { return a < b ? 1 : 0; } },
    LESS_EQUAL("<=") { public double apply(double a, double b) { return a <= b ? 1 : 0; } },
    GREATER(">") { public double apply(double a, double b) { return a > b ? 1 : 0; } },
    GREATER_EQUAL(">=") { public double apply(double a, double b) { return a >= b ? 1 : 0; } };

    public final String symbol;

    Elementwise(String symbol) { this.symbol = symbol; }

    public abstract double apply(double a, double b);

    public boolean isComparison() { return ordinal() >= EQUAL.ordinal(); }
}
