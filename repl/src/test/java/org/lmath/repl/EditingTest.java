package org.lmath.repl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lmath.plot.PlotSettings;
import org.jline.reader.Candidate;
import org.jline.reader.EOFError;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser.ParseContext;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmath.ast.Source;

/** The editing parts of the prompt: when Enter ends an entry, the completion candidates, the colours. */
class EditingTest {

    @TempDir
    Path folder;

    private final EntryParser parser = new EntryParser();

    @Test
    void enterOnAnUnfinishedEntryAsksForMore() {
        for (String open : List.of("def f(x) {", "x = [1, 2,", "print(1,\n  2", "if a {\n  b = 1\n", "y = 1 + \\")) {
            assertThrows(EOFError.class, () -> parser.parse(open, open.length(), ParseContext.ACCEPT_LINE), open);
        }
        for (String done : List.of("1 + 1", "def f(x) {\n  return x\n}", "x = (1 + 2))", "print(\"a", ":help", "", "1 +")) {
            assertDoesNotThrow(() -> parser.parse(done, done.length(), ParseContext.ACCEPT_LINE), done);
        }
    }

    @Test
    void theWordUnderTheCursorIsADottedName() {
        ParsedLine line = parser.parse("print(optim.ad + 1)", 14, ParseContext.COMPLETE);
        assertEquals("optim.ad", line.word());
        assertEquals(8, line.wordCursor());
        ParsedLine command = parser.parse(":help sof", 9, ParseContext.COMPLETE);
        assertEquals(List.of(":help", "sof"), command.words());
        assertEquals(1, command.wordIndex());
        ParsedLine afterBlank = parser.parse(":lesson ", 8, ParseContext.COMPLETE);
        assertEquals(List.of(":lesson", ""), afterBlank.words());
        assertEquals(1, afterBlank.wordIndex());
    }

    /** The candidates for the text before the cursor, as value -> description. */
    private Map<String, String> candidates(Session session, String text) throws Exception {
        LineReader reader = LineReaderBuilder.builder()
                .terminal(new DumbTerminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())).build();
        List<Candidate> found = new ArrayList<>();
        new Completion(session).complete(reader, parser.parse(text, text.length(), ParseContext.COMPLETE), found);
        Map<String, String> result = new TreeMap<>();
        for (Candidate candidate : found) {
            if (candidate.value().startsWith(parser.parse(text, text.length(), ParseContext.COMPLETE).word())) {
                result.put(candidate.value(), candidate.descr() == null ? "" : candidate.descr());
            }
        }
        return result;
    }

    private static Session session(String code) {
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Session session = new Session(out, out, false, PlotSettings.defaults());
        assertTrue(session.run(new Source("<test>", code), false));
        return session;
    }

    @Test
    void namesBuiltinsWithSignaturesAndKeywordsAreCompleted() throws Exception {
        try (Session session = session("softness = [1, 2]\ndef sofa(a, b=2) { return a }\nwhale = 1")) {
            Map<String, String> found = candidates(session, "x = sof");
            assertEquals("x, axis=-1, temperature=1", found.get("softmax"), "a builtin shows its parameters");
            assertEquals("shape (2,)", found.get("softness"));
            assertEquals("a, b=2", found.get("sofa"));
            Map<String, String> wh = candidates(session, "wh");
            assertEquals("1", wh.get("whale"), "a number shows its value");
            assertEquals("", wh.get("while"), "a keyword");
            assertEquals("constant", candidates(session, "p").get("pi"));
        }
    }

    @Test
    void moduleMembersAreCompletedAfterTheDot() throws Exception {
        try (Session session = session("import optim")) {
            Map<String, String> found = candidates(session, "step = optim.");
            assertTrue(found.keySet().containsAll(List.of("optim.sgd", "optim.momentum", "optim.adam")), found.toString());
            assertEquals("lr", found.get("optim.sgd"));
            assertEquals(Map.of(), candidates(session, "nothing."));
        }
    }

    @Test
    void commandsTheirArgumentsAndFilesAreCompleted() throws Exception {
        try (Session session = session("x = 1")) {
            assertEquals(Map.of(":lesson", "run lesson N into the session", ":lessons", "list the lessons", ":load",
                    "run a file into the session (its names stay)"), candidates(session, ":l"));
            assertEquals("x, axis=-1, temperature=1", candidates(session, ":help softm").get("softmax"));
            List<String> lessons = new ArrayList<>(candidates(session, ":lesson ").keySet());
            assertEquals("Vectors and the dot product: words as arrows (king, queen), length, cosine similarity", candidates(session, ":lesson 1").get("1"));
            assertTrue(lessons.containsAll(List.of("1", "2")), lessons.toString());
            Files.writeString(folder.resolve("model.lmath"), "w = 1\n");
            String load = ":load " + folder + "/mo";
            assertEquals(List.of(folder + "/model.lmath"), new ArrayList<>(candidates(session, load).keySet()));
        }
    }

    @Test
    void keywordsNumbersStringsAndCommentsAreColoured() {
        String text = "if x > 2.5 { s = \"#no\" } # note";
        AttributedString shown = new Highlighting().highlight(null, text);
        assertEquals(text, shown.toString());
        AttributedStyle keyword = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
        assertEquals(keyword, shown.styleAt(0));                                       // if
        assertEquals(AttributedStyle.DEFAULT, shown.styleAt(3));                        // x
        assertEquals(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN), shown.styleAt(text.indexOf("2.5")));
        AttributedStyle string = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
        assertEquals(string, shown.styleAt(text.indexOf("#no")), "a # inside a string is not a comment");
        AttributedStyle comment = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT | AttributedStyle.BLACK);
        assertEquals(comment, shown.styleAt(text.indexOf("# note")));
        assertEquals(comment, shown.styleAt(text.length() - 1));
        assertFalse(shown.styleAt(text.indexOf("}")).equals(comment));
    }
}
