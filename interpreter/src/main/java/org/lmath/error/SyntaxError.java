package org.lmath.error;

import org.lmath.ast.Position;

/**
 * The source does not follow the grammar. Nothing of it runs. {@code incomplete} says whether
 * the input merely stopped too early (an unclosed bracket or block), so the REPL can ask for
 * another line instead of reporting it.
 */
public final class SyntaxError extends LMathError {

    private final boolean incomplete;

    public SyntaxError(Position position, String message, boolean incomplete) {
        super(position, message);
        this.incomplete = incomplete;
    }

    public boolean isIncomplete() {
        return incomplete;
    }
}
