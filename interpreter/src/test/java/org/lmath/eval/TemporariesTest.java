package org.lmath.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.lmath.ast.Source;

/**
 * An operation may write its result into a temporary operand's array (Temporaries): only into a
 * value nothing else can see. Each test keeps a tensor somewhere (a name, a list, a closure, a
 * grad's tape) and then uses it where a temporary would be overwritten; the kept value must come
 * out unchanged. Expected values are worked out by hand on small whole numbers.
 */
class TemporariesTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final Interpreter interpreter = new Interpreter(new PrintStream(buffer, true, StandardCharsets.UTF_8));

    private String run(String code) {
        buffer.reset();
        interpreter.run(new Source("temporaries.lmath", code));
        return buffer.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void chainedTemporariesGiveTheOperationsResults() {
        // -x = [-1, -2, -3]; (-x) * x = [-1, -4, -9]; + 10 = [9, 6, 1]; 2 * that / 1 = [18, 12, 2]; abs(-(...)) the same.
        assertEquals("[18 12  2]", run("x = [1.0, 2, 3]\nprint(abs(-(2 * ((-x * x) + 10) / 1)))"));
        // A temporary on the right: 10 - (x * x) = [9, 6, 1]; a mask times a mask stays a mask.
        assertEquals("[9 6 1]\n[2]", run("x = [1.0, 2, 3]\nprint(10 - (x * x))\nprint(x[(x > 1) * (x < 3)])"));
    }

    @Test
    void aNamedTensorIsNeverOverwritten() {
        assertEquals("[-1 -2 -3]\n[-2 -4 -6]", run("x = [1.0, 2, 3]\nt = -x\nu = t * 2\nprint(t)\nprint(u)"));
        assertEquals("[1 2 3]\n[-1 -2 -3]", run("x = [1.0, 2, 3]\nprint(x)\nprint(-x)"));
    }

    @Test
    void aTensorInAListIsNeverOverwritten() {
        assertEquals("[[2 4 6]]\n[3 5 7]", run("x = [1.0, 2, 3]\na = [x * 2]\nb = a[0] + 1\nprint(a)\nprint(b)"));
    }

    @Test
    void aTensorReturnedByAFunctionIsNeverOverwritten() {
        // The call's result is a name's tensor: the function returns it, so it is not new.
        assertEquals("[3 4 5]\n[2 3 4]", run("""
                keep = [2.0, 3, 4]
                def same(v) { return keep }
                print(same(0) + 1)
                print(keep)
                """));
        // A name that hides the builtin exp: its calls are not exp's, so their results are not new.
        assertEquals("[2 3 4]\n[1 2 3]", run("""
                keep = [1.0, 2, 3]
                exp = (v) -> keep
                print(exp(keep * 0) + 1)
                print(keep)
                """));
    }

    @Test
    void aTemporaryInsideGradIsLeftToTheTape() {
        // d/dv sum((x * 2) * v) = 2x = [2, 4, 6]; d/dv sum(exp(x * 0) * v) = exp(0) = [1, 1, 1].
        assertEquals("[2 4 6]\n[1 1 1]", run("""
                x = [1.0, 2, 3]
                print(grad((v) -> sum((x * 2) * v))(x))
                print(grad((v) -> sum(exp(x * 0) * v))(x))
                """));
        // d/dv sum(-(v * v)) = -2v = [-2, -4, -6]: the traced temporaries are the tape's.
        assertEquals("[-2 -4 -6]", run("x = [1.0, 2, 3]\nprint(grad((v) -> sum(-(v * v)))(x))"));
    }

    @Test
    void b6SmallGivesNumPysSum() {
        // NumPy 2.4.6 on the development machine:
        // x = np.linspace(0, 1, 5); repr(float(np.sum(np.exp(-x * x) * np.sin(x)))).
        assertEquals("1.3037374297901465", run("x = linspace(0, 1, 5)\nprint(sum(exp(-x * x) * sin(x)))\nprint(x)")
                .lines().findFirst().orElseThrow());
        assertEquals("[0.   0.25 0.5  0.75 1.  ]", run("print(x)"));
    }
}
