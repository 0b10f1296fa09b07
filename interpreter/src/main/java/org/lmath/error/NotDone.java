package org.lmath.error;

/** todo("hint") ran: a part of an exercise the student has not written yet. */
public final class NotDone extends LMathError {

    public NotDone(String hint) {
        super("not done yet: " + hint);
    }
}
