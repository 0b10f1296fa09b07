package org.lmath.parse;

import java.util.List;

import org.antlr.v4.runtime.Token;
import org.lmath.ast.Position;
import org.lmath.ast.Source;
import org.lmath.error.SyntaxError;
import org.lmath.grammar.LMathParser;

/**
 * Refuses brackets and blocks nested deeper than {@link #MAX_DEPTH} before the parser sees them.
 * A parser and an evaluator that recurse on every level cannot take unbounded nesting (ANTLR's
 * prediction and the Java stack both grow with it), and no program a person writes needs more:
 * Python stops at the same depth with "too many nested parentheses". One pass over the tokens.
 */
final class NestingLimit {

    /** Levels of ( [ { that may be open at once; Python's tokenizer allows the same 200. */
    static final int MAX_DEPTH = 200;

    private NestingLimit() {}

    /** origin places a fragment (an f-string expression) inside its source; null for whole files. */
    static void check(List<Token> tokens, Source source, Position origin) {
        int depth = 0;
        for (Token token : tokens) {
            switch (token.getType()) {
                case LMathParser.LPAREN, LMathParser.LBRACKET, LMathParser.LBRACE -> {
                    depth++;
                    if (depth > MAX_DEPTH) throw tooDeep(token, source, origin);
                }
                case LMathParser.RPAREN, LMathParser.RBRACKET, LMathParser.RBRACE -> depth = Math.max(0, depth - 1);
                default -> { }
            }
        }
    }

    private static SyntaxError tooDeep(Token token, Source source, Position origin) {
        String what = switch (token.getType()) {
            case LMathParser.LPAREN -> "parentheses";
            case LMathParser.LBRACKET -> "square brackets";
            default -> "blocks";
        };
        return new SyntaxError(position(token, source, origin), "too many nested " + what + ": this '" + token.getText()
                + "' opens level " + (MAX_DEPTH + 1) + " and the limit is " + MAX_DEPTH
                + " (give the inner parts names of their own)", false);
    }

    private static Position position(Token token, Source source, Position origin) {
        int line = token.getLine();
        int column = token.getCharPositionInLine();
        if (origin == null) return new Position(source, line, column + 1);
        return new Position(source, line + origin.line() - 1, column + (line == 1 ? origin.column() : 1));
    }
}
