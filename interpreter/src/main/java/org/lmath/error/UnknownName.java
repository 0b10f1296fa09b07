package org.lmath.error;

import org.lmath.ast.Position;

/**
 * A name used but defined nowhere. Its own type so a grader can tell "the student's file
 * defines no cosine" from any other error without reading the message.
 */
public final class UnknownName extends LMathError {

    private final String name;

    public UnknownName(Position position, String name, String message) {
        super(position, message);
        this.name = name;
    }

    public String name() {
        return name;
    }
}
