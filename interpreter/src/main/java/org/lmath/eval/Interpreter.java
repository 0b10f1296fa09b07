package org.lmath.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lmath.ast.BinaryOperator;
import org.lmath.ast.Expr;
import org.lmath.ast.Position;
import org.lmath.ast.Source;
import org.lmath.ast.Stmt;
import org.lmath.autodiff.Differentiable;
import org.lmath.builtins.Builtin;
import org.lmath.builtins.BuiltinTable;
import org.lmath.builtins.StandardModules;
import org.lmath.builtins.Formatting;
import org.lmath.error.Habits;
import org.lmath.error.Interrupted;
import org.lmath.error.LMathError;
import org.lmath.error.Suggestions;
import org.lmath.error.UnknownName;
import org.lmath.parse.SourceParser;
import org.lmath.sandbox.Interruption;
import org.lmath.tensor.Elementwise;
import org.lmath.tensor.IndexItem;
import org.lmath.tensor.MathFunction;
import org.lmath.tensor.Tensor;
import org.lmath.value.Bool;
import org.lmath.value.CallContext;
import org.lmath.value.DictValue;
import org.lmath.value.Masks;
import org.lmath.value.Membership;
import org.lmath.value.FunctionValue;
import org.lmath.value.ListValue;
import org.lmath.value.ModuleValue;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.Parameter;
import org.lmath.value.RangeValue;
import org.lmath.value.Sequences;
import org.lmath.value.SessionState;
import org.lmath.value.Signature;
import org.lmath.value.Str;
import org.lmath.value.TensorValue;
import org.lmath.value.Operations;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Traced;
import org.lmath.value.Values;

/**
 * Runs lmath programs by walking their syntax trees. One instance is one session: the names it
 * defines persist from one {@link #run} to the next (the REPL relies on that). No static state;
 * output goes where the creator says. {@link #interrupt} stops a running program at its next
 * loop iteration or call, from any thread.
 */
public final class Interpreter implements Expr.Visitor<Value>, Stmt.Visitor<Void> {

    /** Calls nested deeper than this are reported as runaway recursion (Python stops at 1000). */
    public static final int MAX_CALL_DEPTH = 3000;

    private final PrintStream out;
    private final BuiltinTable builtins = BuiltinTable.standard();
    private final Environment globals = new Environment(null, true);
    private Environment topLevel = new Environment(globals, true);
    private final ModuleLoader modules = new ModuleLoader(this);
    private final SessionState session = new SessionState();
    // Each parsed program, kept to explain an unknown name (see BlockNames).
    private final Map<Source, List<Stmt>> programs = new IdentityHashMap<>();
    private Environment environment = topLevel;
    private volatile boolean interruptRequested;
    private int callDepth;
    private int loopDepth;
    private Value lastExpressionValue;
    private final ImplicitNones implicitNones = new ImplicitNones();
    private final Temporaries temporaries = new Temporaries();
    private final Compiler compiler = new Compiler(this);  // loops' bodies as closures

    public Interpreter(PrintStream out) {
        this.out = out;
        globals.holdBuiltins(builtins);
        globals.define("pi", new Num(Math.PI));
        globals.define("e", new Num(Math.E));
        globals.define("inf", new Num(Double.POSITIVE_INFINITY));
        globals.define("nan", new Num(Double.NaN));
        globals.define("args", new ListValue(new ArrayList<>()));
    }

    // ------------------------------------------------------------------ entry points

    /**
     * Parses and runs a program at the top level. Returns the value of its last statement when
     * that is an expression (what the REPL echoes), otherwise null. `test` blocks are skipped:
     * a test runner reads them from {@link #parseProgram}'s statements and calls {@link #runTest}.
     */
    public Value run(Source source) {
        return run(parse(source));
    }

    /** Runs statements parsed by {@link #parseProgram} at the top level; see {@link #run(Source)}. */
    public Value run(List<Stmt> program) {
        Interruption.watch(() -> interruptRequested);  // long builtins on this thread stop too
        lastExpressionValue = null;
        Stmt current = null;
        try {
            for (Stmt statement : program) {
                current = statement;
                lastExpressionValue = null;
                execute(statement);
            }
        } catch (OutOfMemoryError exhausted) {
            // The operators and calls below say where; this is for any other place.
            throw outOfMemory(current == null ? null : current.position());
        } catch (StackOverflowError overflow) {
            throw new LMathError(current == null ? null : current.position(), "the program ran out of stack space: "
                    + "a recursion or an expression is nested too deeply (does a recursion reach its base case?)");
        }
        return lastExpressionValue;
    }

    /** Parses a script or module, and keeps its statements for error messages. */
    List<Stmt> parse(Source source) {
        return adopt(source, SourceParser.parseProgram(source));
    }

    /**
     * Runs a program that {@link SourceParser#parseProgram} parsed from source elsewhere (the
     * command line parses on a second thread while the builtins are declared); as {@link #run(Source)}.
     */
    public Value run(Source source, List<Stmt> parsed) {
        return run(adopt(source, parsed));
    }

    /** Resolves a parsed program's names and keeps its statements for error messages. */
    private List<Stmt> adopt(Source source, List<Stmt> program) {
        Resolver.resolve(program);
        programs.put(source, program);
        return program;
    }

    /** Parses a program without running it, so a test runner can list its tests first. */
    public List<Stmt> parseProgram(Source source) {
        return parse(source);
    }

    /**
     * Runs one test block in its own scope under the top level. Errors are thrown as by
     * {@link #run}; running out of memory or stack becomes an {@link LMathError} at the test.
     */
    public void runTest(Stmt.Test test) {
        Interruption.watch(() -> interruptRequested);  // a test may run on a time limit's own thread
        try {
            executeBlock(test.body(), new Environment(topLevel, false, (String[]) test.resolved().value));
        } catch (OutOfMemoryError exhausted) {
            throw outOfMemory(test.position());
        } catch (StackOverflowError overflow) {
            throw new LMathError(test.position(), "the test ran out of stack space: a recursion is too deep "
                    + "(does it reach its base case?)");
        }
    }

    /**
     * Starts a new top-level scope over the current one: names defined from now on shadow the
     * earlier ones without replacing them (a teacher's test file over a student's file).
     */
    public void pushTopLevel() {
        topLevel = new Environment(topLevel, true);
        environment = topLevel;
    }

    /**
     * The words given after the script's name on the command line, as the list of strings `args`
     * (Python's sys.argv[1:]); a session without a script has an empty list.
     */
    public void setScriptArguments(List<String> words) {
        List<Value> items = new ArrayList<>(words.size());
        for (String word : words) items.add(new Str(word));
        globals.define("args", new ListValue(items));
    }

    /** Asks the running program to stop; it throws {@link Interrupted} at its next loop turn or call. */
    public void interrupt() {
        interruptRequested = true;
    }

    /** Forgets a stop request that came too late to stop anything (the REPL calls it before each entry). */
    public void clearInterrupt() {
        interruptRequested = false;
    }

    /**
     * The REPL's `_`: the value of the last entry that had one, as Python's interactive `_`. It
     * lives among the builtins, so it is not one of the names :vars lists and a user's own `_` hides it.
     */
    public void rememberLastResult(Value value) {
        globals.define("_", value);
    }

    /** The names the session's top level has defined (not the builtins): what the REPL's :vars lists. */
    public Map<String, Value> sessionNames() {
        return topLevel.ownValues();
    }

    /** Every name top-level code can use: the session's, the builtins and the constants (pi, e, inf, nan). */
    public Set<String> visibleNames() {
        return topLevel.visibleNames();
    }

    ImplicitNones implicitNones() {
        return implicitNones;
    }

    public BuiltinTable builtins() {
        return builtins;
    }

    public PrintStream out() {
        return out;
    }

    /** The state this session's builtins keep (random generator, figures, settings). */
    public SessionState session() {
        return session;
    }

    // ------------------------------------------------------------------ statements

    void execute(Stmt statement) {
        temporaries.forget();
        statement.accept(this);
    }

    void executeBlock(List<Stmt> statements, Environment scope) {
        Environment previous = environment;
        environment = scope;
        try {
            for (Stmt statement : statements) {
                temporaries.forget();  // a temporary left over holds no memory past its statement
                statement.accept(this);
            }
        } finally {
            environment = previous;
        }
    }

    /**
     * Runs a function's body in its scope. A return written directly in the body (not inside a
     * block), as the last line of most functions and the whole of f(x) = ..., gives its value
     * back here without unwinding the stack as an exception; null when the body ends without one.
     */
    Value executeBody(List<Stmt> statements, Environment scope) {
        Environment previous = environment;
        environment = scope;
        try {
            for (Stmt statement : statements) {
                if (statement instanceof Stmt.Return exit) return exit.value() == null ? NoneValue.NONE : evaluate(exit.value());
                statement.accept(this);
            }
            return null;
        } finally {
            environment = previous;
        }
    }

    /** Runs a module's statements in a fresh top-level scope and returns that scope. */
    Environment executeModule(List<Stmt> statements) {
        Environment scope = new Environment(globals, true);
        int savedLoops = loopDepth;
        loopDepth = 0;
        try {
            executeBlock(statements, scope);
        } finally {
            loopDepth = savedLoops;
        }
        return scope;
    }

    @Override
    public Void visitExpression(Stmt.ExpressionStatement stmt) {
        Value value = evaluate(stmt.expression());
        lastExpressionValue = value == NoneValue.NONE ? null : value;
        return null;
    }

    @Override
    public Void visitAssign(Stmt.Assign stmt) {
        Value value = evaluate(stmt.value());
        implicitNones.assigned(stmt.name(), stmt.value(), value);
        assign(stmt.name(), stmt.resolved(), value);
        return null;
    }

    @Override
    public Void visitTupleAssign(Stmt.TupleAssign stmt) {
        Value value = evaluate(stmt.value());
        try {
            assignTargets(stmt.targets(), value, stmt.position());
        } catch (LMathError error) {
            throw explained(error, stmt.value(), value);
        }
        return null;
    }

    private void assignTargets(List<Expr> targets, Value value, Position position) {
        List<Value> items = unpack(value, targets.size(), position);
        for (int i = 0; i < items.size(); i++) {
            if (targets.get(i) instanceof Expr.Tuple nested) {
                assignTargets(nested.elements(), items.get(i), nested.position());
            } else {
                Expr.Name name = (Expr.Name) targets.get(i);
                assign(name.name(), name.resolved(), items.get(i));
            }
        }
    }

    private List<Value> unpack(Value value, int count, Position position) {
        List<Value> items;
        try {
            items = Differentiable.items(value);
        } catch (LMathError error) {
            throw new LMathError(position, "cannot unpack " + Values.describe(value) + " into " + count + " names");
        }
        if (items.size() != count) {
            throw new LMathError(position, "cannot unpack " + items.size() + (items.size() == 1 ? " value" : " values")
                    + " into " + count + " names");
        }
        return items;
    }

    @Override
    public Void visitIndexAssign(Stmt.IndexAssign stmt) {
        Value target = evaluate(stmt.target().target());
        List<Subscript> subscripts = subscripts(stmt.target());
        Value value = evaluate(stmt.value());
        try {
            Indexing.assign(target, subscripts, value);
        } catch (LMathError error) {
            throw error.at(stmt.position());
        }
        return null;
    }

    @Override
    public Void visitCompoundAssign(Stmt.CompoundAssign stmt) {
        if (stmt.target() instanceof Expr.Name name) {
            Value current = lookup(name);
            assign(name.name(), name.resolved(), binary(stmt.operator(), current, evaluate(stmt.value()), stmt.position()));
            return null;
        }
        Expr.Index index = (Expr.Index) stmt.target();
        Value target = evaluate(index.target());
        List<Subscript> subscripts = subscripts(index);
        try {
            Value current = Indexing.read(target, subscripts);
            Value updated = binary(stmt.operator(), current, evaluate(stmt.value()), stmt.position());
            Indexing.assign(target, subscripts, updated);
        } catch (LMathError error) {
            throw error.at(stmt.position());
        }
        return null;
    }

    /** name = value, through the Resolver's slots when it has seen the assignment, else by name. */
    void assign(String name, org.lmath.ast.Resolved resolved, Value value) {
        if (resolved.value instanceof Resolution slots) environment.write(slots, value);
        else environment.assign(name, value);
    }

    @Override
    public Void visitFunction(Stmt.FunctionDefinition stmt) {
        Closure function = closure(stmt.position(), stmt.name(), stmt.parameters(), stmt.body(), null, (String[]) stmt.resolved().value);
        environment.define(stmt.name(), function);
        return null;
    }

    /** Defaults are evaluated once, when the function is defined (as in Python). */
    private Closure closure(Position position, String name, List<org.lmath.ast.Parameter> parameters, List<Stmt> body, Expr expressionBody,
                            String[] layout) {
        List<Parameter> signatureParameters = new ArrayList<>();
        for (org.lmath.ast.Parameter parameter : parameters) {
            Value defaultValue = parameter.defaultValue() == null ? null : evaluate(parameter.defaultValue());
            signatureParameters.add(new Parameter(parameter.name(), defaultValue, false));
        }
        environment.markCaptured();
        return new Closure(new Signature(name, List.copyOf(signatureParameters)), position, body, expressionBody, environment, layout, this);
    }

    @Override
    public Void visitIf(Stmt.If stmt) {
        String[][] layouts = (String[][]) stmt.resolved().value;
        if (condition(stmt.condition())) {
            executeBlock(stmt.thenBranch(), new Environment(environment, false, layouts == null ? null : layouts[0]));
        } else if (!stmt.elseBranch().isEmpty()) {
            executeBlock(stmt.elseBranch(), new Environment(environment, false, layouts == null ? null : layouts[1]));
        }
        return null;
    }

    @Override
    public Void visitWhile(Stmt.While stmt) {
        runWhile(stmt, compiler.condition(stmt), compiler.body(stmt, stmt.body()));
        return null;
    }

    /** A while loop, its condition and body as {@link Compiler} gives them (compiled, or handed to the tree-walker). */
    void runWhile(Stmt.While stmt, Code condition, Code[] body) {
        String[] layout = (String[]) stmt.resolved().value;
        loopDepth++;
        try {
            while (true) {
                checkInterrupt(stmt.position());
                if (!isTrue(condition.run(environment), stmt.condition())) break;
                try {
                    runBlock(body, new Environment(environment, false, layout));
                } catch (ControlSignal.Break signal) {
                    break;
                } catch (ControlSignal.Continue signal) {
                    // next turn
                }
            }
        } finally {
            loopDepth--;
        }
    }

    /** Runs compiled statements in a new block scope, as {@link #executeBlock} runs a block's statements. */
    void runBlock(Code[] statements, Environment scope) {
        Environment previous = environment;
        environment = scope;
        try {
            for (Code statement : statements) {
                temporaries.forget();
                statement.run(scope);
            }
        } finally {
            environment = previous;
        }
    }

    @Override
    public Void visitFor(Stmt.For stmt) {
        runFor(stmt, compiler.body(stmt, stmt.body()));
        return null;
    }

    /** A for loop, its body as {@link Compiler} gives it (compiled, or handed to the tree-walker). */
    void runFor(Stmt.For stmt, Code[] statements) {
        Value iterable = evaluate(stmt.iterable());
        if (iterable instanceof DictValue dict) iterable = new ListValue(dict.keys());  // for k in d: its keys, in order
        int length;
        try {
            length = Sequences.length(Traced.strip(iterable));
        } catch (LMathError error) {
            throw new LMathError(stmt.iterable().position(), "cannot loop over " + Values.describe(iterable)
                    + "; loop over a range like 0..n, a tensor, a list or a string" + implicitNones.explain(stmt.iterable(), iterable));
        }
        // Each turn gets its own scope, as each run of a block does: a closure made in the body
        // keeps that turn's loop variable. When no closure kept it, last turn's scope is emptied
        // and reused, so a plain loop allocates no scopes at all.
        Environment previous = environment;
        RangeValue range = iterable instanceof RangeValue r ? r : null;
        Environment body = null;
        String[] layout = (String[]) stmt.resolved().value;
        loopDepth++;
        try {
            for (int i = 0; i < length; i++) {
                checkInterrupt(stmt.position());
                Value item = range != null ? new Num(range.get(i)) : Differentiable.item(iterable, i);
                if (body == null || body.isCaptured()) {
                    body = new Environment(previous, false, layout);
                } else {
                    body.clear();  // no closure kept last turn's scope: reuse it, emptied
                }
                environment = body;
                bindLoopNames(stmt, body, item);
                try {
                    for (Code statement : statements) statement.run(body);
                } catch (ControlSignal.Break signal) {
                    break;
                } catch (ControlSignal.Continue signal) {
                    // next item
                }
            }
        } finally {
            loopDepth--;
            environment = previous;
        }
    }

    private void bindLoopNames(Stmt.For stmt, Environment body, Value item) {
        if (stmt.targets().size() == 1 && stmt.targets().get(0) instanceof Expr.Name name) {
            if (body.isSlotScope()) body.setSlot(0, item);  // the Resolver puts the loop variable first
            else body.define(name.name(), item);
            return;
        }
        bindTargets(stmt.targets(), item, body, stmt.position());
    }

    /** Destructures item over targets (names or nested tuples of them), defining each name in scope. */
    private void bindTargets(List<Expr> targets, Value item, Environment scope, Position position) {
        if (targets.size() == 1 && targets.get(0) instanceof Expr.Name name) {
            scope.define(name.name(), item);
            return;
        }
        List<Value> parts = unpack(item, targets.size(), position);
        for (int k = 0; k < parts.size(); k++) {
            if (targets.get(k) instanceof Expr.Tuple nested) {
                bindTargets(nested.elements(), parts.get(k), scope, nested.position());
            } else {
                scope.define(((Expr.Name) targets.get(k)).name(), parts.get(k));
            }
        }
    }

    @Override
    public Void visitBreak(Stmt.Break stmt) {
        if (loopDepth == 0) throw new LMathError(stmt.position(), "break outside a loop");
        throw ControlSignal.Break.INSTANCE;
    }

    @Override
    public Void visitContinue(Stmt.Continue stmt) {
        if (loopDepth == 0) throw new LMathError(stmt.position(), "continue outside a loop");
        throw ControlSignal.Continue.INSTANCE;
    }

    @Override
    public Void visitReturn(Stmt.Return stmt) {
        if (callDepth == 0) throw new LMathError(stmt.position(), "return outside a function");
        throw new ControlSignal.Return(stmt.value() == null ? NoneValue.NONE : evaluate(stmt.value()));
    }

    @Override
    public Void visitImport(Stmt.Import stmt) {
        ModuleValue module = modules.load(stmt);
        environment.assign(module.name(), module);
        return null;
    }

    @Override
    public Void visitAssert(Stmt.Assert stmt) {
        String details = failedAssertion(stmt.condition());
        if (details == null) return null;
        if (stmt.message() == null) {
            throw new LMathError(stmt.position(), "assertion failed: " + stmt.conditionText() + (details.isEmpty() ? "" : " " + details));
        }
        // The learner's own words first, as Python's AssertionError shows them; the sides after them.
        String message = "assertion failed: " + org.lmath.print.Printer.show(evaluate(stmt.message()));
        String sides = details.isEmpty() ? "" : "; " + details.substring(1, details.length() - 1);
        throw new LMathError(stmt.position(), message + " (" + stmt.conditionText() + sides + ")");
    }

    /**
     * Null when the asserted condition holds; otherwise what its sides were, as pytest shows them:
     * a comparison gives both values (for tensors, where they differ most, and a mask that is all
     * true passes, as all(a == b) would), allclose(a, b) the farthest elements.
     */
    private String failedAssertion(Expr condition) {
        if (condition instanceof Expr.Binary comparison && comparison.operator().isComparison()) {
            Value left = evaluate(comparison.left());
            Value right = evaluate(comparison.right());
            Value result;
            try {
                result = binary(comparison.operator(), left, right, comparison.position());
            } catch (LMathError error) {
                throw explained(explained(error, comparison.left(), left), comparison.right(), right);
            }
            if (Traced.strip(result) instanceof TensorValue mask) {
                for (double passed : mask.tensor().toArray()) {
                    if (passed == 0) return AssertionDetails.of(left, right, result);
                }
                return null;
            }
            return isTrue(result, condition) ? null : AssertionDetails.of(left, right, result);
        }
        if (condition instanceof Expr.Call call && call.callee() instanceof Expr.Name name && name.name().equals("allclose")
                && call.arguments().size() >= 2 && environment.lookup("allclose") == builtins.get("allclose")) {
            Value result = evaluate(condition);
            if (isTrue(result, condition)) return null;
            return AssertionDetails.farthest(evaluate(call.arguments().get(0)), evaluate(call.arguments().get(1)));
        }
        return condition(condition) ? null : "";
    }

    static boolean isTrue(Value value, Expr where) {
        try {
            return Values.isTrue(value);
        } catch (LMathError error) {
            throw error.at(where.position());
        }
    }

    /**
     * A test runs only when a test runner asks (runTest) for the tests of the files it was
     * named; an imported file's tests are skipped. A test inside a block would never be found.
     */
    @Override
    public Void visitTest(Stmt.Test stmt) {
        if (callDepth > 0 || !environment.isFunctionScope()) {
            throw new LMathError(stmt.position(), "a test block belongs at the top level of a file, not inside a block or function");
        }
        return null;
    }

    private boolean condition(Expr expression) {
        return isTrue(evaluate(expression), expression);
    }

    private void checkInterrupt(Position position) {
        if (interruptRequested) {
            interruptRequested = false;
            throw new Interrupted(position);
        }
    }

    // ------------------------------------------------------------------ expressions

    Value evaluate(Expr expression) {
        // The commonest nodes skip the visitor's dispatch, a call through an interface with many
        // implementations that the JIT cannot inline; the scalar loop spends its time here.
        if (expression instanceof Expr.Name name) return lookup(name);
        if (expression instanceof Expr.NumberLiteral number) return new Num(number.value());
        if (expression instanceof Expr.Binary binary) return visitBinary(binary);
        return expression.accept(this);
    }

    Value evaluate(Expr expression, Environment scope) {
        Environment previous = environment;
        environment = scope;
        try {
            return expression.accept(this);
        } finally {
            environment = previous;
        }
    }

    @Override
    public Value visitNumber(Expr.NumberLiteral expr) {
        return new Num(expr.value());
    }

    @Override
    public Value visitString(Expr.StringLiteral expr) {
        return new Str(expr.value());
    }

    @Override
    public Value visitFormattedString(Expr.FormattedString expr) {
        StringBuilder text = new StringBuilder();
        for (Expr.FormattedString.Part part : expr.parts()) {
            if (part.expression() == null) {
                text.append(part.text());
                continue;
            }
            Value value = evaluate(part.expression());
            try {
                text.append(part.quoted() && part.spec() == null ? org.lmath.print.Printer.repr(value) : Formatting.format(value, part.spec()));
            } catch (LMathError error) {
                throw error.at(part.expression().position());
            }
        }
        return new Str(text.toString());
    }

    @Override
    public Value visitBool(Expr.BoolLiteral expr) {
        return Bool.of(expr.value());
    }

    @Override
    public Value visitNone(Expr.NoneLiteral expr) {
        return NoneValue.NONE;
    }

    @Override
    public Value visitName(Expr.Name expr) {
        return lookup(expr);
    }

    private Value lookup(Expr.Name name) {
        Value value = name.resolved().value instanceof Resolution slots ? environment.read(slots) : environment.lookup(name.name());
        if (value == null) throw unknownName(name);
        return value;
    }

    /** Kept out of {@link #lookup} so that the JIT inlines the lookup itself into every expression. */
    LMathError unknownName(Expr.Name name) {
        if (StandardModules.names().contains(name.name())) {
            return new LMathError(name.position(), "unknown name '" + name.name() + "': it is a standard module; write import "
                    + name.name() + " first");
        }
        String habit = Habits.forConstant(name.name());
        if (habit != null) return new LMathError(name.position(), habit);
        String suggestion = Suggestions.didYouMean(name.name(), environment.visibleNames());
        String block = createdInBlock(name);
        if (!block.isEmpty()) suggestion += (suggestion.isEmpty() ? ". " : " ") + block;
        return new UnknownName(name.position(), name.name(), "unknown name '" + name.name() + "'" + suggestion);
    }

    /** The contract's block scopes surprise Python users: say where the name lived and ended. */
    private String createdInBlock(Expr.Name name) {
        List<Stmt> program = programs.get(name.position().source());
        Position created = program == null ? null : BlockNames.createdInBlock(program, name.name());
        if (created == null) return "";
        return "It is created inside a block on line " + created.line() + ", and a name created in a block is gone"
                + " when the block ends: to use it after the block, give it a value before the block";
    }

    @Override
    public Value visitBracket(Expr.Bracket expr) {
        List<Value> items = new ArrayList<>(expr.elements().size());
        for (Expr element : expr.elements()) items.add(evaluate(element));
        // The contract: brackets of numbers or of equal-shaped tensors make a tensor; anything else
        // ([W1, b1] of different shapes, ["apple", 3]) is a list. Only a ragged numeric literal
        // written out in place ([[1, 2], [3]]) is an error, since it is surely a typo.
        boolean stackable;
        try {
            stackable = BracketLiterals.isNumeric(expr) || BracketLiterals.stackable(items);
        } catch (LMathError error) {
            throw error.at(expr.position());
        }
        if (!stackable) return new ListValue(items);
        return stacked(items, expr.position());
    }

    @Override
    public Value visitTuple(Expr.Tuple expr) {
        List<Value> items = new ArrayList<>(expr.elements().size());
        for (Expr element : expr.elements()) items.add(evaluate(element));
        return new TupleValue(List.copyOf(items));
    }

    @Override
    public Value visitUnary(Expr.Unary expr) {
        return unary(expr, evaluate(expr.operand()));
    }

    /** The unary operator of expr applied to its operand's value, just evaluated. */
    Value unary(Expr.Unary expr, Value operand) {
        boolean overwritable = temporaries.take(expr.operand(), operand);
        try {
            if (expr.operator() == org.lmath.ast.UnaryOperator.INVERT) return Masks.invert(operand);
            Value plain = Traced.strip(operand);
            if (!(plain instanceof Num || plain instanceof TensorValue || plain instanceof RangeValue)) {
                throw new LMathError("unary '" + expr.operator().symbol + "' needs a number or a tensor, not " + Values.describe(operand));
            }
            return switch (expr.operator()) {
                case NEGATE -> overwritable
                        ? temporaries.result(expr, Operations.apply(MathFunction.NEGATE, operand, "-", true), true)
                        : temporaries.result(expr, Differentiable.negate(operand), !(operand instanceof Traced));
                case PLUS, INVERT -> temporaries.result(expr, operand, false);
            };
        } catch (LMathError error) {
            throw error.at(expr.position());
        }
    }

    @Override
    public Value visitBinary(Expr.Binary expr) {
        Value left = evaluate(expr.left());
        boolean leftTemporary = tookTemporary(expr.left(), left);
        Value right = evaluate(expr.right());
        return binaryOf(expr, left, leftTemporary, right, tookTemporary(expr.right(), right));
    }

    /** Whether value, just evaluated from operand, is a temporary its operation may overwrite ({@link Temporaries}). */
    boolean tookTemporary(Expr operand, Value value) {
        // Only a tensor can be a temporary; a loop of plain numbers skips the bookkeeping.
        return value instanceof TensorValue && temporaries.take(operand, value);
    }

    /** The operator of expr applied to its operands' values, each asked of {@link #tookTemporary} as it was evaluated. */
    Value binaryOf(Expr.Binary expr, Value left, boolean leftTemporary, Value right, boolean rightTemporary) {
        try {
            // With a traced operand the tape keeps both operands: neither may be overwritten, and the result is not new.
            Value result = binary(expr.operator(), left, right, expr.position(), leftTemporary && !(right instanceof Traced),
                    rightTemporary && !(left instanceof Traced));
            if (!(result instanceof TensorValue)) return result;  // a stale report can only name a tensor: no match
            boolean fresh = !(left instanceof Traced) && !(right instanceof Traced)
                    && !expr.operator().isMask() && expr.operator() != BinaryOperator.MATMUL;
            return temporaries.result(expr, result, fresh);
        } catch (LMathError error) {
            throw explained(explained(error, expr.left(), left), expr.right(), right);
        }
    }

    /** The error, told where its none operand came from when a function ended without a return. */
    private LMathError explained(LMathError error, Expr operand, Value value) {
        String why = implicitNones.explain(operand, value);
        return why.isEmpty() ? error : new LMathError(error.position(), error.getMessage() + why);
    }

    Value binary(BinaryOperator operator, Value left, Value right, Position position) {
        return binary(operator, left, right, position, false, false);
    }

    /** left op right; an operand marked overwrite is a temporary ({@link Temporaries}) whose array may take the result. */
    private Value binary(BinaryOperator operator, Value left, Value right, Position position, boolean overwriteLeft,
            boolean overwriteRight) {
        if (left instanceof Num a && right instanceof Num b) {
            // The scalar fast path: plain doubles, no dispatch beyond this switch.
            switch (operator) {
                case ADD: return new Num(a.value() + b.value());
                case SUBTRACT: return new Num(a.value() - b.value());
                case MULTIPLY: return new Num(a.value() * b.value());
                case DIVIDE: return new Num(a.value() / b.value());
                default: break;
            }
        }
        try {
            if (operator.isMask()) return Masks.combine(operator == BinaryOperator.MASK_AND, left, right);
            if (operator == BinaryOperator.MATMUL) return Differentiable.matmul(left, right);
            if (overwriteLeft || overwriteRight) {
                // Neither operand is traced (visitBinary checks), so no tape would record this.
                return Operations.binary(elementwise(operator), left, right, overwriteLeft, overwriteRight);
            }
            return Differentiable.binary(elementwise(operator), left, right);
        } catch (LMathError error) {
            throw error.at(position);
        } catch (OutOfMemoryError exhausted) {
            throw outOfMemory(position);
        }
    }

    /**
     * A program asked for more memory than the JVM may use. The allocation that failed never
     * happened, so the session is intact: the REPL keeps its names, a grader grades the next one.
     */
    static LMathError outOfMemory(Position position) {
        double gigabytes = Runtime.getRuntime().maxMemory() / 1e9;
        // Which value grew is not known here (single large allocations are refused by the Budget
        // with their size first): this is the sum of what the program keeps.
        return new LMathError(position, String.format(java.util.Locale.ROOT, "out of memory: the values this program keeps "
                + "(tensors, lists, strings, modules) need more than the %.1f GB lmath may use here (a tensor takes 8 bytes "
                + "per number: 10000 x 10000 is 0.8 GB; a string 1 or 2 bytes per character); keep fewer or smaller ones", gigabytes));
    }

    static Elementwise elementwise(BinaryOperator operator) {
        return switch (operator) {
            case ADD -> Elementwise.ADD;
            case SUBTRACT -> Elementwise.SUBTRACT;
            case MULTIPLY -> Elementwise.MULTIPLY;
            case DIVIDE -> Elementwise.DIVIDE;
            case MODULO -> Elementwise.MODULO;
            case POWER -> Elementwise.POWER;
            case EQUAL -> Elementwise.EQUAL;
            case NOT_EQUAL -> Elementwise.NOT_EQUAL;
            case LESS -> Elementwise.LESS;
            case LESS_EQUAL -> Elementwise.LESS_EQUAL;
            case GREATER -> Elementwise.GREATER;
            case GREATER_EQUAL -> Elementwise.GREATER_EQUAL;
            case MATMUL, MASK_AND, MASK_OR -> throw new IllegalArgumentException(operator.symbol + " is not arithmetic");
        };
    }

    @Override
    public Value visitLogical(Expr.Logical expr) {
        Value left = evaluate(expr.left());
        boolean leftTrue;
        try {
            leftTrue = Values.isTrue(left);
        } catch (LMathError error) {
            throw error.at(expr.position());
        }
        if (expr.isAnd() != leftTrue) return left;
        return evaluate(expr.right());
    }

    @Override
    public Value visitNot(Expr.Not expr) {
        Value operand = evaluate(expr.operand());
        if (operand instanceof TensorValue tensor && tensor.tensor().size() != 1) return new TensorValue(tensor.tensor().logicalNot());
        try {
            return Bool.of(!Values.isTrue(operand));
        } catch (LMathError error) {
            throw error.at(expr.position());
        }
    }

    @Override
    public Value visitConditional(Expr.Conditional expr) {
        return condition(expr.condition()) ? evaluate(expr.thenValue()) : evaluate(expr.elseValue());
    }

    @Override
    public Value visitRange(Expr.Range expr) {
        Value start = evaluate(expr.start());
        Value end = evaluate(expr.end());
        try {
            return new RangeValue(Values.toInteger(start, "the start of a range"), Values.toInteger(end, "the end of a range"), 1);
        } catch (LMathError error) {
            throw error.at(expr.position());
        }
    }

    @Override
    public Value visitCall(Expr.Call call) {
        FunctionValue function;
        List<Value> positional = new ArrayList<>(call.arguments().size() + 1);
        if (call.callee() instanceof Expr.Member member) {
            checkLibraryPrefix(member);
            Value target = evaluate(member.target());
            if (target instanceof ModuleValue module) {
                function = requireFunction(moduleMember(module, member), member);
            } else {
                function = method(member, target);
                positional.add(target);
            }
        } else {
            function = requireFunction(evaluate(call.callee()), call.callee());
        }
        boolean overwritable = false;
        for (Expr argument : call.arguments()) {
            Value value = evaluate(argument);
            overwritable = temporaries.take(argument, value);
            positional.add(value);
        }
        MathFunction perElement = function instanceof Builtin builtin && call.arguments().size() == 1
                && call.keywordArguments().isEmpty() && positional.size() == 1 ? builtin.perElement() : null;
        if (perElement != null && overwritable) {
            checkInterrupt(call.position());
            return temporaries.result(call, Operations.apply(perElement, positional.get(0), function.signature().name(), true), true);
        }
        List<ArgumentBinder.Keyword> keywords = call.keywordArguments().isEmpty() ? List.of() : new ArrayList<>(call.keywordArguments().size());
        for (Expr.KeywordArgument keyword : call.keywordArguments()) {
            keywords.add(new ArgumentBinder.Keyword(keyword.name(), evaluate(keyword.value()), keyword.position()));
        }
        Value result = call(function, positional, keywords, call.position());
        implicitNones.afterCall(call, function, result);
        boolean fresh = perElement != null && positional.get(0) instanceof TensorValue;
        return temporaries.result(call, result, fresh);
    }

    /** np.exp(x) where np is not a name the program made: say that lmath's functions have no prefix. */
    private void checkLibraryPrefix(Expr.Member member) {
        Expr root = member.target();
        while (root instanceof Expr.Member inner) root = inner.target();
        if (!(root instanceof Expr.Name name) || !Habits.LIBRARY_PREFIXES.contains(name.name())) return;
        if (environment.lookup(name.name()) != null) return;
        String prefix = prefixText(member);
        Value known = globals.lookup(member.name());  // a builtin or a constant (np.pi is pi)
        throw new LMathError(name.position(), Habits.forPrefixed(prefix, member.name(), known != null, known instanceof FunctionValue));
    }

    /** np.random for np.random.randn: the written prefix before the function's name. */
    private static String prefixText(Expr.Member member) {
        StringBuilder prefix = new StringBuilder();
        Expr part = member.target();
        while (part instanceof Expr.Member inner) {
            prefix.insert(0, "." + inner.name());
            part = inner.target();
        }
        return ((Expr.Name) part).name() + prefix;
    }

    /** x.f(a) is f(x, a): f is looked up as a function in scope. */
    private FunctionValue method(Expr.Member member, Value target) {
        Value function = environment.lookup(member.name());
        if (function instanceof FunctionValue callable && !(member.name().equals("format") && target instanceof Str)) return callable;
        if (member.name().equals("format") && target instanceof Str) throw new LMathError(member.position(), Habits.forStringFormat());
        String habit = Habits.forMethod(member.name());
        if (habit != null) throw new LMathError(member.position(), habit);
        throw new LMathError(member.position(), "no function named '" + member.name() + "' to call on "
                + Values.describe(target) + Suggestions.didYouMean(member.name(), functionNames()));
    }

    private List<String> functionNames() {
        List<String> names = new ArrayList<>();
        for (String name : environment.visibleNames()) {
            if (environment.lookup(name) instanceof FunctionValue) names.add(name);
        }
        return names;
    }

    private FunctionValue requireFunction(Value value, Expr callee) {
        if (value instanceof FunctionValue function) return function;
        String what = callee instanceof Expr.Name name ? "'" + name.name() + "' is " : "this is ";
        throw new LMathError(callee.position(), what + Values.describe(value) + ", not a function, so it cannot be called");
    }

    Value call(FunctionValue function, List<Value> positional, List<ArgumentBinder.Keyword> keywords, Position position) {
        checkInterrupt(position);
        Value[] arguments = ArgumentBinder.bind(function.signature(), positional, keywords, position);
        if (callDepth >= MAX_CALL_DEPTH) {
            throw new LMathError(position, "too many nested calls (" + MAX_CALL_DEPTH + ") in " + function.signature().name()
                    + "(): does the recursion reach its base case?");
        }
        callDepth++;
        int savedLoops = loopDepth;
        loopDepth = 0;
        try {
            return function.invoke(new Call(position), arguments);
        } catch (LMathError error) {
            // An error from inside a function keeps its own place and learns where it was called
            // from; an error a builtin raised without a place gets the call's.
            if (error.position() != null) error.calledFrom(function.signature().name(), position);
            throw error.at(position);
        } catch (OutOfMemoryError exhausted) {
            throw outOfMemory(position);
        } catch (StackOverflowError overflow) {
            // The Java stack can run out before MAX_CALL_DEPTH (deep expressions in each call).
            throw new LMathError(position, "the recursion in " + function.signature().name()
                    + "() is too deep for the stack: does it reach its base case?");
        } finally {
            callDepth--;
            loopDepth = savedLoops;
        }
    }

    /** What a function being called can ask of this interpreter. */
    private final class Call implements CallContext {
        private final Position position;

        Call(Position position) {
            this.position = position;
        }

        public Position position() {
            return position;
        }

        public Value call(FunctionValue function, List<Value> arguments) {
            return Interpreter.this.call(function, arguments, List.of(), position);
        }

        public PrintStream out() {
            return out;
        }

        public SessionState session() {
            return session;
        }
    }

    @Override
    public Value visitIndex(Expr.Index expr) {
        Value target = evaluate(expr.target());
        List<Subscript> subscripts = subscripts(expr);
        try {
            return Indexing.read(target, subscripts);
        } catch (LMathError error) {
            throw explained(error.at(expr.position()), expr.target(), target);
        }
    }

    private List<Subscript> subscripts(Expr.Index expr) {
        List<Subscript> result = new ArrayList<>(expr.subscripts().size());
        for (Expr.Subscript subscript : expr.subscripts()) {
            if (subscript instanceof Expr.EllipsisSubscript) {
                result.add(Subscript.ELLIPSIS);
            } else if (subscript instanceof Expr.SliceSubscript slice) {
                result.add(new Subscript(null, new IndexItem.Slice(bound(slice.start()), bound(slice.stop()), bound(slice.step()))));
            } else {
                result.add(new Subscript(evaluate(((Expr.ExpressionSubscript) subscript).value()), null));
            }
        }
        return result;
    }

    private Integer bound(Expr expression) {
        if (expression == null) return null;
        Value value = evaluate(expression);
        if (value == NoneValue.NONE) return null;
        try {
            return Values.toInteger(value, "a slice bound");
        } catch (LMathError error) {
            throw error.at(expression.position());
        }
    }

    @Override
    public Value visitMember(Expr.Member expr) {
        checkLibraryPrefix(expr);
        Value target = evaluate(expr.target());
        if (target instanceof ModuleValue module) return moduleMember(module, expr);
        boolean property = Properties.NAMES.contains(expr.name());
        String habit = property ? null : Habits.forProperty(expr.name());
        if (habit != null) throw new LMathError(expr.position(), habit);
        try {
            // Whether the name is a function matters only to the error for a name that is no property:
            // looking it up on every x.T searched every scope by name (and declared every builtin).
            boolean isFunction = !property && environment.lookup(expr.name()) instanceof FunctionValue;
            return Properties.of(target, expr.name(), isFunction);
        } catch (LMathError error) {
            throw error.at(expr.position());
        }
    }

    private Value moduleMember(ModuleValue module, Expr.Member member) {
        Value value = module.members().get(member.name());
        if (value == null) {
            throw new LMathError(member.position(), "module " + module.name() + " has no member '" + member.name() + "'"
                    + Suggestions.didYouMean(member.name(), module.members().keySet()));
        }
        return value;
    }

    @Override
    public Value visitLambda(Expr.Lambda expr) {
        List<org.lmath.ast.Parameter> parameters = new ArrayList<>();
        for (String name : expr.parameters()) parameters.add(new org.lmath.ast.Parameter(expr.position(), name, null));
        return closure(expr.position(), "<lambda>", parameters, null, expr.body(), (String[]) expr.resolved().value);
    }

    // ------------------------------------------------------------------ comprehensions, dicts, membership

    /**
     * [f(x) for x in xs if c]: the clauses run in a scope of their own (the loop names do not leak,
     * as in Python 3), and the result follows the bracket-literal rule, as [a, b, ...] written out.
     */
    @Override
    public Value visitComprehension(Expr.Comprehension expr) {
        List<Value> keys = expr.key() == null ? null : new ArrayList<>();
        List<Value> items = new ArrayList<>();
        Environment previous = environment;
        environment = new Environment(previous, false, (String[]) expr.resolved().value);
        loopDepth++;
        try {
            comprehend(expr, 0, keys, items);
        } finally {
            loopDepth--;
            environment = previous;
        }
        if (keys != null) {
            DictValue dict = new DictValue();
            for (int i = 0; i < items.size(); i++) dict.put(keys.get(i), items.get(i));
            return dict;
        }
        return collect(items, expr.position());
    }

    private void comprehend(Expr.Comprehension expr, int clauseIndex, List<Value> keys, List<Value> items) {
        if (clauseIndex == expr.clauses().size()) {
            if (keys != null) keys.add(keyOf(expr.key()));
            items.add(evaluate(expr.element()));
            return;
        }
        Expr.Clause clause = expr.clauses().get(clauseIndex);
        if (clause instanceof Expr.IfClause filter) {
            if (condition(filter.condition())) comprehend(expr, clauseIndex + 1, keys, items);
            return;
        }
        Expr.ForClause loop = (Expr.ForClause) clause;
        Value iterable = evaluate(loop.iterable());
        List<Value> sequence;
        try {
            sequence = Differentiable.items(iterable instanceof DictValue dict ? new ListValue(dict.keys()) : iterable);
        } catch (LMathError error) {
            throw new LMathError(loop.iterable().position(), "cannot loop over " + Values.describe(iterable)
                    + "; loop over a range like 0..n, a tensor, a list, a string or a dict");
        }
        for (Value item : sequence) {
            checkInterrupt(loop.position());
            bindTargets(loop.targets(), item, environment, loop.position());
            comprehend(expr, clauseIndex + 1, keys, items);
        }
    }

    private Value keyOf(Expr key) {
        Value value = evaluate(key);
        try {
            return DictValue.key(value);
        } catch (LMathError error) {
            throw error.at(key.position());
        }
    }

    /** The bracket-literal rule for values already computed: numbers or equal-shaped tensors stack, anything else is a list. */
    private Value collect(List<Value> items, Position position) {
        if (!BracketLiterals.stackable(items)) return new ListValue(items);
        return stacked(items, position);
    }

    /** The tensor stacked from items (traced when one of them is), or a list when they do not stack. */
    private Value stacked(List<Value> items, Position position) {
        try {
            for (Value item : items) {
                if (Differentiable.isTraced(item)) return Differentiable.stack(items);
            }
            Tensor tensor = Values.stack(items);
            return tensor != null ? new TensorValue(tensor) : new ListValue(items);
        } catch (LMathError error) {
            throw error.at(position);
        } catch (OutOfMemoryError exhausted) {
            throw outOfMemory(position);
        }
    }

    @Override
    public Value visitDict(Expr.Dict expr) {
        DictValue dict = new DictValue();
        for (int i = 0; i < expr.keys().size(); i++) {
            Value key = keyOf(expr.keys().get(i));
            dict.put(key, evaluate(expr.values().get(i)));
        }
        return dict;
    }

    @Override
    public Value visitMembership(Expr.Membership expr) {
        Value element = evaluate(expr.element());
        Value container = evaluate(expr.container());
        try {
            return Bool.of(Membership.contains(container, element) != expr.negated());
        } catch (LMathError error) {
            throw error.at(expr.position());
        }
    }
}
