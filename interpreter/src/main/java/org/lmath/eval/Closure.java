package org.lmath.eval;

import java.util.List;

import org.lmath.ast.Expr;
import org.lmath.ast.Position;
import org.lmath.ast.Stmt;
import org.lmath.value.CallContext;
import org.lmath.value.FunctionValue;
import org.lmath.value.NoneValue;
import org.lmath.value.Signature;
import org.lmath.value.Value;

/**
 * A function written in lmath (def, f(x) = ..., or a lambda) together with the scope it was
 * defined in, so it sees the names around its definition however it is called later.
 */
final class Closure implements FunctionValue {

    private final Signature signature;
    private final Position definedAt;
    private final List<Stmt> body;      // a def or one-line definition
    private final Expr expressionBody;  // a lambda
    private final Environment definedIn;
    private final String[] layout;      // the Resolver's names of the body's scope, parameters first; null if unresolved
    private final Interpreter interpreter;

    Closure(Signature signature, Position definedAt, List<Stmt> body, Expr expressionBody, Environment definedIn, String[] layout,
            Interpreter interpreter) {
        this.signature = signature;
        this.definedAt = definedAt;
        this.body = body;
        this.expressionBody = expressionBody;
        this.definedIn = definedIn;
        this.layout = layout;
        this.interpreter = interpreter;
    }

    @Override
    public Signature signature() {
        return signature;
    }

    @Override
    public Position definedAt() {
        return definedAt;
    }

    @Override
    public Value invoke(CallContext context, Value[] arguments) {
        Environment scope = new Environment(definedIn, true, layout);
        if (layout != null) {
            for (int i = 0; i < arguments.length; i++) scope.setSlot(i, arguments[i]);  // the Resolver puts the parameters first
        } else {
            for (int i = 0; i < arguments.length; i++) scope.define(signature.parameters().get(i).name(), arguments[i]);
        }
        if (expressionBody != null) return interpreter.evaluate(expressionBody, scope);
        Value result;
        try {
            result = interpreter.executeBody(body, scope);
        } catch (ControlSignal.Return signal) {
            return signal.value;
        }
        if (result != null) return result;
        interpreter.implicitNones().fellOffEnd(this);
        return NoneValue.NONE;
    }
}
