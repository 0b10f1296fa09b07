package org.lmath.repl;

import java.util.regex.Pattern;

import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.lmath.grammar.LMathLexer;

/**
 * Colours the entry being typed, using the language's own lexer: keywords, numbers, strings and
 * comments. (Comments are skipped by the lexer, so they are found in the gaps between tokens.)
 */
final class Highlighting implements Highlighter {

    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT | AttributedStyle.BLACK);
    private static final AttributedStyle COMMAND = AttributedStyle.BOLD;

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        // The empty line of every new prompt needs no lexer: the first prompt then shows before
        // ANTLR's classes load and its lexer is built (BR on Java 17, see docs/performance.md).
        if (buffer.isEmpty()) return new AttributedString(buffer);
        AttributedStringBuilder text = new AttributedStringBuilder(buffer.length());
        if (Entries.isCommand(buffer)) {
            int end = buffer.indexOf(' ', buffer.indexOf(':'));
            if (end < 0) end = buffer.length();
            text.styled(COMMAND, buffer.substring(0, end)).append(buffer.substring(end));
            return text.toAttributedString();
        }
        if (buffer.codePointCount(0, buffer.length()) != buffer.length()) {
            return new AttributedString(buffer);  // the lexer counts code points, not chars: leave such text plain
        }
        LMathLexer lexer = new LMathLexer(CharStreams.fromString(buffer));
        lexer.removeErrorListeners();
        int done = 0;
        for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
            gap(text, buffer, done, token.getStartIndex());
            int end = token.getStopIndex() + 1;
            text.styled(style(token.getType()), buffer.substring(token.getStartIndex(), end));
            done = end;
        }
        gap(text, buffer, done, buffer.length());
        return text.toAttributedString();
    }

    /** Text the lexer skipped: blanks, line joins, and comments from '#' to the end of their line. */
    private static void gap(AttributedStringBuilder text, String buffer, int start, int end) {
        int i = start;
        while (i < end) {
            int hash = buffer.indexOf('#', i);
            if (hash < 0 || hash >= end) break;
            text.append(buffer.substring(i, hash));
            int lineEnd = buffer.indexOf('\n', hash);
            int commentEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
            text.styled(COMMENT, buffer.substring(hash, commentEnd));
            i = commentEnd;
        }
        text.append(buffer.substring(i, end));
    }

    private static AttributedStyle style(int type) {
        if (type >= LMathLexer.DEF && type <= LMathLexer.NONE) return KEYWORD;
        return switch (type) {
            case LMathLexer.NUMBER -> NUMBER;
            case LMathLexer.STRING, LMathLexer.FSTRING, LMathLexer.UNTERMINATED_STRING -> STRING;
            default -> AttributedStyle.DEFAULT;
        };
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // Errors are shown after the entry runs, with their caret: nothing to mark while typing.
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // As above.
    }
}
