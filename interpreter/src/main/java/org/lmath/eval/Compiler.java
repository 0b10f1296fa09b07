package org.lmath.eval;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.lmath.ast.Expr;
import org.lmath.ast.Stmt;
import org.lmath.value.Num;
import org.lmath.value.Value;

/**
 * Compiles a loop's body to a tree of Java closures ({@link Code}), the first time the loop runs:
 * the other way issue 17 names to take the tree-walker's dispatch out of a hot loop. Each node a
 * hot loop uses (a number, a name read or assigned through the Resolver's slots, arithmetic,
 * if, nested for and while) becomes a closure that calls the next ones directly; every other node
 * becomes a closure that hands it to the tree-walker, so nothing about what a program does or
 * says changes. Errors, interrupts, temporaries and the scopes of each turn go through the
 * interpreter's own methods, which the closures only call.
 *
 * <p>Off when the JVM runs with -Dlmath.closures=false: every statement and condition is then
 * handed to the tree-walker, which runs every loop as it did before this compiler.
 */
final class Compiler {

    static final boolean ENABLED = !"false".equals(System.getProperty("lmath.closures"));

    private final Interpreter interpreter;
    private final Map<Stmt, Code[]> bodies = new IdentityHashMap<>();  // each loop's body, compiled once
    private final Map<Expr, Code> conditions = new IdentityHashMap<>();  // each while loop's condition, compiled once

    Compiler(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** The compiled body of a loop the tree-walker has reached, compiled on its first run. */
    Code[] body(Stmt loop, List<Stmt> statements) {
        Code[] compiled = bodies.get(loop);
        if (compiled == null) {
            compiled = statements(statements);
            bodies.put(loop, compiled);
        }
        return compiled;
    }

    /** The compiled condition of a while loop the tree-walker has reached, compiled on its first run. */
    Code condition(Stmt.While loop) {
        return conditions.computeIfAbsent(loop.condition(), this::expression);
    }

    private Code[] statements(List<Stmt> statements) {
        Code[] compiled = new Code[statements.size()];
        for (int i = 0; i < compiled.length; i++) compiled[i] = statement(statements.get(i));
        return compiled;
    }

    private Code statement(Stmt statement) {
        Interpreter in = interpreter;
        if (!ENABLED) return walked(statement);
        if (statement instanceof Stmt.Assign assign && assign.resolved().value instanceof Resolution slots) {
            Code value = expression(assign.value());
            String name = assign.name();
            Expr source = assign.value();
            return scope -> {
                Value result = value.run(scope);
                in.implicitNones().assigned(name, source, result);
                scope.write(slots, result);
                return null;
            };
        }
        if (statement instanceof Stmt.CompoundAssign compound && compound.target() instanceof Expr.Name target
                && target.resolved().value instanceof Resolution slots) {
            Code current = expression(target);
            Code value = expression(compound.value());
            return scope -> {
                Value before = current.run(scope);
                scope.write(slots, in.binary(compound.operator(), before, value.run(scope), compound.position()));
                return null;
            };
        }
        if (statement instanceof Stmt.If branch) return ifCode(branch);
        if (statement instanceof Stmt.For loop) {
            Code[] body = statements(loop.body());
            return scope -> {
                in.runFor(loop, body);
                return null;
            };
        }
        if (statement instanceof Stmt.While loop) {
            Code condition = expression(loop.condition());
            Code[] body = statements(loop.body());
            return scope -> {
                in.runWhile(loop, condition, body);
                return null;
            };
        }
        return walked(statement);
    }

    /** A statement handed to the tree-walker. */
    private Code walked(Stmt statement) {
        Interpreter in = interpreter;
        return scope -> {
            statement.accept(in);
            return null;
        };
    }

    private Code ifCode(Stmt.If branch) {
        Interpreter in = interpreter;
        Code condition = expression(branch.condition());
        Code[] then = statements(branch.thenBranch());
        Code[] otherwise = statements(branch.elseBranch());
        String[][] layouts = (String[][]) branch.resolved().value;
        String[] thenLayout = layouts == null ? null : layouts[0];
        String[] elseLayout = layouts == null ? null : layouts[1];
        Expr test = branch.condition();
        return scope -> {
            if (Interpreter.isTrue(condition.run(scope), test)) {
                in.runBlock(then, new Environment(scope, false, thenLayout));
            } else if (otherwise.length > 0) {
                in.runBlock(otherwise, new Environment(scope, false, elseLayout));
            }
            return null;
        };
    }

    private Code expression(Expr expression) {
        Interpreter in = interpreter;
        if (!ENABLED) return scope -> in.evaluate(expression);
        if (expression instanceof Expr.NumberLiteral number) {
            double value = number.value();
            return scope -> new Num(value);
        }
        if (expression instanceof Expr.Name name && name.resolved().value instanceof Resolution slots) {
            return scope -> {
                Value value = scope.read(slots);
                if (value == null) throw in.unknownName(name);
                return value;
            };
        }
        if (expression instanceof Expr.Binary binary) {
            return Arithmetic.compile(in, binary, expression(binary.left()), expression(binary.right()));
        }
        if (expression instanceof Expr.Unary unary) {
            Code operand = expression(unary.operand());
            return scope -> in.unary(unary, operand.run(scope));
        }
        return scope -> in.evaluate(expression);
    }
}
