package org.lmath.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

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
 * there (no error recovery: the first error is the one worth reading). The messages look at the
 * tokens around the mistake to say what was meant where that is clear: a missing operator, a
 * Python habit (':' before a block, elif, &&), a bracket left open on an earlier line.
 */
final class SyntaxErrorListener extends BaseErrorListener {

    /** Tokens that can end an operand: after one of these, another operand needs an operator first. */
    private static final Set<Integer> OPERAND_ENDS = Set.of(LMathParser.NUMBER, LMathParser.NAME, LMathParser.STRING,
            LMathParser.FSTRING, LMathParser.RPAREN, LMathParser.RBRACKET, LMathParser.TRUE, LMathParser.FALSE,
            LMathParser.NONE);

    /** Tokens that can start an operand. */
    private static final Set<Integer> OPERAND_STARTS = Set.of(LMathParser.NUMBER, LMathParser.NAME, LMathParser.STRING,
            LMathParser.FSTRING, LMathParser.LPAREN, LMathParser.LBRACKET, LMathParser.TRUE, LMathParser.FALSE,
            LMathParser.NONE);

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
            case "&" -> ": lmath writes 'and'";
            case "|" -> ": lmath writes 'or'";
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

    /** The message for a token the grammar does not allow here, from the most specific to the most general. */
    private String unexpected(Token offending, Token previous, Recognizer<?, ?> recognizer) {
        IntervalSet expected = recognizer instanceof Parser parser ? parser.getExpectedTokens() : new IntervalSet();
        int type = offending.getType();
        String found = describe(offending);
        int previousType = previous == null ? Token.INVALID_TYPE : previous.getType();
        if (type == LMathParser.NAME && previousType == LMathParser.NUMBER
                && previous.getStopIndex() + 1 == offending.getStartIndex()) {
            return "unexpected name '" + offending.getText() + "' right after the number " + previous.getText()
                    + ": write " + previous.getText() + " * " + offending.getText() + " to multiply";
        }
        if (isName(offending, "elif") || isName(previous, "elif")) {
            return "lmath has no 'elif': write 'else if'";
        }
        String owner = expected.contains(LMathParser.LBRACE) && recognizer instanceof Parser parser
                ? blockOwner(parser.getContext()) : null;
        boolean afterOperand = OPERAND_ENDS.contains(previousType);
        if (type == LMathParser.ASSIGN && afterOperand && !"def".equals(owner) && !"for".equals(owner)) {
            return "unexpected '=': '=' gives a name a value; to compare two values write '=='";
        }
        if (owner != null) {
            if (previousType == LMathParser.ELSE) owner = "else";
            String hint = "";
            if (type == LMathParser.COLON) hint = " (lmath puts a block in braces, not after ':')";
            if (type == LMathParser.ASSIGN && owner.equals("def")) hint = " (a one-line function is written without def: f(x) = x^2)";
            return "expected '{' to start the block of '" + owner + "', found " + found + hint;
        }
        if (previousType == LMathParser.IMPORT) {
            return "expected a module name or a file name in quotes after 'import', found " + found;
        }
        if (type == LMathParser.NUMBER && offending.getText().startsWith(".") && afterOperand
                && previous.getStopIndex() + 1 == offending.getStartIndex()) {
            return "expected a name after '.', found " + offending.getText().substring(1);
        }
        if (type == LMathParser.ELSE && !expected.contains(LMathParser.ELSE)) {
            return "'else' without an 'if': 'else' goes right after the '}' that ends an if block";
        }
        if (type == LMathParser.ASSIGN && isKeyword(previousType)) {
            return "'" + previous.getText() + "' is a keyword, so it cannot be used as a name";
        }
        if (isKeyword(type) && previous != null && expected.contains(LMathParser.NAME) && !expectsExpression(expected)) {
            return "expected a name after '" + previous.getText() + "', found the keyword '" + offending.getText() + "'";
        }
        if (isKeyword(type) && nextToken(offending).getType() == LMathParser.ASSIGN) {
            return "'" + offending.getText() + "' is a keyword, so it cannot be used as a name";
        }
        if (OPERAND_STARTS.contains(type) && afterOperand) {
            return "unexpected " + found + " after " + describe(previous) + ": is a ',' or an operator missing between them?";
        }
        if (type == LMathParser.COMMA && previousType == LMathParser.COMMA) {
            return "two commas in a row: put a value between them or remove one";
        }
        if (expectsExpression(expected) && !OPERAND_STARTS.contains(type) && previous != null) {
            if (isIncrement(previous)) {
                return "lmath has no '" + previous.getText() + previous.getText() + "': write x "
                        + previous.getText() + "= 1";
            }
            return "expected an expression after " + describe(previous) + ", found " + found;
        }
        String words = expectedWords(expected);
        return words.isEmpty() ? "did not expect " + found + " here" : "expected " + words + ", found " + found;
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

    private static boolean expectsExpression(IntervalSet expected) {
        return expected.contains(LMathParser.NAME) && expected.contains(LMathParser.NUMBER);
    }

    /** x++ reaches the parser as x, '+', '+' and then the end of the line. */
    private boolean isIncrement(Token previous) {
        int type = previous.getType();
        if (type != LMathParser.PLUS && type != LMathParser.MINUS) return false;
        Token before = previousToken(previous);
        return before != null && before.getType() == type && before.getStopIndex() + 1 == previous.getStartIndex();
    }

    private static boolean isKeyword(int type) {
        return type >= LMathParser.DEF && type <= LMathParser.NONE;
    }

    private static boolean isName(Token token, String name) {
        return token != null && token.getType() == LMathParser.NAME && token.getText().equals(name);
    }

    /** The expected tokens in words; any expression start collapses to "an expression". */
    private static String expectedWords(IntervalSet expected) {
        List<String> words = new ArrayList<>();
        if (expectsExpression(expected)) words.add("an expression");
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

    private String describe(Token token) {
        return switch (token.getType()) {
            // A fragment is the inside of an f-string's braces: it ends at the closing '}'.
            case Token.EOF -> origin == null ? "the end of the input" : "the '}' that ends the f-string field";
            case LMathParser.NEWLINE -> "the end of the line";
            case LMathParser.NUMBER -> "number " + token.getText();
            case LMathParser.NAME -> "name '" + token.getText() + "'";
            case LMathParser.STRING, LMathParser.FSTRING -> "string " + token.getText();
            default -> isKeyword(token.getType()) ? "keyword '" + token.getText() + "'" : "'" + token.getText() + "'";
        };
    }

    /** An operand ends one line and the next line starts something new: a statement, it seems. */
    private static boolean looksLikeNewStatement(Token offending, Token previous) {
        return previous != null && offending.getLine() > previous.getLine() && OPERAND_ENDS.contains(previous.getType())
                && (OPERAND_STARTS.contains(offending.getType()) || isKeyword(offending.getType()));
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

    private Position position(int line, int charPositionInLine) {
        if (origin == null) return new Position(source, line, charPositionInLine + 1);
        int column = charPositionInLine + (line == 1 ? origin.column() : 1);
        return new Position(source, line + origin.line() - 1, column);
    }
}
