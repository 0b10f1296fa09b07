package org.lmath.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lmath.ast.Expr;
import org.lmath.ast.Parameter;
import org.lmath.ast.Stmt;

/**
 * The pass between parsing and running (jlox's Resolver, chapter 11 of Crafting Interpreters):
 * it gives every scope the program will make at run time (a function's body, a lambda, a block,
 * a loop turn, a comprehension, a test) a layout, the list of names that can ever be created in
 * it, and every name written in the program its {@link Resolution}, the slots it can live in.
 * It changes nothing the program does: a name is still looked for innermost first, found where
 * it exists at that moment, and assigned by LANGUAGE.md's rule; only the searching by name is
 * done once here instead of at every use. A top level stays a name scope (see {@link Environment}).
 *
 * <p>A slot scope's layout is known before it runs because its statements run in order: a name
 * is created in a scope only by a statement directly in it (an assignment, a def, an import, a
 * loop variable, a parameter), never by a statement in a block inside it, which has a scope of its own.
 */
final class Resolver implements Expr.Visitor<Void>, Stmt.Visitor<Void> {

    /**
     * A slot scope while it is being resolved: its names in slot order, and at the point reached,
     * which of them exist for certain and which may exist (known only at run time).
     */
    private static final class Scope {
        final Scope enclosing;
        final boolean function;
        final boolean comprehension;   // its names are bound while its clauses run: always checked at run time
        final Map<String, Integer> slots = new LinkedHashMap<>();
        final Set<String> exists = new HashSet<>();
        final Set<String> perhaps = new HashSet<>();

        Scope(Scope enclosing, boolean function, boolean comprehension) {
            this.enclosing = enclosing;
            this.function = function;
            this.comprehension = comprehension;
        }

        /**
         * Whether name is in this scope at the point reached. Within the function being resolved
         * this is known exactly, since a scope's statements run in order and nothing removes a name;
         * in an enclosing function's scope, a name not there yet may be made before a closure runs.
         */
        State state(String name, boolean sameFunction) {
            if (!slots.containsKey(name)) return State.ABSENT;
            if (comprehension) return State.PERHAPS;
            if (exists.contains(name)) return State.EXISTS;
            if (!sameFunction || perhaps.contains(name)) return State.PERHAPS;
            return State.ABSENT;
        }

        void add(String name) {
            slots.putIfAbsent(name, slots.size());
        }

        String[] layout() {
            return slots.keySet().toArray(new String[0]);
        }
    }

    private enum State { ABSENT, PERHAPS, EXISTS }

    private Scope scope;  // null at a top level (a name scope)

    private Resolver() {}

    /** Resolves a program that runs at a top level (a script, a module, a REPL entry). */
    static void resolve(List<Stmt> program) {
        new Resolver().statements(program);
    }

    // ------------------------------------------------------------------ scopes

    private String[] block(List<Stmt> body, boolean function, List<String> firstNames) {
        Scope saved = scope;
        scope = new Scope(saved, function, false);
        for (String name : firstNames) {
            scope.add(name);
            scope.exists.add(name);
        }
        declare(body);
        String[] layout = scope.layout();
        statements(body);
        scope = saved;
        return layout;
    }

    /** The names the statements directly in a scope can create there. */
    private void declare(List<Stmt> body) {
        for (Stmt statement : body) {
            if (statement instanceof Stmt.Assign assign) scope.add(assign.name());
            else if (statement instanceof Stmt.TupleAssign assign) Stmt.For.targetNames(assign.targets()).forEach(scope::add);
            else if (statement instanceof Stmt.CompoundAssign assign && assign.target() instanceof Expr.Name name) scope.add(name.name());
            else if (statement instanceof Stmt.FunctionDefinition function) scope.add(function.name());
            else if (statement instanceof Stmt.Import module) scope.add(importedName(module));
        }
    }

    /** The name an import binds: the module's name, or the file's name without .lmath (as ModuleLoader names it). */
    private static String importedName(Stmt.Import module) {
        if (!module.isFile()) return module.target().intern();
        Path file = Path.of(module.target()).getFileName();
        String name = file == null ? module.target() : file.toString();
        return (name.endsWith(".lmath") ? name.substring(0, name.length() - ".lmath".length()) : name).intern();
    }

    /** Where a name read here can be: the candidates that may hold it, up to the first that surely does. */
    private Resolution resolution(String name, boolean assigned) {
        IntList readHops = new IntList();
        IntList readSlots = new IntList();
        boolean readCertain = false;
        boolean sameFunction = true;
        int hops = 0;
        for (Scope current = scope; current != null; current = current.enclosing, hops++) {
            State state = current.state(name, sameFunction);
            if (state != State.ABSENT) {
                readHops.add(hops);
                readSlots.add(current.slots.get(name));
            }
            if (state == State.EXISTS) {
                readCertain = true;
                break;
            }
            if (current.function) sameFunction = false;
        }
        return new Resolution(name, readHops.toArray(), readSlots.toArray(), readCertain, assigned && scope != null ? assignment(name) : null);
    }

    /**
     * Where assigning name here goes: the scope of this function that surely has it, or else the
     * candidates that may, then (in a block of a top level) the top level's own name, then a new
     * name in this scope. Records what the assignment leaves behind for the statements after it.
     */
    private Resolution.Assignment assignment(String name) {
        IntList hops = new IntList();
        IntList slots = new IntList();
        Scope current = scope;
        int distance = 0;
        for (; current != null; current = current.enclosing, distance++) {
            State state = current.state(name, true);
            if (state == State.EXISTS) return Resolution.Assignment.certain(distance, current.slots.get(name));
            if (state == State.PERHAPS) {
                hops.add(distance);
                slots.add(current.slots.get(name));
            }
            if (current.function) break;
        }
        int created = scope.slots.get(name);
        boolean reachesNames = current == null;
        if (hops.size() == 0 && !reachesNames) {  // nowhere in this function yet: made here, surely
            scope.exists.add(name);
            return Resolution.Assignment.certain(0, created);
        }
        scope.perhaps.add(name);
        return new Resolution.Assignment(-1, -1, hops.toArray(), slots.toArray(), reachesNames, created);
    }

    /** A few ints, without boxing them into a list. */
    private static final class IntList {
        private int[] items = new int[2];
        private int size;

        void add(int item) {
            if (size == items.length) items = java.util.Arrays.copyOf(items, size * 2);
            items[size++] = item;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(items, size);
        }
    }

    private void target(Expr target) {
        if (target instanceof Expr.Tuple nested) {
            for (Expr element : nested.elements()) target(element);
        } else if (target instanceof Expr.Name name) {
            name.resolved().value = resolution(name.name(), true);
        } else {
            expression(target);
        }
    }

    // ------------------------------------------------------------------ statements

    private void statements(List<Stmt> statements) {
        for (Stmt statement : statements) statement.accept(this);
    }

    private void expression(Expr expression) {
        if (expression != null) expression.accept(this);
    }

    private void expressions(List<Expr> expressions) {
        for (Expr expression : expressions) expression(expression);
    }

    @Override
    public Void visitExpression(Stmt.ExpressionStatement stmt) {
        expression(stmt.expression());
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign stmt) {
        expression(stmt.value());
        stmt.resolved().value = resolution(stmt.name(), true);
        return null;
    }

    @Override
    public Void visitTupleAssign(Stmt.TupleAssign stmt) {
        expression(stmt.value());
        for (Expr target : stmt.targets()) target(target);
        return null;
    }

    @Override
    public Void visitIndexAssign(Stmt.IndexAssign stmt) {
        expression(stmt.target());
        expression(stmt.value());
        return null;
    }

    @Override
    public Void visitCompoundAssign(Stmt.CompoundAssign stmt) {
        target(stmt.target());
        expression(stmt.value());
        return null;
    }

    @Override
    public Void visitFunction(Stmt.FunctionDefinition stmt) {
        List<String> parameters = new ArrayList<>();
        for (Parameter parameter : stmt.parameters()) {
            expression(parameter.defaultValue());  // evaluated where the function is defined
            parameters.add(parameter.name());
        }
        stmt.resolved().value = block(stmt.body(), true, parameters);
        if (scope != null) scope.exists.add(stmt.name());  // defined in this scope, replacing or creating
        return null;
    }

    @Override
    public Void visitIf(Stmt.If stmt) {
        expression(stmt.condition());
        String[] thenLayout = block(stmt.thenBranch(), false, List.of());
        String[] elseLayout = block(stmt.elseBranch(), false, List.of());
        stmt.resolved().value = new String[][] {thenLayout, elseLayout};
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While stmt) {
        expression(stmt.condition());
        stmt.resolved().value = block(stmt.body(), false, List.of());
        return null;
    }

    @Override
    public Void visitFor(Stmt.For stmt) {
        expression(stmt.iterable());
        stmt.resolved().value = block(stmt.body(), false, stmt.names());  // a single loop variable is slot 0
        return null;
    }

    @Override
    public Void visitBreak(Stmt.Break stmt) {
        return null;
    }

    @Override
    public Void visitContinue(Stmt.Continue stmt) {
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return stmt) {
        expression(stmt.value());
        return null;
    }

    @Override
    public Void visitImport(Stmt.Import stmt) {
        if (scope != null) scope.perhaps.add(importedName(stmt));  // assigned by name at run time
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert stmt) {
        expression(stmt.condition());
        expression(stmt.message());
        return null;
    }

    /** A test's body runs in a block of its own over the top level, wherever the test is written. */
    @Override
    public Void visitTest(Stmt.Test stmt) {
        Scope saved = scope;
        scope = null;
        stmt.resolved().value = block(stmt.body(), false, List.of());
        scope = saved;
        return null;
    }

    // ------------------------------------------------------------------ expressions

    @Override
    public Void visitName(Expr.Name expr) {
        expr.resolved().value = resolution(expr.name(), false);
        return null;
    }

    @Override
    public Void visitNumber(Expr.NumberLiteral expr) {
        return null;
    }

    @Override
    public Void visitString(Expr.StringLiteral expr) {
        return null;
    }

    @Override
    public Void visitFormattedString(Expr.FormattedString expr) {
        for (Expr.FormattedString.Part part : expr.parts()) expression(part.expression());
        return null;
    }

    @Override
    public Void visitBool(Expr.BoolLiteral expr) {
        return null;
    }

    @Override
    public Void visitNone(Expr.NoneLiteral expr) {
        return null;
    }

    @Override
    public Void visitBracket(Expr.Bracket expr) {
        expressions(expr.elements());
        return null;
    }

    @Override
    public Void visitTuple(Expr.Tuple expr) {
        expressions(expr.elements());
        return null;
    }

    @Override
    public Void visitUnary(Expr.Unary expr) {
        expression(expr.operand());
        return null;
    }

    @Override
    public Void visitBinary(Expr.Binary expr) {
        expression(expr.left());
        expression(expr.right());
        return null;
    }

    @Override
    public Void visitLogical(Expr.Logical expr) {
        expression(expr.left());
        expression(expr.right());
        return null;
    }

    @Override
    public Void visitNot(Expr.Not expr) {
        expression(expr.operand());
        return null;
    }

    @Override
    public Void visitConditional(Expr.Conditional expr) {
        expression(expr.condition());
        expression(expr.thenValue());
        expression(expr.elseValue());
        return null;
    }

    @Override
    public Void visitRange(Expr.Range expr) {
        expression(expr.start());
        expression(expr.end());
        return null;
    }

    @Override
    public Void visitCall(Expr.Call expr) {
        expression(expr.callee());
        expressions(expr.arguments());
        for (Expr.KeywordArgument keyword : expr.keywordArguments()) expression(keyword.value());
        return null;
    }

    @Override
    public Void visitIndex(Expr.Index expr) {
        expression(expr.target());
        for (Expr.Subscript subscript : expr.subscripts()) {
            if (subscript instanceof Expr.ExpressionSubscript item) {
                expression(item.value());
            } else if (subscript instanceof Expr.SliceSubscript slice) {
                expression(slice.start());
                expression(slice.stop());
                expression(slice.step());
            }
        }
        return null;
    }

    @Override
    public Void visitMember(Expr.Member expr) {
        expression(expr.target());
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda expr) {
        Scope saved = scope;
        scope = new Scope(saved, true, false);
        for (String parameter : expr.parameters()) {
            scope.add(parameter);
            scope.exists.add(parameter);
        }
        expr.resolved().value = scope.layout();
        expression(expr.body());
        scope = saved;
        return null;
    }

    /** One scope for all the clauses, in which even the first iterable is evaluated (as the interpreter does). */
    @Override
    public Void visitComprehension(Expr.Comprehension expr) {
        Scope saved = scope;
        scope = new Scope(saved, false, true);
        for (Expr.Clause clause : expr.clauses()) {
            if (clause instanceof Expr.ForClause loop) {
                Stmt.For.targetNames(loop.targets()).forEach(scope::add);
            }
        }
        expr.resolved().value = scope.layout();
        for (Expr.Clause clause : expr.clauses()) {
            if (clause instanceof Expr.ForClause loop) expression(loop.iterable());
            else expression(((Expr.IfClause) clause).condition());
        }
        expression(expr.key());
        expression(expr.element());
        scope = saved;
        return null;
    }

    @Override
    public Void visitDict(Expr.Dict expr) {
        expressions(expr.keys());
        expressions(expr.values());
        return null;
    }

    @Override
    public Void visitMembership(Expr.Membership expr) {
        expression(expr.element());
        expression(expr.container());
        return null;
    }
}
