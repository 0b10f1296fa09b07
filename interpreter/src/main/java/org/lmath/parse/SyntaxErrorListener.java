package org.lmath.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.lmath.ast.Position;
import org.lmath.ast.Source;
import org.lmath.error.SyntaxError;
import org.lmath.grammar.LMathParser;

/**
 * Turns ANTLR's first complaint into a {@link SyntaxError} in plain words, and stops the parse
 * there (no error recovery: the first error is the one worth reading).
 */
final class SyntaxErrorListener extends BaseErrorListener {

    private final Source source;
    private final CommonTokenStream tokens;
    private final Position origin;

    /** origin places a fragment (an f-string expression) inside its source; null for whole files. */
    SyntaxErrorListener(Source source, CommonTokenStream tokens, Position origin) {
        this.source = source;
        this.tokens = tokens;
        this.origin = origin;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                            String antlrMessage, RecognitionException exception) {
        Token offending = (Token) offendingSymbol;
        Position where = position(line, charPositionInLine);
        Token unclosed = unclosedBracketBefore(offending);
        if (offending.getType() == Token.EOF && unclosed != null) {
            throw new SyntaxError(position(unclosed), expectedCloser(unclosed) + " before the end of the input", true);
        }
        String message = switch (offending.getType()) {
            case LMathParser.UNTERMINATED_STRING -> "this string is not closed: add '\"' at its end";
            case LMathParser.STRAY -> "unexpected character '" + offending.getText() + "'";
            case LMathParser.RPAREN, LMathParser.RBRACKET, LMathParser.RBRACE -> strayCloser(offending, unclosed, recognizer);
            default -> unexpected(offending, recognizer);
        };
        throw new SyntaxError(where, message, false);
    }

    private String strayCloser(Token closer, Token unclosed, Recognizer<?, ?> recognizer) {
        if (unclosed == null) return "'" + closer.getText() + "' does not close anything";
        if (closerOf(unclosed).equals(closer.getText())) return unexpected(closer, recognizer);
        return "found '" + closer.getText() + "' but " + expectedCloser(unclosed);
    }

    private String expectedCloser(Token open) {
        String what = open.getType() == LMathParser.LBRACE ? "the block" : "the '" + open.getText() + "'";
        Position at = position(open);
        return "expected '" + closerOf(open.getText()) + "' to close " + what + " opened at " + at.line() + ":" + at.column();
    }

    private static String closerOf(Token open) {
        return closerOf(open.getText());
    }

    private static String closerOf(String open) {
        return switch (open) {
            case "(" -> ")";
            case "[" -> "]";
            default -> "}";
        };
    }

    private String unexpected(Token offending, Recognizer<?, ?> recognizer) {
        Token previous = previousToken(offending);
        if (offending.getType() == LMathParser.NAME && previous != null && previous.getType() == LMathParser.NUMBER
                && previous.getStopIndex() + 1 == offending.getStartIndex()) {
            return "unexpected name '" + offending.getText() + "' right after the number " + previous.getText()
                    + ": write " + previous.getText() + " * " + offending.getText() + " to multiply";
        }
        String found = describe(offending);
        String expected = recognizer instanceof Parser parser ? expected(parser.getExpectedTokens()) : "";
        return expected.isEmpty() ? "unexpected " + found : "unexpected " + found + ": expected " + expected;
    }

    /** The expected tokens in words; any expression start collapses to "an expression". */
    private static String expected(IntervalSet expected) {
        List<String> words = new ArrayList<>();
        if (expected.contains(LMathParser.NAME) && expected.contains(LMathParser.NUMBER)) words.add("an expression");
        else if (expected.contains(LMathParser.NAME)) words.add("a name");
        int[] punctuation = {LMathParser.LBRACE, LMathParser.RPAREN, LMathParser.RBRACKET, LMathParser.RBRACE,
                LMathParser.ASSIGN, LMathParser.IN, LMathParser.ELSE, LMathParser.COLON, LMathParser.ARROW};
        for (int type : punctuation) {
            if (expected.contains(type)) words.add(LMathParser.VOCABULARY.getLiteralName(type));
        }
        if (expected.contains(LMathParser.NEWLINE) && words.size() < 2) words.add("the end of the line");
        if (words.isEmpty() && expected.contains(LMathParser.COMMA)) words.add("','");
        if (words.size() > 3) words = words.subList(0, 3);
        return String.join(" or ", words);
    }

    private static String describe(Token token) {
        return switch (token.getType()) {
            case Token.EOF -> "end of input";
            case LMathParser.NEWLINE -> "end of line";
            case LMathParser.NUMBER -> "number " + token.getText();
            case LMathParser.NAME -> "name '" + token.getText() + "'";
            case LMathParser.STRING, LMathParser.FSTRING -> "string " + token.getText();
            default -> "'" + token.getText() + "'";
        };
    }

    /** The innermost bracket still open just before the given token, or null. */
    private Token unclosedBracketBefore(Token limit) {
        Deque<Token> open = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.getTokenIndex() >= limit.getTokenIndex() && limit.getType() != Token.EOF) break;
            switch (token.getType()) {
                case LMathParser.LPAREN, LMathParser.LBRACKET, LMathParser.LBRACE -> open.push(token);
                case LMathParser.RPAREN, LMathParser.RBRACKET, LMathParser.RBRACE -> { if (!open.isEmpty()) open.pop(); }
                default -> { }
            }
            if (token.getType() == Token.EOF) break;
        }
        return open.peek();
    }

    private Token previousToken(Token token) {
        int index = token.getTokenIndex() - 1;
        return index >= 0 ? tokens.get(index) : null;
    }

    private Position position(Token token) {
        return position(token.getLine(), token.getCharPositionInLine());
    }

    private Position position(int line, int charPositionInLine) {
        if (origin == null) return new Position(source, line, charPositionInLine + 1);
        int column = charPositionInLine + (line == 1 ? origin.column() : 1);
        return new Position(source, line + origin.line() - 1, column);
    }
}
