package org.lmath.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.lmath.ast.Source;
import org.lmath.error.Interrupted;
import org.lmath.eval.Interpreter;

/**
 * A stop request reaches inside a long builtin, not only the evaluator's loops: one call that
 * draws 20 million normals (hundreds of milliseconds) stops when interrupted while it runs. Before,
 * the interpreter only looked at the request at its next loop turn or call, after the builtin.
 */
class InterruptionTest {

    @Test
    void aLongRandomStreamStopsWhenInterrupted() throws Exception {
        Interpreter interpreter = new Interpreter(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        interpreter.run(new Source("warm.lmath", "seed(0)\nx = randn(10)\n"));  // the first tensor starts ND4J
        Throwable[] outcome = new Throwable[1];
        Thread runner = new Thread(() -> {
            try {
                interpreter.run(new Source("long.lmath", "x = randn(20000000)\nprint(\"finished\")\n"));
            } catch (Throwable stopped) {
                outcome[0] = stopped;
            }
        });
        runner.start();
        Thread.sleep(50);
        interpreter.interrupt();
        runner.join(60_000);
        Interrupted stopped = assertInstanceOf(Interrupted.class, outcome[0]);
        // Line 1, inside randn; checked only between calls, it would stop at print on line 2.
        assertEquals(1, stopped.position().line(), "the position of the call that was stopped");
    }
}
