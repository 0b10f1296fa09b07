package org.lmath.parse;

import java.util.ArrayList;
import java.util.List;

import org.antlr.v4.runtime.Token;
import org.lmath.ast.Expr;
import org.lmath.ast.Position;
import org.lmath.error.SyntaxError;

/**
 * Splits an f-string into literal text and `{expression:spec}` parts. Each expression is parsed
 * by the same parser as the rest of the program, placed at its real line and column so that an
 * error inside the braces points at the right character.
 */
final class FormattedStrings {

    private FormattedStrings() {}

    static Expr.FormattedString parse(Token token, AstBuilder builder) {
        Position start = builder.position(token);
        String literal = token.getText();
        String body = literal.substring(2, literal.length() - 1);
        int bodyColumn = start.column() + 2;
        List<Expr.FormattedString.Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < body.length() && body.charAt(i + 1) == c) {
                text.append(c);
                i += 2;
            } else if (c == '}') {
                throw new SyntaxError(at(start, bodyColumn + i),
                        "single '}' in an f-string: write '}}' for a literal brace", false);
            } else if (c == '{') {
                int close = closingBrace(body, i, start, bodyColumn);
                if (text.length() > 0) parts.add(new Expr.FormattedString.Part(Strings.unescape(text.toString()), null, null));
                text.setLength(0);
                parts.add(interpolation(body.substring(i + 1, close), at(start, bodyColumn + i + 1), builder));
                i = close + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        if (text.length() > 0) parts.add(new Expr.FormattedString.Part(Strings.unescape(text.toString()), null, null));
        return new Expr.FormattedString(start, parts);
    }

    private static Expr.FormattedString.Part interpolation(String inside, Position where, AstBuilder builder) {
        int colon = topLevelColon(inside);
        String expressionText = colon < 0 ? inside : inside.substring(0, colon);
        String spec = colon < 0 ? null : inside.substring(colon + 1);
        if (expressionText.isBlank()) {
            throw new SyntaxError(where, "empty '{}' in an f-string: put an expression inside, like {x}", false);
        }
        Expr expression = SourceParser.parseFragment(builder.source(), Strings.unescape(expressionText), where);
        return new Expr.FormattedString.Part(null, expression, spec);
    }

    private static int closingBrace(String body, int open, Position start, int bodyColumn) {
        int depth = 0;
        boolean inString = false;
        for (int i = open + 1; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && inString) { i++; continue; }
            if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '"') { inString = !inString; i++; continue; }
            if (inString) continue;
            if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']') depth--;
            else if (c == '}') {
                if (depth == 0) return i;
                depth--;
            }
        }
        throw new SyntaxError(at(start, bodyColumn + open), "'{' in an f-string is not closed: add '}' after the expression", false);
    }

    /** The ':' that starts the format spec: the first one outside brackets. */
    private static int topLevelColon(String inside) {
        int depth = 0;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}') depth--;
            else if (c == ':' && depth == 0) return i;
        }
        return -1;
    }

    private static Position at(Position start, int column) {
        return new Position(start.source(), start.line(), column);
    }
}
