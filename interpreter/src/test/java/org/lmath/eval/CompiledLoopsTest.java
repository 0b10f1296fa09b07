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
 * A loop's body runs as compiled closures (Compiler, Arithmetic) after its first run; what it
 * computes and every error it reports must be what the tree-walker gives. Expected values are
 * worked by hand in the comments (or by the same loops in Python, as noted); positions are
 * counted by hand as line:column of the operator.
 */
class CompiledLoopsTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final Interpreter interpreter = new Interpreter(new PrintStream(buffer, true, StandardCharsets.UTF_8));

    private String run(String code) {
        buffer.reset();
        interpreter.run(new Source("loops.lmath", code));
        return buffer.toString(StandardCharsets.UTF_8).strip();
    }

    private LMathError failure(String code) {
        return assertThrows(LMathError.class, () -> run(code));
    }

    @Test
    void theScalarLoopOfB1() {
        // x: 0 -> 0 - 0.5 * (0 - 4) = 2 -> 2 - 0.5 * (2 - 4) = 3 -> 3 - 0.5 * (3 - 4) = 3.5
        assertEquals("3.5", run("x = 0\nfor i in 0..3 {\n    x = x - 0.5 * (x - 4)\n}\nprint(x)"));
        // Both operands names, and a literal on each side: (i + 1) / 2 summed over i = 0..3 is (1 + 2 + 3 + 4) / 2 = 5;
        // 10 - i summed is 10 + 9 + 8 + 7 = 34.
        assertEquals("5\n34", run("a = 0\nb = 0\nfor i in 0..4 {\n    a = a + (i + 1) / 2\n    b += 10 - i\n}\nprint(a)\nprint(b)"));
    }

    @Test
    void nestedLoopsBranchesAndCompoundAssignment() {
        // In Python: t = 0; for i in range(4): for j in range(3): t += i * j if i > j else -1, gives 5.
        assertEquals("5", run("""
                t = 0
                for i in 0..4 {
                    for j in 0..3 {
                        if i > j { t += i * j } else { t = t - 1 }
                    }
                }
                print(t)
                """));
    }

    @Test
    void whileWithBreakAndContinue() {
        // k = 1, 2 counted; 3 skipped; 4, 5 counted; 6 skipped; 7 counted; 8 breaks: n = 1 + 2 + 4 + 5 + 7 = 19.
        assertEquals("19 8", run("""
                n = 0
                k = 0
                while k < 10 {
                    k += 1
                    if k % 3 == 0 { continue }
                    if k > 7 { break }
                    n += k
                }
                print(n, k)
                """));
    }

    @Test
    void comparisonsPowersAndRemaindersOfPlainNumbers() {
        // As in Python: nan equals nothing, not even itself; -7 % 3 is 2 and 7 % -3 is -2 (the sign of the
        // divisor); 2 ** 10 is 1024. Each is computed in a loop, with a literal on either side and without.
        assertEquals("false true true false\n2 -2 1024 1024", run("""
                a = nan
                m = -7
                seven = 7
                r1 = 0
                r2 = 0
                r3 = 0
                r4 = 0
                q1 = 0
                q2 = 0
                q3 = 0
                q4 = 0
                for i in 0..2 {
                    r1 = a == a
                    r2 = a != a
                    r3 = 1 < seven
                    r4 = seven <= m
                    q1 = m % 3
                    q2 = seven % -3
                    q3 = 2 ** (seven + 3)
                    q4 = seven ** 0 * 1024
                }
                print(r1, r2, r3, r4)
                print(q1, q2, q3, q4)
                """));
    }

    @Test
    void aLoopInAFunctionRunsAgainWithNewNames() {
        // Sums of squares: 0 + 1 + 4 + 9 = 14, and with 16 more, 30; the second call reuses the compiled body.
        assertEquals("14\n30", run("""
                def squares(n) {
                    s = 0
                    for i in 0..n { s += i * i }
                    return s
                }
                print(squares(4))
                print(squares(5))
                """));
    }

    @Test
    void aNameMadeInTheLoopIsGoneAfterIt() {
        LMathError error = failure("for i in 0..2 {\n    made = i * 2\n}\nprint(made)");
        assertEquals(4, error.position().line());
        assertTrue(error.getMessage().startsWith("unknown name 'made'"), error.getMessage());
    }

    @Test
    void tensorsInALoopKeepTheirValues() {
        // -x * 2 + 1 with x = [1, 2, 3] is [-1, -3, -5]; x itself must stay as it was.
        assertEquals("[1 2 3]\n[-1 -3 -5]", run("x = [1.0, 2, 3]\ny = 0\nfor i in 0..2 {\n    y = -x * 2 + 1\n}\nprint(x)\nprint(y)"));
    }

    @Test
    void errorsKeepTheirMessageAndPlace() {
        LMathError mixed = failure("for i in 0..2 {\n    y = i + \"a\"\n}");
        assertEquals(2, mixed.position().line());
        assertEquals(11, mixed.position().column());  // the '+' of "    y = i + ..."
        assertTrue(mixed.getMessage().startsWith("'+' does not work on a number and a string"), mixed.getMessage());

        LMathError unknown = failure("for i in 0..2 {\n    z = i - q\n}");
        assertEquals(2, unknown.position().line());
        assertEquals(13, unknown.position().column());  // the q
        assertTrue(unknown.getMessage().startsWith("unknown name 'q'"), unknown.getMessage());

        LMathError negated = failure("for i in 0..2 {\n  z = -\"s\"\n}");
        assertEquals(7, negated.position().column());  // the '-' of "  z = -..."
        assertEquals("unary '-' needs a number or a tensor, not a string", negated.getMessage());
    }

    @Test
    void aNoneFromAFunctionIsExplainedInALoop() {
        LMathError error = failure("def f() { x = 1 }\nfor i in 0..1 {\n    y = f() + 1\n}");
        assertEquals(3, error.position().line());
        assertTrue(error.getMessage().contains("f() ended without a return"), error.getMessage());
    }
}
