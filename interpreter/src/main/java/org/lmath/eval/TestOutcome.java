package org.lmath.eval;

import org.lmath.error.LMathError;

/** The result of one `test "name" { ... }` block; error is null when it passed. */
public record TestOutcome(String name, LMathError error) {

    static TestOutcome passed(String name) {
        return new TestOutcome(name, null);
    }

    static TestOutcome failed(String name, LMathError error) {
        return new TestOutcome(name, error);
    }

    public boolean passed() {
        return error == null;
    }
}
