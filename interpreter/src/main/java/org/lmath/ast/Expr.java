package org.lmath.ast;

import java.util.List;

/** An expression: something that evaluates to a value. */
public sealed interface Expr {

    Position position();

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R visitNumber(NumberLiteral expr);
        R visitString(StringLiteral expr);
        R visitFormattedString(FormattedString expr);
        R visitBool(BoolLiteral expr);
        R visitNone(NoneLiteral expr);
        R visitName(Name expr);
        R visitBracket(Bracket expr);
        R visitTuple(Tuple expr);
        R visitUnary(Unary expr);
        R visitBinary(Binary expr);
        R visitLogical(Logical expr);
        R visitNot(Not expr);
        R visitConditional(Conditional expr);
        R visitRange(Range expr);
        R visitCall(Call expr);
        R visitIndex(Index expr);
        R visitMember(Member expr);
        R visitLambda(Lambda expr);
        R visitComprehension(Comprehension expr);
        R visitDict(Dict expr);
        R visitMembership(Membership expr);
    }

    record NumberLiteral(Position position, double value) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitNumber(this); }
    }

    record StringLiteral(Position position, String value) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitString(this); }
    }

    /** f"text {expr:spec} text": literal parts and interpolated parts in order. */
    record FormattedString(Position position, List<Part> parts) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitFormattedString(this); }

        /**
         * Either literal text (expression null) or an expression with an optional format spec;
         * quoted is true for f"{x=}", whose value shows as a list item does (strings quoted), as Python's repr.
         */
        public record Part(String text, Expr expression, String spec, boolean quoted) {}
    }

    record BoolLiteral(Position position, boolean value) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitBool(this); }
    }

    record NoneLiteral(Position position) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitNone(this); }
    }

    /** A name is interned so that scope lookups compare it by identity (the scalar loop's hot path). */
    record Name(Position position, String name, Resolved resolved) implements Expr {
        public Name {
            name = name.intern();
        }

        public Name(Position position, String name) {
            this(position, name, new Resolved());
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitName(this); }
    }

    /** [a, b, ...]: a tensor when it holds numbers or equal-shaped tensors, otherwise a list. */
    record Bracket(Position position, List<Expr> elements) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitBracket(this); }
    }

    record Tuple(Position position, List<Expr> elements) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitTuple(this); }
    }

    record Unary(Position position, UnaryOperator operator, Expr operand) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitUnary(this); }
    }

    /** An arithmetic or comparison operator; the position is the operator's. */
    record Binary(Position position, BinaryOperator operator, Expr left, Expr right) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitBinary(this); }
    }

    /** Short-circuit `and` / `or`. */
    record Logical(Position position, boolean isAnd, Expr left, Expr right) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitLogical(this); }
    }

    record Not(Position position, Expr operand) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitNot(this); }
    }

    record Conditional(Position position, Expr condition, Expr thenValue, Expr elseValue) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitConditional(this); }
    }

    /** start..end, the numbers start, start+1, ..., end-1. */
    record Range(Position position, Expr start, Expr end) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitRange(this); }
    }

    record Call(Position position, Expr callee, List<Expr> arguments, List<KeywordArgument> keywordArguments)
            implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitCall(this); }
    }

    record KeywordArgument(Position position, String name, Expr value) {}

    record Index(Position position, Expr target, List<Subscript> subscripts) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitIndex(this); }
    }

    /** One item between the brackets of an index: an expression or a slice. */
    sealed interface Subscript {
        Position position();
    }

    record ExpressionSubscript(Position position, Expr value) implements Subscript {}

    /** `...` in an index: as many full slices as the axes left over need. */
    record EllipsisSubscript(Position position) implements Subscript {}

    /** start:stop:step, each part optional (null). */
    record SliceSubscript(Position position, Expr start, Expr stop, Expr step) implements Subscript {}

    /** a.name: a module member, a tensor property (.T, .shape), or method-call sugar when called. */
    record Member(Position position, Expr target, String name) implements Expr {
        public Member {
            name = name.intern();  // looked up as a function name by method-call sugar; see Name
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitMember(this); }
    }

    record Lambda(Position position, List<String> parameters, Expr body, Resolved resolved) implements Expr {
        public Lambda {
            parameters = parameters.stream().map(String::intern).toList();
        }

        public Lambda(Position position, List<String> parameters, Expr body) {
            this(position, parameters, body, new Resolved());
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitLambda(this); }
    }

    /**
     * [element for targets in iterable if condition ...] and {key: element for ...}: key is null
     * for a list comprehension. The clauses run outer first, as in Python.
     */
    record Comprehension(Position position, Expr key, Expr element, List<Clause> clauses, Resolved resolved) implements Expr {
        public Comprehension(Position position, Expr key, Expr element, List<Clause> clauses) {
            this(position, key, element, clauses, new Resolved());
        }

        public <R> R accept(Visitor<R> visitor) { return visitor.visitComprehension(this); }
    }

    /** One `for ... in ...` or `if ...` of a comprehension. */
    sealed interface Clause {
        Position position();
    }

    /** targets are names or, nested, tuples of targets, as in a for statement. */
    record ForClause(Position position, List<Expr> targets, Expr iterable) implements Clause {}

    record IfClause(Position position, Expr condition) implements Clause {}

    /** {key: value, ...}, in the order written. */
    record Dict(Position position, List<Expr> keys, List<Expr> values) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitDict(this); }
    }

    /** element in container, or element not in container when negated; the position is the operator's. */
    record Membership(Position position, Expr element, Expr container, boolean negated) implements Expr {
        public <R> R accept(Visitor<R> visitor) { return visitor.visitMembership(this); }
    }
}
