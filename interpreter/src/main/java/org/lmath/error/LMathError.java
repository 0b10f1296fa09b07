package org.lmath.error;

import org.lmath.ast.Position;

/**
 * A mistake in the user's program found while it runs: thrown where the fault is found,
 * caught once at the top and printed with its position. The position may be filled in later
 * by the caller that knows it (helpers deep in tensor code do not).
 */
public class LMathError extends RuntimeException {

    private Position position;
    private final java.util.List<Frame> callers = new java.util.ArrayList<>();

    /** One call on the way to the error: the function's name and where it was called. */
    public record Frame(String function, Position calledAt) {}

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

    /** Records that the error happened inside a call of function, made at calledAt (innermost first). */
    public void calledFrom(String function, Position calledAt) {
        callers.add(new Frame(function, calledAt));
    }

    public java.util.List<Frame> callers() {
        return java.util.Collections.unmodifiableList(callers);
    }

    /** Gives the error a position if it has none yet, and returns it for rethrowing. */
    public LMathError at(Position where) {
        if (position == null) position = where;
        return this;
    }
}
