package org.lmath.ast;

import java.util.List;

/** A statement: something executed for its effect. */
public sealed interface Stmt {

    Position position();

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R visitExpression(ExpressionStatement stmt);
        R visitAssign(Assign stmt);
        R visitTupleAssign(TupleAssign stmt);
        R visitIndexAssign(IndexAssign stmt);
        R visitCompoundAssign(CompoundAssign stmt);
        R visitFunction(FunctionDefinition stmt);
        R visitIf(If stmt);
        R visitWhile(While stmt);
        R visitFor(For stmt);
        R visitBreak(Break stmt);
        R visitContinue(Continue stmt);
        R visitReturn(Return stmt);
        R visitImport(Import stmt);
        R visitAssert(Assert stmt);
        R visitTest(Test stmt);
    }

    record ExpressionStatement(Position position, Expr expression) implements Stmt {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitExpression(this); }
    }

    record Assign(Position position, String name, Expr value, Resolved resolved) implements Stmt {
        public Assign {
            name = name.intern();
        }

        public Assign(Position position, String name, Expr value) {
            this(position, name, value, new Resolved());
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitAssign(this); }
    }

    /**
     * a, b = value: value must give exactly as many items as there are targets. A target is a
     * name or, nested, a parenthesised tuple of targets: value, (da, db) = value_and_grad(...).
     */
    record TupleAssign(Position position, List<Expr> targets, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitTupleAssign(this); }
    }

    /** target[subscripts] = value. */
    record IndexAssign(Position position, Expr.Index target, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitIndexAssign(this); }
    }

    /** target op= value, where target is a name or an index expression. */
    record CompoundAssign(Position position, Expr target, BinaryOperator operator, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitCompoundAssign(this); }
    }

    /** def name(params) { body } and the one-line form name(params) = expr. */
    record FunctionDefinition(Position position, String name, List<Parameter> parameters, List<Stmt> body, Resolved resolved)
            implements Stmt {
        public FunctionDefinition {
            name = name.intern();
        }

        public FunctionDefinition(Position position, String name, List<Parameter> parameters, List<Stmt> body) {
            this(position, name, parameters, body, new Resolved());
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitFunction(this); }
    }

    /** elseBranch is empty when there is no else. */
    record If(Position position, Expr condition, List<Stmt> thenBranch, List<Stmt> elseBranch, Resolved resolved) implements Stmt {
        public If(Position position, Expr condition, List<Stmt> thenBranch, List<Stmt> elseBranch) {
            this(position, condition, thenBranch, elseBranch, new Resolved());
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitIf(this); }
    }

    record While(Position position, Expr condition, List<Stmt> body, Resolved resolved) implements Stmt {
        public While(Position position, Expr condition, List<Stmt> body) {
            this(position, condition, body, new Resolved());
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitWhile(this); }
    }

    /**
     * for a, (b, c) in iterable { body }: targets are names or, nested, tuples of targets; more
     * than one destructures each item. names are all the names the targets bind.
     */
    record For(Position position, List<Expr> targets, Expr iterable, List<Stmt> body, Resolved resolved) implements Stmt {
        public For(Position position, List<Expr> targets, Expr iterable, List<Stmt> body) {
            this(position, targets, iterable, body, new Resolved());
        }

        public List<String> names() {
            return targetNames(targets);
        }

        /** The names that targets bind (names or, nested, tuples of them), in order: a for loop's, a comprehension's, a, b = ... */
        public static List<String> targetNames(List<Expr> targets) {
            List<String> names = new java.util.ArrayList<>();
            collectNames(targets, names);
            return names;
        }

        private static void collectNames(List<Expr> targets, List<String> names) {
            for (Expr target : targets) {
                if (target instanceof Expr.Tuple nested) collectNames(nested.elements(), names);
                else names.add(((Expr.Name) target).name());
            }
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitFor(this); }
    }

    record Break(Position position) implements Stmt {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitBreak(this); }
    }

    record Continue(Position position) implements Stmt {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitContinue(this); }
    }

    /** value is null for a bare `return`. */
    record Return(Position position, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitReturn(this); }
    }

    /** import name (a standard module) or import "path.lmath" (a file). */
    record Import(Position position, String target, boolean isFile) implements Stmt {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitImport(this); }
    }

    /** message is null when the assert has none; conditionText is the condition as written. */
    record Assert(Position position, Expr condition, Expr message, String conditionText) implements Stmt {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitAssert(this); }
    }

    /** A test block; points (default 1) and hint (null when none) come from its options: test "name" (points=2, hint="...") { }. */
    record Test(Position position, String name, List<Stmt> body, double points, String hint, Resolved resolved) implements Stmt {
        public Test(Position position, String name, List<Stmt> body, double points, String hint) {
            this(position, name, body, points, hint, new Resolved());
        }

        public Test(Position position, String name, List<Stmt> body) {
            this(position, name, body, 1, null);
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitTest(this); }
    }
}
