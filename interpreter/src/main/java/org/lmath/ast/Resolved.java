package org.lmath.ast;

/**
 * What the evaluator's resolver worked out about a node before the program runs (which slot of
 * which scope a name lives in, which names a scope can hold). The parser leaves it empty and the
 * AST never reads it. It is not part of the node's meaning: any two are equal, so nodes that say
 * the same thing stay equal whether resolved or not.
 */
public final class Resolved {

    /** The evaluator's own record of the resolution; null until the resolver has seen the node. */
    public Object value;

    @Override
    public boolean equals(Object other) {
        return other instanceof Resolved;
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return "";
    }
}
