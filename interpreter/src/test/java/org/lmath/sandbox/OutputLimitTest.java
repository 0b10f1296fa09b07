package org.lmath.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.lmath.ast.Source;
import org.lmath.error.LMathError;
import org.lmath.eval.Interpreter;

/** A program that prints without end is stopped at the print that passes the output limit. */
class OutputLimitTest {

    @Test
    void thePrintPastTheLimitIsAnErrorAtItsPlace() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        // "hello\n" is 6 bytes: 16 of them fit in 100 bytes, the 17th does not.
        Interpreter interpreter = new Interpreter(new PrintStream(new OutputLimit(buffer, 100), true, StandardCharsets.UTF_8));
        LMathError error = assertThrows(LMathError.class,
                () -> interpreter.run(new Source("loop.lmath", "while true {\n    print(\"hello\")\n}\n")));
        assertEquals("print(): the program printed more than 100 bytes, the output limit here", error.getMessage());
        assertEquals(2, error.position().line());
        assertEquals("hello\n".repeat(16), buffer.toString(StandardCharsets.UTF_8));
    }
}
