package org.lmath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL of the packaged jar in a real terminal: tmux (a server of its own) runs it, the test
 * types keys with `tmux send-keys` and reads the screen with `tmux capture-pane -p`. A
 * multi-line function, a Tab completion, colours, Ctrl-C at the prompt and during a run, Ctrl-D.
 */
class ReplTerminalIT {

    private static final Path JAR = Path.of("target/lmath.jar").toAbsolutePath();

    @TempDir
    Path folder;

    private final String socket = "lmath-it-" + ProcessHandle.current().pid();

    @BeforeEach
    void startTheRepl() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = java + " -Xss16m -Dlmath.history=" + folder.resolve("history") + " -jar " + JAR
                + "; echo EXIT=$?; sleep 60";
        tmux("new-session", "-d", "-s", "repl", "-x", "100", "-y", "40", command);
        waitFor(screen -> screen.contains("lmath>"), "the first prompt");
    }

    @AfterEach
    void stopTmux() throws Exception {
        tmux("kill-server");
    }

    @Test
    void aSessionInARealTerminal() throws Exception {
        keys("def twice(x) {", "Enter");
        keys("return 2 * x", "Enter");
        keys("}", "Enter");
        // The prompt indents a line inside one block by 4 spaces (nothing was typed before return),
        // and JLine takes the indent back when the line starts with the closing brace.
        waitFor(screen -> screen.contains("   ...     return 2 * x\n   ... }\n"), "the continuation prompts, indented");
        // Keys typed while an entry runs are echoed by the terminal itself (as in Python's REPL), so
        // a person, and this test, waits for the next prompt before typing.
        waitFor(screen -> lastLine(screen).equals("lmath>"), "the prompt after the definition");

        keys("twi", "Tab");
        waitFor(screen -> lastLine(screen).equals("lmath> twice"), "Tab completing twi to twice");
        keys("(21)", "Enter");
        waitFor(screen -> screen.contains("lmath> twice(21)\n42\n"), "the answer 42");

        // written without the space: with the auto-indent on, JLine's '}' takes back the spaces before it
        keys("while true {}", "Enter");
        interruptUntil(screen -> screen.contains("<entry 3>:1:1: interrupted\n    while true {}\n    ^\n"));
        keys("twice(2)", "Enter");
        waitFor(screen -> screen.contains("lmath> twice(2)\n4\n"), "the session going on after Ctrl-C");

        keys("1 + ");
        waitFor(screen -> lastLine(screen).equals("lmath> 1 +"), "the typed line");
        keys("C-c");
        waitFor(screen -> lastLine(screen).equals("lmath>"), "a fresh prompt after Ctrl-C");
        keys("3 * 3", "Enter");
        waitFor(screen -> screen.contains("lmath> 3 * 3\n9\n"), "a fresh line after Ctrl-C at the prompt");
        assertFalse(screen().contains("1 + 3 * 3"), screen());

        keys("def f(x) { return \"s\" } # note");
        waitFor(screen -> lastLine(screen).endsWith("# note"), "the typed line");
        String coloured = tmux("capture-pane", "-p", "-e", "-t", "repl");
        assertTrue(coloured.contains("\u001b[34mdef"), "def in blue: " + coloured);
        assertTrue(coloured.contains("\u001b[32m\"s\""), "the string in green: " + coloured);
        assertTrue(coloured.contains("\u001b[90m# note"), "the comment in grey: " + coloured);
        keys("C-u");

        keys("C-d");
        waitFor(screen -> screen.contains("EXIT=0"), "Ctrl-D leaving with status 0");
        String history = Files.readString(folder.resolve("history"), StandardCharsets.UTF_8);
        assertTrue(history.contains("twice(21)"), history);
    }

    /** Ctrl-C once the entry has surely started running (a slow machine gets more tries), until the screen shows the result. */
    private void interruptUntil(Predicate<String> stopped) throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            Thread.sleep(700);
            keys("C-c");
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < end) {
                if (stopped.test(screen())) return;
                Thread.sleep(50);
            }
        }
        throw new AssertionError("Ctrl-C did not stop the loop:\n" + screen());
    }

    private static String lastLine(String screen) {
        List<String> lines = screen.lines().filter(line -> !line.isBlank()).toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private void keys(String... keys) throws Exception {
        List<String> command = new ArrayList<>(List.of("send-keys", "-t", "repl"));
        command.addAll(List.of(keys));
        tmux(command.toArray(String[]::new));
    }

    private String screen() throws Exception {
        return tmux("capture-pane", "-p", "-t", "repl");
    }

    private void waitFor(Predicate<String> condition, String what) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            if (condition.test(screen())) return;
            Thread.sleep(50);
        }
        throw new AssertionError("the screen never showed " + what + ":\n" + screen());
    }

    private String tmux(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException missing) {
            throw new AssertionError("this test needs tmux (.ci/run installs it: apt-get install tmux)", missing);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "tmux did not answer");
        if (!arguments[0].equals("kill-server")) assertEquals(0, process.exitValue(), "tmux " + String.join(" ", arguments) + ": " + output);
        return output;
    }
}
