package org.lmath.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lmath.ast.Source;
import org.lmath.ast.Stmt;
import org.lmath.error.SyntaxError;

/**
 * Deep nesting: up to 200 levels parse, the 201st is refused at its bracket (as Python does), and
 * input far past the limit is refused at once. Before the limit, 16,000 nested parentheses took
 * 50 s and 100,000 never finished (the parser looked ahead to the closing ')' at every level).
 */
class NestingLimitTest {

    private static final Duration AT_ONCE = Duration.ofSeconds(20);

    @Test
    void twoHundredLevelsOfEachBracketParse() {
        assertEquals(1, parse("x = " + "(".repeat(200) + "1" + ")".repeat(200)).size());
        assertEquals(1, parse("x = " + "[".repeat(200) + "1" + "]".repeat(200)).size());
        assertEquals(1, parse("if true {".repeat(200) + " x = 1 " + "}".repeat(200)).size());
        assertEquals(1, parse("y = a" + "[a".repeat(199) + "]".repeat(199)).size());
        assertEquals(1, parse("y = a" + "[1:a".repeat(199) + "]".repeat(199)).size());
    }

    @Test
    void theLevelPastTheLimitIsRefusedAtItsBracket() {
        SyntaxError error = refused("x = " + "(".repeat(201) + "1" + ")".repeat(201));
        assertEquals("too many nested parentheses: this '(' opens level 201 and the limit is 200 "
                + "(give the inner parts names of their own)", error.getMessage());
        assertEquals(1, error.position().line());
        assertEquals(5 + 200, error.position().column());
        assertTrue(refused("x = " + "[".repeat(250) + "]".repeat(250)).getMessage().startsWith("too many nested square brackets"));
        SyntaxError blocks = refused("x = 1\n" + "while true {\n".repeat(201) + "}\n".repeat(201));
        assertTrue(blocks.getMessage().startsWith("too many nested blocks"));
        assertEquals(202, blocks.position().line());
    }

    @Test
    void nestingInsideAnFormattedStringCountsToo() {
        SyntaxError error = refused("s = f\"{" + "(".repeat(201) + "1" + ")".repeat(201) + "}\"");
        assertTrue(error.getMessage().startsWith("too many nested parentheses"));
        assertEquals(8 + 200, error.position().column());
    }

    @Test
    void farTooDeepInputIsRefusedAtOnce() {
        assertTimeoutPreemptively(AT_ONCE, () -> {
            refused("x = " + "(".repeat(100_000) + "1" + ")".repeat(100_000));
            refused("x = a" + "[a".repeat(100_000) + "]".repeat(100_000));
            assertFalse(SourceParser.isIncomplete("x = " + "(".repeat(100_000)));
        });
    }

    @Test
    void anUnbalancedEntryIsIncompleteOnlyWhenNothingBeforeItsEndIsWrong() {
        assertTrue(SourceParser.isIncomplete("x = [1, (2"));
        assertFalse(SourceParser.isIncomplete("x = = ("));
        assertFalse(SourceParser.isIncomplete("x = ) ("));
        assertFalse(SourceParser.isIncomplete("s = \"(\" + \"[\""));
    }

    @Test
    void aProgramLongerThanTheLimitIsRefusedWithItsLength() {
        String text = "x = 1\n".repeat(SourceParser.MAX_SOURCE_CHARACTERS / 6 + 1);
        SyntaxError error = refused(text);
        assertEquals(String.format("this program is %,d characters long, and lmath reads programs of up to 4,000,000: "
                + "split it into modules (import) or keep its data in a file", text.length()), error.getMessage());
    }

    private static List<Stmt> parse(String text) {
        return SourceParser.parseProgram(new Source("test", text));
    }

    private static SyntaxError refused(String text) {
        return assertThrows(SyntaxError.class, () -> parse(text));
    }
}
