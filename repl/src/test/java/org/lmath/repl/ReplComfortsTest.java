package org.lmath.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comforts a Python or IPython user expects at the prompt, driven through JLine on a dumb
 * terminal: _ as the last result, ?name and name? for help, exit() and quit(), errors that name
 * their entry, :help of a module member, and the note before a lesson replaces your names.
 */
class ReplComfortsTest {

    @TempDir
    Path folder;

    private List<String> shown(String input) throws Exception {
        return ReplDriver.shown(ReplDriver.session(folder.resolve("history"), input));
    }

    @Test
    void underscoreIsTheLastResult() throws Exception {
        // 6 * 7 = 42; _ + 1 = 43; a statement has no value, so _ stays 43.
        List<String> shown = shown("6 * 7\n_ + 1\nx = 5\n_\n");
        assertEquals(List.of("42\n", "43\n", "", "43\n", ""), shown);
    }

    @Test
    void questionMarkShowsHelpBeforeOrAfterTheName() throws Exception {
        List<String> shown = shown("?softmax\nsoftmax?\n");
        assertTrue(shown.get(0).startsWith("softmax(x, axis=-1"), shown.get(0));
        assertEquals(shown.get(0), shown.get(1));
    }

    @Test
    void exitAndQuitLeave() throws Exception {
        List<String> shown = shown("1 + 1\nexit()\n2 + 2\n");
        assertEquals(List.of("2\n", ""), shown, "nothing after exit() runs");
        assertEquals(List.of("3\n", ""), shown("1 + 2\nquit()\n5\n"));
    }

    @Test
    void errorsNameTheirEntry() throws Exception {
        List<String> shown = shown("a = 1\nb = 2\nc = a + nope\n");
        assertEquals("<entry 3>:1:9: unknown name 'nope'\n    c = a + nope\n            ^\n", shown.get(2));
    }

    @Test
    void helpOfAModuleMember() throws Exception {
        List<String> shown = shown("import optim\n:help optim.adam\nhelp(optim.adam)\n");
        assertTrue(shown.get(1).contains("adam"), shown.get(1));
        assertEquals(shown.get(2), shown.get(1), ":help optim.adam shows what help(optim.adam) shows");
    }

    @Test
    void aLessonWarnsBeforeReplacingYourNames() throws Exception {
        List<String> names = List.copyOf(Lessons.namesItDefines(Lessons.all().get(0)));
        String mine = names.get(0);
        List<String> shown = shown(mine + " = 12345\n:lesson 1\n");
        assertTrue(shown.get(1).contains("note: this lesson gives new values to ") && shown.get(1).contains(mine + ","),
                shown.get(1));
    }

    @Test
    void continuationLinesAreIndentedByTheirDepth() {
        // JLine indents the next line by INDENTATION spaces per open bracket the parser reports: {, {, ( and [ below
        // (a dumb terminal does not show continuation lines, so the parser's answer is checked).
        assertEquals(1, openBrackets("def f(a) {"));
        assertEquals(2, openBrackets("def f(a) {\n    if a > 0 {"));
        assertEquals(4, openBrackets("def f(a) {\n    if a > 0 {\n        print(\"{ not counted\", [1,  # ( nor this"));
        assertEquals(4, InteractiveRepl.INDENT);
    }

    private static int openBrackets(String entry) {
        org.jline.reader.EOFError unfinished = org.junit.jupiter.api.Assertions.assertThrows(org.jline.reader.EOFError.class,
                () -> new EntryParser().parse(entry, entry.length(), org.jline.reader.Parser.ParseContext.ACCEPT_LINE));
        return unfinished.getOpenBrackets();
    }

    @Test
    void tabAfterADotOffersWhatTheMethodSugarCanCall() {
        try (Session session = new Session(new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()), false, org.lmath.plot.PlotSettings.defaults())) {
            session.run(new org.lmath.ast.Source("<entry 1>", "s = \"a,b\"\nx = [1, 2]\nd = {\"k\": 1}\ntwice(v) = 2 * v"), false);
            assertEquals(List.of("s.split", "s.strip", "s.startswith"), completions(session, "s.s"));
            assertTrue(completions(session, "x.").containsAll(List.of("x.sum", "x.shape", "x.T", "x.reshape", "x.twice")));
            assertTrue(completions(session, "d.").containsAll(List.of("d.keys", "d.values", "d.items", "d.get", "d.len")));
        }
    }

    /** The completions JLine would offer for the text typed so far, in the completer's order. */
    private static List<String> completions(Session session, String typed) {
        List<org.jline.reader.Candidate> candidates = new java.util.ArrayList<>();
        org.jline.reader.ParsedLine line = new EntryParser().parse(typed, typed.length(), org.jline.reader.Parser.ParseContext.COMPLETE);
        new Completion(session).complete(null, line, candidates);
        return candidates.stream().map(org.jline.reader.Candidate::value).filter(value -> value.startsWith(typed)).toList();
    }

    @Test
    void aNewSessionDoesNotOverwriteTheLastSessionsPlots() throws Exception {
        Path plots = folder.resolve("plots");
        Files.createDirectories(plots);
        Files.writeString(plots.resolve("repl-1.png"), "an earlier session's picture");
        org.lmath.plot.PlotSettings settings = org.lmath.plot.PlotSettings.defaults().withStem("repl").withFolder(plots);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        PipedRepl.run(new java.io.ByteArrayInputStream("plot([0, 1], [1, 0])\nshow()\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()), settings);
        assertEquals("an earlier session's picture", Files.readString(plots.resolve("repl-1.png")));
        assertEquals("[plot] " + plots.resolve("repl2-1.png") + "\n", out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
