package org.lmath.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.lmath.ast.Position;
import org.lmath.ast.Source;

/** Every positioned error shows its line and a caret, also when that line is blank or past the end. */
class ErrorFormatterTest {

    @Test
    void anErrorOnABlankLineStillShowsTheLineAndACaret() {
        Source source = new Source("blank.lmath", "x = 1\n\ny = 2\n");
        assertEquals("blank.lmath:2:1: something is wrong here\n    \n    ^",
                ErrorFormatter.format(new LMathError(new Position(source, 2, 1), "something is wrong here")));
        assertEquals("blank.lmath:4:1: at the end\n    \n    ^",
                ErrorFormatter.format(new LMathError(new Position(source, 4, 1), "at the end")));
    }
}
