package org.lmath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmath.sandbox.Budget;

/** Files that are not programs, and the memory budget, through the lmath command in-process. */
class RobustnessCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void restoreTheBudget() {
        Budget.setMemory(Runtime.getRuntime().maxMemory());
    }

    private int lmath(String... arguments) {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(arguments);
    }

    private String file(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file.toString();
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void latin1TextSaysWhichLineAndByteAndToSaveAsUtf8() throws IOException {
        // "café" in Latin-1 on line 2: é is the byte 0xE9, the 11th byte of `print("café")`.
        byte[] latin1 = "x = 1\nprint(\"caf\u00e9\")\n".getBytes(StandardCharsets.ISO_8859_1);
        String script = file("latin.lmath", latin1);
        assertEquals(1, lmath(script));
        assertEquals("lmath: cannot read " + script + ": it is not UTF-8 text: line 2, byte 11 of that line (0xE9) is not UTF-8 "
                + "(perhaps Latin-1 from an older editor); save the file as UTF-8 (Save As, encoding UTF-8)\n", err());
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        byte[] text = "print(\"caf\u00e9\")\n".getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);
        assertEquals(0, lmath(file("notepad.lmath", withMark)), err());
        assertEquals("caf\u00e9\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void importingANamedPipeIsRefusedInsteadOfBlocking() throws Exception {
        Path pipe = folder.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertEquals(0, mkfifo.waitFor());
        String script = file("importer.lmath", "import \"pipe\"\n".getBytes(StandardCharsets.UTF_8));
        int status = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> lmath(script));
        assertEquals(1, status);
        assertTrue(err().startsWith(script + ":1:1: cannot import \"pipe\": it is not a regular file (a pipe or a device?)"), err());
        err.reset();
        assertEquals(1, (int) assertTimeoutPreemptively(Duration.ofSeconds(30), () -> lmath(pipe.toString())));
        assertEquals("lmath: cannot read " + pipe + ": it is not a regular file (a pipe or a device?)\n", err());
    }

    @Test
    void memorySetsTheBudgetThatAllocationsAreCheckedAgainst() throws IOException {
        // 64m: one tensor may take half, 32 MiB = 4,194,304 float64 elements; 5e6 is refused, 4e6 is not.
        String script = file("big.lmath", "x = zeros(4000000)\nprint(x.size)\ny = zeros(5000000)\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, lmath("--memory", "64m", script));
        assertEquals("4000000\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(err().contains(":3:5: zeros(): a tensor of shape (5000000,) allocates 5e6 elements (40 MB); the limit is 4.19e6 elements "
                + "(half of the 67 MB lmath may use: --memory sets it)"), err());
        err.reset();
        assertEquals(2, lmath("--memory", "lots", script));
        assertEquals("lmath: --memory needs a size in bytes, such as --memory 512m or --memory 2g\n", err());
    }

    @Test
    void memoryIsTakenAfterTestToo() throws IOException {
        String script = file("t.lmath", "test \"big\" { x = zeros(5000000) }\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(1, lmath("test", "--memory", "64m", script));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("FAIL big: zeros(): a tensor of shape (5000000,) allocates 5e6 elements"),
                out.toString(StandardCharsets.UTF_8));
    }
}
