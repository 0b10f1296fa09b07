package org.lmath.eval;

import org.lmath.value.Value;

/**
 * A statement or an expression of a loop's body, compiled to a Java closure ({@link Compiler}):
 * running it in a scope does what the tree-walker would do there. An expression gives its value;
 * a statement gives null.
 */
@FunctionalInterface
interface Code {
    Value run(Environment scope);
}
