package org.lmath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lmath command in-process: exit statuses, where output and errors go, and how errors look. */
class CommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int lmath(String... arguments) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(arguments);
    }

    private String script(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file.toString();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsAScript() throws IOException {
        assertEquals(0, lmath(script("ok.lmath", "print(1 + 1)\n")));
        assertEquals("2\n", out());
        assertEquals("", err());
    }

    @Test
    void wordsAfterTheScriptAreItsArgs() throws IOException {
        String file = script("args.lmath", "print(len(args), args)\nprint(args[1] + \"!\")\n");
        assertEquals(0, lmath(file, "10", "--show", "hello world"));
        assertEquals("3 [\"10\", \"--show\", \"hello world\"]\n--show!\n", out());
        out.reset();
        assertEquals(0, lmath(script("none.lmath", "print(args)\n")));
        assertEquals("[]\n", out());
    }

    @Test
    void syntaxErrorExitsWithTwoBeforeAnythingRuns() throws IOException {
        String file = script("bad.lmath", "print(\"this must not print\")\nx = (1 + 2\n");
        assertEquals(2, lmath(file));
        assertEquals("", out(), "nothing runs when the file has a syntax error");
        String expected = file + ":2:5: expected ')' to close the '(' opened at 2:5 before the end of the input\n"
                + "    x = (1 + 2\n"
                + "        ^\n";
        assertEquals(expected, err());
    }

    @Test
    void runtimeErrorExitsWithOneAfterEarlierOutput() throws IOException {
        String file = script("runtime.lmath", "print(\"before\")\nrate = 0.1\nprint(rat * 2)\n");
        assertEquals(1, lmath(file));
        assertEquals("before\n", out());
        String expected = file + ":3:7: unknown name 'rat'; did you mean 'rate'?\n"
                + "    print(rat * 2)\n"
                + "          ^\n";
        assertEquals(expected, err());
    }

    @Test
    void shapeErrorNamesBothShapesAndPointsAtTheOperator() throws IOException {
        String file = script("shapes.lmath", "A = ones(3, 4)\nB = ones(3, 2)\n  C = A @ B\n");
        assertEquals(1, lmath(file));
        String expected = file + ":3:9: matmul: shapes (3, 4) and (3, 2) do not line up: 4 != 3\n"
                + "    C = A @ B\n"
                + "          ^\n";
        assertEquals(expected, err());
    }

    @Test
    void anErrorInsideAFunctionSaysWhereItWasCalledFrom() throws IOException {
        String file = script("calls.lmath", "def f(x) {\n    return x @ [1, 2, 3]\n}\ny = f([1, 2])\n");
        assertEquals(1, lmath(file));
        String expected = file + ":2:14: matmul: shapes (2,) and (3,) do not line up: 2 != 3\n"
                + "    return x @ [1, 2, 3]\n"
                + "             ^\n"
                + "  in f(), called at " + file + ":4:5\n";
        assertEquals(expected, err());
    }

    @Test
    void noJavaStackTraceUnlessDebug() throws IOException {
        String file = script("deep.lmath", "def f(n) { return f(n + 1) }\nf(0)\n");
        assertEquals(1, lmath(file));
        assertTrue(err().contains("too many nested calls"), err());
        assertFalse(err().contains("\tat org.lmath"), "no stack trace without --debug: " + err());
    }

    @Test
    void testCommandReportsEachTestAndASummary() throws IOException {
        String file = script("checks.lmath", """
                square(x) = x * x
                test "squares" { assert square(3) == 9 }
                test "wrong on purpose" { assert square(2) == 5, "2 squared is 4" }
                test "errors count as failures" { y = undefined_name }
                """);
        assertEquals(1, lmath("test", file));
        String[] lines = out().split("\n");
        assertEquals("PASS squares", lines[0]);
        assertEquals("FAIL wrong on purpose: assertion failed: 2 squared is 4 (square(2) == 5; left: 4, right: 5) (" + file + ":3:27)", lines[1]);
        assertEquals("    test \"wrong on purpose\" { assert square(2) == 5, \"2 squared is 4\" }", lines[2]);
        assertEquals("                              ^", lines[3]);
        assertTrue(lines[4].startsWith("FAIL errors count as failures: unknown name 'undefined_name'"), lines[4]);
        assertEquals("1 passed, 2 failed", lines[7]);
    }

    @Test
    void testCommandPassesWhenAllPass() throws IOException {
        assertEquals(0, lmath("test", script("fine.lmath", "test \"one\" { assert 1 + 1 == 2 }\n")));
        assertEquals("PASS one\n1 passed, 0 failed\nscore: 1/1 points\n", out());
    }

    @Test
    void testBlocksDoNotRunInAScript() throws IOException {
        assertEquals(0, lmath(script("mixed.lmath", "print(\"main\")\ntest \"t\" { print(\"inside\") }\n")));
        assertEquals("main\n", out());
    }

    @Test
    void helpAndVersion() {
        assertEquals(0, lmath("--help"));
        assertTrue(out().contains("lmath test FILE.lmath"), out());
        out.reset();
        assertEquals(0, lmath("--version"));
        assertTrue(out().matches("lmath \\d+\\.\\d+\\.\\d+\\n"), out());
    }

    @Test
    void missingFileAndUnknownOption() {
        assertEquals(1, lmath(folder.resolve("absent.lmath").toString()));
        assertTrue(err().contains("cannot read") && err().contains("no such file"), err());
        err.reset();
        assertEquals(2, lmath("--frobnicate"));
        assertTrue(err().contains("unknown option '--frobnicate'"), err());
    }

    @Test
    void plotsGoToTheFolderGivenAndAreNamedAfterTheScript() throws IOException {
        Path plots = folder.resolve("pictures");
        String file = script("curve.lmath", "plot([0, 1, 2], [0, 1, 4])\nshow()\nbar([\"a\"], [1])\nshow()\n");
        assertEquals(0, lmath("--plots", plots.toString(), file));
        assertEquals("[plot] " + plots.resolve("curve-1.png") + "\n[plot] " + plots.resolve("curve-2.png") + "\n", out());
        assertTrue(Files.size(plots.resolve("curve-1.png")) > 1000 && Files.size(plots.resolve("curve-2.png")) > 1000);
    }

    @Test
    void aScriptThatDrawsButNeverShowsSaysSoWithTheCommandToSeeIt() throws IOException {
        String file = script("forgot.lmath", "plot([0, 1], [0, 1])\nprint(1)\n");
        assertEquals(0, lmath("--plots", folder.toString(), file));
        assertEquals("1\n[plot] note: " + file + " drew a figure but never called show() or savefig(), so no picture was written.\n"
                + "[plot] Add show() as its last line and run `lmath " + file + "` again: the picture goes to " + folder.resolve("forgot-1.png")
                + "; `lmath --show " + file + "` opens it in a window instead.\n", out());
        out.reset();
        String saved = script("saved.lmath", "plot([0, 1], [0, 1])\nsavefig(\"" + folder.resolve("x.png").toString().replace("\\", "/") + "\")\n");
        assertEquals(0, lmath("--plots", folder.toString(), saved));
        assertEquals("", out(), "a saved figure needs no note");
    }

    @Test
    void termAlsoDrawsTheFigureInBraille() throws IOException {
        String file = script("line.lmath", "title(\"a line\")\nplot([0, 1], [0, 1])\nshow()\n");
        assertEquals(0, lmath("--term", "--plots", folder.toString(), file));
        String[] lines = out().split("\n");
        assertEquals("[plot] " + folder.resolve("line-1.png"), lines[0]);
        assertEquals("  a line", lines[1]);
        assertTrue(lines[2].startsWith("1 ┤") && lines[2].codePoints().anyMatch(c -> c > 0x2800 && c <= 0x28FF), lines[2]);
        assertFalse(out().contains("\u001b"), "no colour when the output is not a terminal");
    }

    @Test
    void plotsNeedsAFolder() {
        assertEquals(2, lmath("--plots"));
        assertEquals("lmath: --plots needs a folder: --plots DIR\n", err());
    }
}
