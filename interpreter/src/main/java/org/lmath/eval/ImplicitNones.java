package org.lmath.eval;

import java.util.HashMap;
import java.util.Map;

import org.lmath.ast.Expr;
import org.lmath.ast.Position;
import org.lmath.value.NoneValue;
import org.lmath.value.Value;

/**
 * Remembers where a none came from a function that ended without a return, so that an error
 * on that none can say so: "f() ended without a return, so it gave none; it is defined at 3:1".
 * A call site and a name assigned from it are remembered; any other none is not explained.
 */
final class ImplicitNones {

    /** The function that most recently ended without a return (set by the closure, read by the call). */
    private Closure lastFellOff;
    private final Map<Position, Closure> byCall = new HashMap<>();
    private final Map<String, Closure> byName = new HashMap<>();

    void fellOffEnd(Closure closure) {
        lastFellOff = closure;
    }

    /** After a call: whether its none came from the function's end. */
    void afterCall(Expr.Call call, Object function, Value result) {
        if (result == NoneValue.NONE && lastFellOff != null && lastFellOff == function) byCall.put(call.position(), lastFellOff);
        else if (!byCall.isEmpty()) byCall.remove(call.position());
        lastFellOff = null;
    }

    /** name = value: the name now holds that call's none, or something else. */
    void assigned(String name, Expr value, Value result) {
        Closure source = result == NoneValue.NONE && value instanceof Expr.Call call ? byCall.get(call.position()) : null;
        if (source != null) byName.put(name, source);
        else if (!byName.isEmpty()) byName.remove(name);
    }

    /** " (f() ended without a return, ...)" when the operand's none is explained, else "". */
    String explain(Expr operand, Value value) {
        if (value != NoneValue.NONE) return "";
        Closure source = null;
        if (operand instanceof Expr.Call call) source = byCall.get(call.position());
        if (operand instanceof Expr.Name name) source = byName.get(name.name());
        if (source == null) return "";
        Position at = source.definedAt();
        return " (" + source.signature().name() + "() ended without a return, so it gave none; it is defined at line " + at.line()
                + (at.source() == null ? "" : " of " + at.source().name()) + "; add return ... at its end)";
    }
}
