package org.lmath.eval;

import org.lmath.ast.BinaryOperator;
import org.lmath.ast.Expr;
import org.lmath.tensor.Elementwise;
import org.lmath.value.Bool;
import org.lmath.value.Num;
import org.lmath.value.Value;

/**
 * The closures of a binary operator ({@link Compiler}). For +, -, * and / of two plain numbers a
 * closure does the arithmetic itself, as the tree-walker's scalar fast path does, and each of the
 * four has its own closure class, so that the JIT sees one operation at each site; %, ** and the
 * comparisons of two plain numbers share one closure that calls the same Elementwise operation as
 * the tree-walker. An operand that is a number written in the program is folded into the closure
 * (x - 3, 0.002 * y, i < 10). Any other pair of operands, and &, | and @, are finished by the
 * interpreter's own {@link Interpreter#binaryOf}: the same result, error and temporaries as before.
 */
final class Arithmetic {

    private Arithmetic() {}

    static Code compile(Interpreter in, Expr.Binary e, Code left, Code right) {
        if (e.right() instanceof Expr.NumberLiteral literal) return constantRight(in, e, left, literal.value());
        if (e.left() instanceof Expr.NumberLiteral literal) return constantLeft(in, e, right, literal.value());
        return switch (e.operator()) {
            case ADD -> s -> {
                Value l = left.run(s);
                boolean lt = in.tookTemporary(e.left(), l);
                Value r = right.run(s);
                if (l instanceof Num a && r instanceof Num b) return new Num(a.value() + b.value());
                return in.binaryOf(e, l, lt, r, in.tookTemporary(e.right(), r));
            };
            case SUBTRACT -> s -> {
                Value l = left.run(s);
                boolean lt = in.tookTemporary(e.left(), l);
                Value r = right.run(s);
                if (l instanceof Num a && r instanceof Num b) return new Num(a.value() - b.value());
                return in.binaryOf(e, l, lt, r, in.tookTemporary(e.right(), r));
            };
            case MULTIPLY -> s -> {
                Value l = left.run(s);
                boolean lt = in.tookTemporary(e.left(), l);
                Value r = right.run(s);
                if (l instanceof Num a && r instanceof Num b) return new Num(a.value() * b.value());
                return in.binaryOf(e, l, lt, r, in.tookTemporary(e.right(), r));
            };
            case DIVIDE -> s -> {
                Value l = left.run(s);
                boolean lt = in.tookTemporary(e.left(), l);
                Value r = right.run(s);
                if (l instanceof Num a && r instanceof Num b) return new Num(a.value() / b.value());
                return in.binaryOf(e, l, lt, r, in.tookTemporary(e.right(), r));
            };
            default -> {
                Elementwise scalar = scalar(e);
                yield s -> {
                    Value l = left.run(s);
                    boolean lt = in.tookTemporary(e.left(), l);
                    Value r = right.run(s);
                    if (scalar != null && l instanceof Num a && r instanceof Num b) return of(scalar, a.value(), b.value());
                    return in.binaryOf(e, l, lt, r, in.tookTemporary(e.right(), r));
                };
            }
        };
    }

    /**
     * The operation of %, ** and the comparisons on two plain numbers, which the interpreter reaches
     * through Operations.binary; null for &, | and @, which take another way even for numbers.
     */
    private static Elementwise scalar(Expr.Binary e) {
        return e.operator().isMask() || e.operator() == BinaryOperator.MATMUL ? null : Interpreter.elementwise(e.operator());
    }

    /** What Operations.binary gives for two plain numbers: a bool for a comparison, else a number. */
    private static Value of(Elementwise operation, double a, double b) {
        double result = operation.apply(a, b);
        return operation.isComparison() ? Bool.of(result != 0) : new Num(result);
    }

    /** x op c: the number c is written in the program (a fresh Num of it goes to the general case, as before). */
    private static Code constantRight(Interpreter in, Expr.Binary e, Code left, double c) {
        return switch (e.operator()) {
            case ADD -> s -> {
                Value l = left.run(s);
                return l instanceof Num a ? new Num(a.value() + c) : in.binaryOf(e, l, in.tookTemporary(e.left(), l), new Num(c), false);
            };
            case SUBTRACT -> s -> {
                Value l = left.run(s);
                return l instanceof Num a ? new Num(a.value() - c) : in.binaryOf(e, l, in.tookTemporary(e.left(), l), new Num(c), false);
            };
            case MULTIPLY -> s -> {
                Value l = left.run(s);
                return l instanceof Num a ? new Num(a.value() * c) : in.binaryOf(e, l, in.tookTemporary(e.left(), l), new Num(c), false);
            };
            case DIVIDE -> s -> {
                Value l = left.run(s);
                return l instanceof Num a ? new Num(a.value() / c) : in.binaryOf(e, l, in.tookTemporary(e.left(), l), new Num(c), false);
            };
            default -> {
                Elementwise scalar = scalar(e);
                yield s -> {
                    Value l = left.run(s);
                    if (scalar != null && l instanceof Num a) return of(scalar, a.value(), c);
                    return in.binaryOf(e, l, in.tookTemporary(e.left(), l), new Num(c), false);
                };
            }
        };
    }

    /** c op x: the number c is written in the program; it is evaluated first, with nothing to do. */
    private static Code constantLeft(Interpreter in, Expr.Binary e, Code right, double c) {
        return switch (e.operator()) {
            case ADD -> s -> {
                Value r = right.run(s);
                return r instanceof Num b ? new Num(c + b.value()) : in.binaryOf(e, new Num(c), false, r, in.tookTemporary(e.right(), r));
            };
            case SUBTRACT -> s -> {
                Value r = right.run(s);
                return r instanceof Num b ? new Num(c - b.value()) : in.binaryOf(e, new Num(c), false, r, in.tookTemporary(e.right(), r));
            };
            case MULTIPLY -> s -> {
                Value r = right.run(s);
                return r instanceof Num b ? new Num(c * b.value()) : in.binaryOf(e, new Num(c), false, r, in.tookTemporary(e.right(), r));
            };
            case DIVIDE -> s -> {
                Value r = right.run(s);
                return r instanceof Num b ? new Num(c / b.value()) : in.binaryOf(e, new Num(c), false, r, in.tookTemporary(e.right(), r));
            };
            default -> {
                Elementwise scalar = scalar(e);
                yield s -> {
                    Value r = right.run(s);
                    if (scalar != null && r instanceof Num b) return of(scalar, c, b.value());
                    return in.binaryOf(e, new Num(c), false, r, in.tookTemporary(e.right(), r));
                };
            }
        };
    }
}
