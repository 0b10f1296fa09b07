package org.lmath.eval;

import java.util.List;

import org.lmath.ast.Expr;
import org.lmath.ast.Position;
import org.lmath.ast.Stmt;

/**
 * Finds where a program gives a name its value inside a block (an if, while, for or test body,
 * or as a for loop's variable).
 * Used only to explain an unknown name: a name created in a block is gone when the block ends,
 * which surprises anyone used to Python, so the error says where the name was created.
 */
final class BlockNames {

    private BlockNames() {}

    /** The first place, in source order, where name is assigned inside a block; null if none. */
    static Position createdInBlock(List<Stmt> program, String name) {
        return search(program, name, false);
    }

    private static Position search(List<Stmt> statements, String name, boolean inBlock) {
        for (Stmt statement : statements) {
            Position found = search(statement, name, inBlock);
            if (found != null) return found;
        }
        return null;
    }

    private static Position searchTargets(List<Expr> targets, String name) {
        for (Expr target : targets) {
            if (target instanceof Expr.Name named && named.name().equals(name)) return named.position();
            if (target instanceof Expr.Tuple nested) {
                Position found = searchTargets(nested.elements(), name);
                if (found != null) return found;
            }
        }
        return null;
    }

    private static Position search(Stmt statement, String name, boolean inBlock) {
        if (statement instanceof Stmt.Assign assign) {
            return inBlock && assign.name().equals(name) ? assign.position() : null;
        }
        if (statement instanceof Stmt.TupleAssign assign) {
            return inBlock ? searchTargets(assign.targets(), name) : null;
        }
        if (statement instanceof Stmt.FunctionDefinition function) {
            if (inBlock && function.name().equals(name)) return function.position();
            return search(function.body(), name, false);
        }
        if (statement instanceof Stmt.If branch) {
            Position found = search(branch.thenBranch(), name, true);
            return found != null ? found : search(branch.elseBranch(), name, true);
        }
        if (statement instanceof Stmt.While loop) return search(loop.body(), name, true);
        if (statement instanceof Stmt.For loop) {
            if (loop.names().contains(name)) return loop.position();
            return search(loop.body(), name, true);
        }
        if (statement instanceof Stmt.Test test) return search(test.body(), name, true);
        return null;
    }
}
