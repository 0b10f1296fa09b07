package org.lmath.parse;

import java.util.ArrayDeque;
import java.util.Deque;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
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
 * there (no error recovery: the first error is the one worth reading). Brackets, stray characters
 * and unclosed strings are handled here; any other unexpected token is a {@link Mistake}, whose
 * rules look at the tokens around it to say what was meant.
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
        Token previous = previousToken(offending);
        if (previous != null && previous.getType() == LMathParser.FSTRING) {
            FormattedStrings.checkBraces(previous.getText(), position(previous));
        }
        if (unclosed != null && unclosed.getType() != LMathParser.LBRACE && looksLikeNewStatement(offending, previous)) {
            // A newline inside ( ) or [ ] does not end the statement, so a bracket left open runs on
            // into the next line, and the mistake shows only there: point at the open bracket.
            throw new SyntaxError(position(unclosed), expectedCloser(unclosed) + " before line " + offending.getLine(), false);
        }
        String message = switch (offending.getType()) {
            case LMathParser.UNTERMINATED_STRING -> "this string is not closed: add '\"' at its end";
            case LMathParser.STRAY -> strayCharacter(offending.getText());
            case LMathParser.RPAREN, LMathParser.RBRACKET, LMathParser.RBRACE -> strayCloser(offending, unclosed, recognizer);
            default -> unexpected(offending, previous, recognizer);
        };
        throw new SyntaxError(where, message, false);
    }

    private static String strayCharacter(String character) {
        if (character.equals("'")) return "strings are written in double quotes, \"like this\", not single quotes";
        String hint = switch (character) {
            case "!" -> ": lmath writes 'not' (and '!=' for not equal)";
            default -> "";
        };
        return "unexpected character '" + character + "'" + hint;
    }

    private String strayCloser(Token closer, Token unclosed, Recognizer<?, ?> recognizer) {
        if (unclosed == null) return "'" + closer.getText() + "' does not close anything";
        if (closerOf(unclosed).equals(closer.getText())) return unexpected(closer, previousToken(closer), recognizer);
        return "found '" + closer.getText() + "' but " + expectedCloser(unclosed);
    }

    private String expectedCloser(Token open) {
        String what = open.getType() == LMathParser.LBRACE ? "the block" : "the '" + open.getText() + "'";
        Position at = position(open);
        return "expected '" + closerOf(open) + "' to close " + what + " opened at " + at.line() + ":" + at.column();
    }

    private static String closerOf(Token open) {
        return switch (open.getText()) {
            case "(" -> ")";
            case "[" -> "]";
            default -> "}";
        };
    }

    private String unexpected(Token offending, Token previous, Recognizer<?, ?> recognizer) {
        IntervalSet expected = recognizer instanceof Parser parser ? parser.getExpectedTokens() : new IntervalSet();
        String owner = expected.contains(LMathParser.LBRACE) && recognizer instanceof Parser parser
                ? blockOwner(parser.getContext()) : null;
        Token beforePrevious = previous == null ? null : previousToken(previous);
        return new Mistake(offending, previous, beforePrevious, nextToken(offending), expected, owner, origin != null).message();
    }

    /** The statement whose block should start here ('if', 'while', 'for', 'def', 'test'), or null. */
    private static String blockOwner(ParserRuleContext context) {
        for (ParserRuleContext rule = context; rule != null; rule = rule.getParent()) {
            if (rule instanceof LMathParser.IfStatementContext) return "if";
            if (rule instanceof LMathParser.WhileStatementContext) return "while";
            if (rule instanceof LMathParser.ForStatementContext) return "for";
            if (rule instanceof LMathParser.DefStatementContext) return "def";
            if (rule instanceof LMathParser.TestStatementContext) return "test";
            if (rule instanceof LMathParser.ExprContext || rule instanceof LMathParser.StatementListContext) return null;
        }
        return null;
    }

    /** An operand ends one line and the next line starts something new: a statement, it seems. */
    private static boolean looksLikeNewStatement(Token offending, Token previous) {
        return previous != null && offending.getLine() > previous.getLine()
                && Mistake.OPERAND_ENDS.contains(previous.getType())
                && (Mistake.OPERAND_STARTS.contains(offending.getType()) || Mistake.isKeyword(offending.getType()));
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

    private Token nextToken(Token token) {
        int index = Math.min(token.getTokenIndex() + 1, tokens.size() - 1);
        return tokens.get(index);
    }

    private Position position(Token token) {
        return position(token.getLine(), token.getCharPositionInLine());
    }

    /** Where a token is, in the whole source (also for errors found outside this listener). */
    Position positionOf(Token token) {
        return position(token);
    }

    private Position position(int line, int charPositionInLine) {
        if (origin == null) return new Position(source, line, charPositionInLine + 1);
        int column = charPositionInLine + (line == 1 ? origin.column() : 1);
        return new Position(source, line + origin.line() - 1, column);
    }
}
