package org.lmath.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prompt driven through JLine on a dumb terminal with scripted keys: what is echoed,
 * multi-line entries, errors that keep the session, Ctrl-C and Ctrl-D, and history. Expected
 * values are worked out by hand in each test.
 */
class ReplTest {

    @TempDir
    Path folder;

    private List<String> shown(String input) throws Exception {
        return ReplDriver.shown(ReplDriver.session(folder.resolve("history"), input));
    }

    @Test
    void expressionsAreEchoedStatementsAndNoneAreNot() throws Exception {
        List<String> shown = shown("1 + 1\nx = 3\nprint(\"hi\")\nprint(\"a\"); 5\nnone\n\"text\"\nx * 2\nx, 2 * x\n");
        assertEquals(List.of("2\n", "", "hi\n", "a\n5\n", "", "\"text\"\n", "6\n", "(3, 6)\n", ""), shown);
    }

    @Test
    void anUnfinishedEntryGoesOnOverTheNextLines() throws Exception {
        List<String> shown = shown("def f(a) {\n    b = a * 2\n    return b + 1\n}\nf(4)\nv = [1,\n 2,\n 3]\nv @ v\n"
                + "def g(a) {\n\n    return -a\n\n}\ng(1)\n");
        // One prompt per entry: the definition, f(4) = 9, the list, 1 + 4 + 9 = 14, the pasted g, g(1) = -1.
        assertEquals(List.of("", "9\n", "", "14\n", "", "-1\n", ""), shown);
    }

    @Test
    void anErrorIsShownWithItsCaretAndEveryNameStays() throws Exception {
        List<String> shown = shown("a = 1\nb = nope + 1\na\na = 10; c = missing\na\n");
        assertEquals("<entry 2>:1:5: unknown name 'nope'\n    b = nope + 1\n        ^\n", shown.get(1));
        assertEquals("1\n", shown.get(2));
        assertTrue(shown.get(3).startsWith("<entry 4>:1:13: unknown name 'missing'"), shown.get(3));
        assertEquals("10\n", shown.get(4), "the statement before the failing one has run");
    }

    @Test
    void aWrongEntryIsReportedNotContinued() throws Exception {
        List<String> shown = shown("x = (1 + 2))\nx = 2\nx\n");
        assertEquals("<entry 1>:1:12: ')' does not close anything\n    x = (1 + 2))\n               ^\n", shown.get(0));
        assertEquals("2\n", shown.get(2));
    }

    @Test
    void ctrlCAtThePromptClearsTheLineAndCtrlDLeaves() throws Exception {
        try (ReplDriver driver = new ReplDriver(folder.resolve("history"))) {
            driver.type("1 + \u0003").type("2 + 2\n");
            assertEquals(0, driver.finish());
            assertEquals(List.of("", "4\n", ""), ReplDriver.shown(driver.screen()));
        }
    }

    @Test
    void ctrlCStopsARunningEntryAndTheSessionGoesOn() throws Exception {
        try (ReplDriver driver = new ReplDriver(folder.resolve("history"))) {
            driver.type("n = 5\nwhile true { n = n }\n");
            interruptUntilShown(driver, "interrupted", 1);
            driver.type("def slow(x) {\n    s = 0\n    for i in 0..100000000 { s = s + x * i }\n    return s\n}\ngrad(slow)(1.0)\n");
            interruptUntilShown(driver, "interrupted", 2);
            driver.type("n + 1\n");
            driver.waitFor("6\n");
            driver.finish();
            String screen = driver.screen();
            // column 9: the 4 spaces typed come after the 4 the prompt indents a line inside one block with
            assertTrue(screen.contains("<entry 2>:1:1: interrupted\n    while true { n = n }\n    ^\n"), screen);
            assertTrue(screen.contains("<entry 3>:3:9: interrupted\n    for i in 0..100000000"), screen);
        }
    }

    /**
     * Sends the INT signal, as Ctrl-C does while an entry runs, once the entry has surely started
     * (a signal at the prompt would clear the line instead), and waits until the screen shows the
     * text count times.
     */
    private static void interruptUntilShown(ReplDriver driver, String text, int count) throws InterruptedException {
        for (int attempt = 0; attempt < 5; attempt++) {
            Thread.sleep(500);
            driver.interruptSignal();
            long end = System.nanoTime() + 4_000_000_000L;
            while (System.nanoTime() < end) {
                if (driver.screen().split(text, -1).length - 1 >= count) return;
                Thread.sleep(20);
            }
        }
        throw new AssertionError("not interrupted:\n" + driver.screen());
    }

    @Test
    void theHistoryIsKeptInItsFile() throws Exception {
        Path history = folder.resolve("history");
        ReplDriver.session(history, "1 + 41\nx = [1,\n 2]\n");
        String saved = Files.readString(history, StandardCharsets.UTF_8);
        assertTrue(saved.contains("1 + 41"), saved);
        assertTrue(saved.contains("x = [1,"), saved);
    }

    @Test
    void quitLeavesAtOnce() throws Exception {
        try (ReplDriver driver = new ReplDriver(folder.resolve("history"))) {
            driver.type("x = 1\n:quit\nx + 1\n");
            assertEquals(0, driver.awaitEnd());
            assertFalse(driver.screen().contains("2"), driver.screen());
        }
    }

    @Test
    void helpGivesAnOverviewAndOneBuiltin() throws Exception {
        List<String> shown = shown(":help\n:help softmax\n:help :vars\n:help softmx\n");
        // The usage column is as wide as ":help [name]" (12 characters), then three blanks.
        assertTrue(shown.get(0).contains("  :vars          the names you have defined, with their type and shape\n"), shown.get(0));
        assertTrue(shown.get(0).contains("Builtins by topic"), shown.get(0));
        assertTrue(shown.get(0).contains("softmax"), shown.get(0));
        // softmax is declared with the parameters x, axis=-1, temperature=1 and a rule for grad.
        assertTrue(shown.get(1).startsWith("softmax(x, axis=-1, temperature=1)\n    "), shown.get(1));
        assertTrue(shown.get(1).endsWith("\n    (probability; differentiable: grad goes through it)\n"), shown.get(1));
        assertEquals(":vars\n    the names you have defined, with their type and shape\n", shown.get(2));
        assertTrue(shown.get(3).contains("did you mean 'softmax'"), shown.get(3));
    }

    @Test
    void helpDescribesTheSessionsNamesAndModules() throws Exception {
        List<String> shown = shown("import optim\ndef area(w, h=1) { return w * h }\n:help area\n:help optim\n:help for\n");
        assertEquals("area: function, area(w, h=1) (defined in this session)\n", shown.get(2));
        // optim.lmath defines adam, momentum and sgd (among others, sorted by name).
        assertTrue(shown.get(3).matches("module optim: (\\w+, )*adam, (\\w+, )*momentum, (\\w+, )*sgd(, \\w+)*\n"), shown.get(3));
        assertEquals("'for' is a keyword of the language: see docs/language.md\n", shown.get(4));
    }

    @Test
    void varsListsNamesWithTypeAndShape() throws Exception {
        List<String> shown = shown(":vars\nn = 2\nv = [[1, 2, 3], [4, 5, 6]]\nf(x) = x + 1\nname = \"ada\"\n:vars\n");
        assertEquals("no names defined yet\n", shown.get(0));
        assertEquals("""
                f     function  f(x)
                n     number    2
                name  string    "ada"
                v     tensor    shape (2, 3)
                """, shown.get(5));
    }

    @Test
    void loadRunsAFileIntoTheSession() throws Exception {
        Path file = folder.resolve("helpers.lmath");
        Files.writeString(file, "def sq(x) { return x * x }\nloaded = sq(3)\nprint(\"loading\")\nloaded\n");
        List<String> shown = shown(":load " + file + "\nloaded + sq(1)\n:load " + folder.resolve("missing.lmath") + "\n");
        assertEquals("loading\n", shown.get(0), "a loaded file is run as a script: its last value is not echoed");
        assertEquals("10\n", shown.get(1));
        assertEquals("cannot read " + folder.resolve("missing.lmath") + ": no such file\n", shown.get(2));
    }

    @Test
    void resetForgetsEveryName() throws Exception {
        List<String> shown = shown("x = 1\n:reset\nx\nlen([1, 2])\n");
        assertEquals("every name is forgotten: a fresh session\n", shown.get(1));
        assertTrue(shown.get(2).startsWith("<entry 2>:1:1: unknown name 'x'"), shown.get(2));
        assertEquals("2\n", shown.get(3), "the builtins are still there");
    }

    @Test
    void timeRunsAnEntryAndReportsSeconds() throws Exception {
        List<String> shown = shown(":time 2 + 3\n:time\n");
        assertTrue(shown.get(0).matches("5\ntime: \\d+\\.\\d{4} s\n"), shown.get(0));
        assertTrue(shown.get(1).startsWith(":time needs something to run"), shown.get(1));
    }

    @Test
    void lessonsAreListedAndRunIntoTheSession() throws Exception {
        List<String> shown = shown(":lessons\n:lesson 1\ncosine([1, 0], [0, 1])\n:lesson 99\n");
        assertTrue(shown.get(0).startsWith("  1  Vectors and the dot product"), shown.get(0));
        // Listed in the order to take them, each with its own number: similarity (15) follows vectors.
        assertTrue(shown.get(0).contains("\n 15  Norms and cosine similarity"), shown.get(0));
        assertTrue(shown.get(0).indexOf("\n 15  ") < shown.get(0).indexOf("\n  3  "), shown.get(0));
        assertTrue(shown.get(1).startsWith("lesson 1: Vectors and the dot product"), shown.get(1));
        assertTrue(shown.get(1).contains("running lessons/01-vectors.lmath (to read or change it, open "
                + "stdlib/src/main/resources/lmath/lessons/01-vectors.lmath in the lmath folder)"), shown.get(1));
        assertTrue(shown.get(1).contains("\n[1, 2, 3] @ [4, 5, 6] = 32 = 1*4 + 2*5 + 3*6\n"), shown.get(1));
        assertTrue(shown.get(1).endsWith("lesson 1 done: its names stay in this session; the file was lessons/01-vectors.lmath\n"), shown.get(1));
        assertEquals("0\n", shown.get(2), "the lesson's cosine stays defined: [1, 0] and [0, 1] are at a right angle");
        assertTrue(shown.get(3).startsWith(":lesson needs a lesson number from 1 to "), shown.get(3));
    }

    @Test
    void anUnknownCommandIsReportedWithASuggestion() throws Exception {
        List<String> shown = shown(":var\n");
        assertEquals("unknown command ':var'; did you mean ':vars'?; :help lists the commands\n", shown.get(0));
    }
}
