package org.lmath.eval;

import org.lmath.ast.Expr;
import org.lmath.value.Num;
import org.lmath.value.Value;

/**
 * The closures of a binary operator ({@link Compiler}). For +, -, * and / of two plain numbers a
 * closure does the arithmetic itself, as the tree-walker's scalar fast path does; an operand that
 * is a number written in the program is folded into the closure (x - 3, 0.002 * y). Any other
 * pair of operands, and every other operator, is finished by the interpreter's own
 * {@link Interpreter#binaryOf}, which gives the same result, error and temporaries as before.
 * Each operator has its own closure class, so that the JIT sees one operation at each site.
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
            default -> s -> {
                Value l = left.run(s);
                boolean lt = in.tookTemporary(e.left(), l);
                Value r = right.run(s);
                return in.binaryOf(e, l, lt, r, in.tookTemporary(e.right(), r));
            };
        };
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
            default -> s -> {
                Value l = left.run(s);
                return in.binaryOf(e, l, in.tookTemporary(e.left(), l), new Num(c), false);
            };
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
            default -> s -> {
                Value r = right.run(s);
                return in.binaryOf(e, new Num(c), false, r, in.tookTemporary(e.right(), r));
            };
        };
    }
}
