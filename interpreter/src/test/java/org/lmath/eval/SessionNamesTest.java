package org.lmath.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.lmath.ast.Source;
import org.lmath.error.LMathError;

/**
 * Names across the entries of one session (the REPL, Jupyter cells): each entry is resolved on
 * its own, while functions from earlier entries keep running. A top-level name a function has
 * found stays right when later entries assign it, hide a builtin with it, or push a new top level
 * over it (a teacher's tests over a student's file). The expected values follow from LANGUAGE.md's
 * rules by hand.
 */
class SessionNamesTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final Interpreter interpreter = new Interpreter(new PrintStream(buffer, true, StandardCharsets.UTF_8));

    private String run(String code) {
        buffer.reset();
        interpreter.run(new Source("entry.lmath", code));
        return buffer.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void aFunctionSeesTopLevelNamesOfLaterEntries() {
        run("def f() { return y }");
        run("y = 1");
        assertEquals("1", run("print(f())"));
        run("y = 2");
        assertEquals("2", run("print(f())"));
        run("for i in 0..3 { y = y + 10 }");  // a top-level name assigned from a block of a later entry
        assertEquals("32", run("print(f())"));
    }

    @Test
    void aLaterEntryHidesABuiltinAFunctionUses() {
        run("def biggest(v) { return max(v) }");
        assertEquals("3", run("print(biggest([1, 3]))"));
        run("max = (v) -> 42");
        assertEquals("42", run("print(biggest([1, 3]))"));
    }

    @Test
    void namesSurviveAnErrorHalfwayThroughAnEntry() {
        LMathError error = assertThrows(LMathError.class, () -> run("a = 5\nb = a + undefined_name\nc = 7"));
        assertTrue(error.getMessage().contains("unknown name 'undefined_name'"), error.getMessage());
        assertEquals("5", run("def g() { return a }\nprint(g())"));
        assertThrows(LMathError.class, () -> run("print(c)"));
    }

    @Test
    void aNewTopLevelShadowsWithoutReplacing() {
        run("def h() { return z }\nz = \"student\"");
        interpreter.pushTopLevel();
        run("z = \"teacher\"\ndef k() { return z }");
        assertEquals("student teacher", run("print(h(), k())"));
    }
}
