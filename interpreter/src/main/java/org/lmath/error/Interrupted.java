package org.lmath.error;

import org.lmath.ast.Position;

/** The user stopped the program (Ctrl-C in the REPL, a time limit in a grader). */
public final class Interrupted extends LMathError {

    public Interrupted(Position position) {
        super(position, "interrupted");
    }
}
