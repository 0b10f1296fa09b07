package org.lmath.value;

import java.io.PrintStream;
import java.util.List;

import org.lmath.ast.Position;

/** What a function being called may ask of the interpreter calling it. */
public interface CallContext {

    /** Where the call is written in the source. */
    Position position();

    /** Calls another function value with positional arguments (for higher-order builtins). */
    Value call(FunctionValue function, List<Value> arguments);

    /** Where print writes. */
    PrintStream out();

    /** The calling session's state (random generator, figures, settings). */
    SessionState session();
}
