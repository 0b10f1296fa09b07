package org.lmath.eval;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmath.ast.Source;
import org.lmath.error.LMathError;

/**
 * The habits of Python, NumPy and PyTorch users, each with the exact message it gets, and the
 * lmath way that message suggests, which must then run: no hint may point to something that fails.
 */
class HabitHintsTest {

    static Stream<Arguments> habits() {
        return Stream.of(
                row("x = True", "unknown name 'True': lmath writes true in small letters (true, false, none)", "x = true"),
                row("x = False", "unknown name 'False': lmath writes false in small letters (true, false, none)", "x = false"),
                row("x = None", "unknown name 'None': lmath writes none in small letters (true, false, none)", "x = none"),
                row("f = lambda v: v + 1", "lmath has no 'lambda': write v -> v + 1 (and (a, b) -> a + b for two parameters)",
                        "f = v -> v + 1\ng = (a, b) -> a + b\nassert f(1) == 2 and g(1, 2) == 3"),
                row("import numpy as np", "there is nothing to import for numpy: lmath has tensors, math, random numbers and plots "
                        + "built in, with no prefix (write exp(x), randn(3), plot(x, y))", "x = [1, 2]\ny = exp(x)\nr = randn(3)"),
                row("import numpy", "there is nothing to import for numpy: lmath has tensors, math, random numbers and plots "
                        + "built in, with no prefix (write exp(x), randn(3), plot(x, y))", "y = exp([1, 2])"),
                row("import matplotlib.pyplot as plt", "there is nothing to import for matplotlib: lmath has tensors, math, random "
                        + "numbers and plots built in, with no prefix (write exp(x), randn(3), plot(x, y))", "plot([1, 2], [3, 4])"),
                row("y = np.exp(2)", "lmath has tensors built in and its functions have no prefix: write exp(...), not np.exp(...)",
                        "y = exp(2)"),
                row("c = np.pi / 2", "lmath's constants have no prefix: write pi, not np.pi", "c = pi / 2"),
                row("r = np.random.randn(3)",
                        "lmath has tensors built in and its functions have no prefix: write randn(...), not np.random.randn(...)",
                        "r = randn(3)"),
                row("x = np.array([1, 2, 3])", "lmath has no 'np.' prefix, and brackets make tensors: write [1, 2, 3] or "
                        + "[[1, 2], [3, 4]] (and array(xs) for a list you already have)",
                        "x = [1, 2, 3]\nA = [[1, 2], [3, 4]]\nxs = []\nappend(xs, 3)\nassert array(xs).shape == (1,)"),
                row("t = torch.tensor([1, 2])", "lmath has no 'torch.' prefix, and brackets make tensors: write [1, 2, 3] or "
                        + "[[1, 2], [3, 4]] (and array(xs) for a list you already have)", "t = [1, 2]"),
                row("x = [1, 2]\nprint(x.dtype)",
                        "tensors have no .dtype: every number in lmath is a float64 (a mask from a comparison holds 0 and 1)",
                        "x = [1, 2]\nprint(x)"),
                row("x = [1.5, 2]\ny = x.astype(int)", "lmath has no astype: every number is a float64 (a mask holds 0 and 1); "
                        + "to make whole numbers use round(x) or floor(x)", "x = [1.5, 2]\ny = round(x)\nz = floor(x)"),
                row("x = [1, 2]\ny = x.unsqueeze(0)",
                        "lmath has no unsqueeze: write expand_dims(x, axis), or x[none] for a new first axis",
                        "x = [1, 2]\ny = expand_dims(x, 0)\nassert y.shape == (1, 2) and x[none].shape == (1, 2)"),
                row("x = [1, 2, 3, 4]\ny = x.view(2, 2)", "lmath has no view: write reshape(x, shape)",
                        "x = [1, 2, 3, 4]\ny = reshape(x, (2, 2))"),
                row("s = sum([[1, 2]], dim=0)",
                        "sum() has no parameter named 'dim'; write axis= (lmath uses NumPy's name, PyTorch's dim= is not one)",
                        "s = sum([[1, 2]], axis=0)"),
                row("m = mean([[1, 2]], axis=0, keepdim=true)", "mean() has no parameter named 'keepdim'; write keepdims= "
                        + "(lmath uses NumPy's name, PyTorch's keepdim= is not one)", "m = mean([[1, 2]], axis=0, keepdims=true)"),
                row("loss = 0.5\nprint(\"{}\".format(loss))",
                        "lmath has no \"...\".format(...): write an f-string, f\"loss = {loss}\" (with a spec: f\"{loss:.4f}\")",
                        "loss = 0.5\nprint(f\"loss = {loss}\")\nprint(f\"{loss:.4f}\")"),
                row("x = [1, 2, 3]\nprint(x[x > 1 & x < 3])",
                        "'&' binds tighter than comparisons (as in NumPy): write (x > 1) & (x < 3)",
                        "x = [1, 2, 3]\nprint(x[(x > 1) & (x < 3)])"),
                // the habits that were already met well: kept
                row("if a { } elif b { }", "lmath has no 'elif': write 'else if'", "a = false\nb = true\nif a { } else if b { }"),
                row("def f(x): return x",
                        "expected '{' to start the block of 'def', found ':' (lmath puts a block in braces, not after ':')",
                        "def f(x) { return x }"),
                row("print(7 // 2)", "lmath has no '//': for division rounded down write floor(a / b)", "print(floor(7 / 2))"),
                row("x = [1, 2]\nok = x > 0 && x < 3", "lmath has no '&&': write 'and' for bools, or '&' for masks of tensors",
                        "x = [1, 2]\nok = (x > 0) & (x < 3)\nb = true and false"));
    }

    private static Arguments row(String habit, String message, String lmathWay) {
        return Arguments.of(habit, message, lmathWay);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("habits")
    void pointsToAWayThatWorks(String habit, String message, String lmathWay) {
        LMathError error = assertThrows(LMathError.class, () -> run(habit));
        assertEquals(message, error.getMessage());
        assertDoesNotThrow(() -> run(lmathWay), "the suggested way fails");
    }

    private static void run(String source) {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        new Interpreter(out).run(new Source("habit.lmath", source));
    }
}
