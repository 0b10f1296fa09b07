package org.lmath.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmath.plot.PlotSettings;

/** `lmath` reading a pipe: exactly the printed output and echoes, errors apart, a status at the end. */
class PipedReplTest {

    private record Run(int status, String out, String err) {}

    private static Run run(String input) {
        return run(input, PlotSettings.defaults());
    }

    private static Run run(String input, PlotSettings plots) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = PipedRepl.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, false, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), plots);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void showSavesThePictureAndSaysWhereAndATerminalPreviewDrawsIt(@TempDir Path folder) throws Exception {
        PlotSettings files = PlotSettings.defaults().withStem("repl").withFolder(folder);
        Run saved = run("plot([0, 1, 2], [0, 1, 4])\nshow()\n", files);
        assertEquals("[plot] " + folder.resolve("repl-1.png") + "\n", saved.out());
        assertTrue(Files.size(folder.resolve("repl-1.png")) > 1000);
        // With the preview (the prompt without a display), the curve is drawn in braille too, and a
        // :reset keeps the settings (the next picture is numbered 1 again, in the same folder).
        Run previewed = run("plot([0, 1, 2], [0, 1, 4])\nshow()\n:reset\nplot([1, 2])\nshow()\n",
                files.withStem("preview").withTerminalPreview(true, false));
        assertTrue(previewed.out().codePoints().anyMatch(c -> c > 0x2800 && c <= 0x28FF), previewed.out());
        assertTrue(Files.exists(folder.resolve("preview-1.png")));
        assertFalse(previewed.out().contains("\u001b"), "no escape codes without colour");
    }

    @Test
    void aLongEntryIsReadInLinearTimeAndAMistakeInItsFirstLineIsStillFound() {
        // Each line of an open entry used to parse the whole entry again: 20,000 lines took minutes.
        String list = "x = [\n" + "1,\n".repeat(20_000) + "]\nprint(len(x))\n";
        Run long_ = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(120), () -> run(list));
        assertEquals("20000\n", long_.out());
        Run wrong = run("x = = (\n1\n)\nprint(2)\n");
        assertTrue(wrong.err().contains("<stdin>:1:5: expected an expression after '=', found '='"), wrong.err());
        assertTrue(wrong.out().endsWith("2\n"), wrong.out());
    }

    @Test
    void echoingAStringTooLargeToWriteIsAnErrorAtItsEntry() {
        // 16m: one string may have 16 MiB / 2 / 2 bytes = 4,194,304 characters; the echo adds two quotes.
        org.lmath.sandbox.Budget.setMemory(16L << 20);
        try {
            Run run = run("s = \"a\" * 4194303\nlen(s)\ns\n");
            assertEquals("4194303\n", run.out());
            assertTrue(run.err().startsWith("<stdin>:3:1: writing this string with its quotes allocates 4.19e6 characters"), run.err());
        } finally {
            org.lmath.sandbox.Budget.setMemory(Runtime.getRuntime().maxMemory());
        }
    }

    @Test
    void theOutputIsWhatIsPrintedAndTheEchoes() {
        Run run = run("print(1 + 1)\n1 + 1\n\nx = [1, 2]\nx * 2\ndef f(a) {\n    return a + 1\n}\nf(1)\nprint(\"no\", \"echo\")\n");
        assertEquals("2\n2\n[2 4]\n2\nno echo\n", run.out());
        assertEquals("", run.err());
        assertEquals(0, run.status());
    }

    @Test
    void errorsGoToTheErrorStreamWithTheLinesOfTheInputAndTheRunGoesOn() {
        Run run = run("a = 1\n\ndef g(x) {\n    return x + nope\n}\ng(a)\na\n");
        assertEquals("1\n", run.out());
        assertEquals("<stdin>:4:16: unknown name 'nope'\n    return x + nope\n               ^\n  in g(), called at <stdin>:6:1\n",
                run.err());
        assertEquals(1, run.status(), "a failed entry makes the status 1");
    }

    @Test
    void commandsWorkAndWriteNoEscapeCodes() {
        Run run = run(":help\n:help len\nx = 1\n:vars\n:quit\nprint(\"not reached\")\n");
        assertFalse(run.out().contains("\u001b"), run.out());
        assertFalse(run.out().contains("not reached"), run.out());
        assertEquals("x  number    1\n", run.out().substring(run.out().lastIndexOf("x  number")));
        assertEquals(0, run.status());
    }

    @Test
    void aCommandsErrorNamesItsLine() {
        Run run = run("1\n\n:lesson 0\n");
        assertEquals("1\n", run.out());
        assertTrue(run.err().startsWith("<stdin>:3: :lesson needs a lesson number from 1 to "), run.err());
        assertEquals(1, run.status());
    }

    @Test
    void anEntryLeftOpenAtTheEndIsReported() {
        Run run = run("print(1)\ny = [1,\n2\n");
        assertEquals("1\n", run.out());
        assertEquals("<stdin>:2:5: expected ']' to close the '[' opened at 2:5 before the end of the input\n    y = [1,\n        ^\n",
                run.err());
        assertEquals(1, run.status());
    }
}
