package org.lmath.error;

import org.lmath.ast.Position;

/**
 * A mistake in the user's program found while it runs: thrown where the fault is found,
 * caught once at the top and printed with its position. The position may be filled in later
 * by the caller that knows it (helpers deep in tensor code do not).
 */
public class LMathError extends RuntimeException {

    private Position position;

    public LMathError(Position position, String message) {
        super(message, null, false, false);
        this.position = position;
    }

    /** An error whose position is not known yet; {@link #at} gives it one. */
    public LMathError(String message) {
        this(null, message);
    }

    public Position position() {
        return position;
    }

    /** Gives the error a position if it has none yet, and returns it for rethrowing. */
    public LMathError at(Position where) {
        if (position == null) position = where;
        return this;
    }
}
