package org.lmath.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.lmath.plot.PlotSettings;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

/**
 * Drives the prompt through JLine on a dumb terminal: the test types text (keys included, such
 * as Tab or Ctrl-C) into the terminal's input, and reads everything the terminal shows.
 */
final class ReplDriver implements AutoCloseable {

    private final PipedOutputStream keyboard = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final Terminal terminal;
    private final Thread repl;
    private volatile int status = -1;

    ReplDriver(Path history) throws IOException {
        PipedInputStream input = new PipedInputStream(keyboard, 1 << 16);
        terminal = new DumbTerminal("test", Terminal.TYPE_DUMB, input, screen, StandardCharsets.UTF_8);
        // As on a real terminal: Ctrl-C typed at the keyboard raises the INT signal, Ctrl-D ends the input.
        Attributes attributes = terminal.getAttributes();
        attributes.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        attributes.setControlChar(Attributes.ControlChar.VINTR, 3);
        attributes.setControlChar(Attributes.ControlChar.VEOF, 4);
        terminal.setAttributes(attributes);
        repl = new Thread(() -> status = InteractiveRepl.run(terminal, "hello from the test", history,
                PlotSettings.defaults().withFolder(history.getParent().resolve("plots"))), "repl-under-test");
        repl.start();
    }

    /** Types text, as a user would (a newline is Enter). */
    ReplDriver type(String text) throws IOException {
        keyboard.write(text.getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
        return this;
    }

    /** Everything the terminal has shown so far. */
    String screen() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }

    /** Waits until the screen shows the text (or fails after a few seconds). */
    void waitFor(String text) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!screen().contains(text)) {
            if (System.nanoTime() > end) throw new AssertionError("the screen never showed \"" + text + "\":\n" + screen());
            Thread.sleep(20);
        }
    }

    /** Ctrl-C as the terminal's line discipline delivers it while an entry runs: the INT signal. */
    void interruptSignal() {
        terminal.raise(Terminal.Signal.INT);
    }

    /** Types Ctrl-D on a fresh line (leave) and waits for the REPL to return; its exit status. */
    int finish() throws IOException, InterruptedException {
        type("\u0004");
        return awaitEnd();
    }

    /** Waits for the REPL to return by itself (after :quit); its exit status. */
    int awaitEnd() throws InterruptedException {
        repl.join(TimeUnit.SECONDS.toMillis(30));
        if (repl.isAlive()) throw new AssertionError("the REPL did not end:\n" + screen());
        return status;
    }

    /**
     * What each entry showed: the screen cut at the prompts, without the greeting. (A dumb
     * terminal shows neither the typed text nor continuation prompts, only the output.)
     */
    static List<String> shown(String screen) {
        List<String> parts = new ArrayList<>(List.of(screen.split(Pattern.quote(InteractiveRepl.PROMPT), -1)));
        parts.remove(0);
        return parts;
    }

    /** Types the whole input, ends it and returns the screen. */
    static String session(Path history, String input) throws IOException, InterruptedException {
        try (ReplDriver driver = new ReplDriver(history)) {
            driver.type(input);
            driver.finish();
            return driver.screen();
        }
    }

    @Override
    public void close() throws IOException {
        keyboard.close();
        terminal.close();
    }
}
