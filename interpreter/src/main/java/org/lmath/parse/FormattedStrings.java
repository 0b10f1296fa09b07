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
        List<Expr.FormattedString.Part> parts = new ArrayList<>();
        for (Piece piece : pieces(token.getText(), start)) {
            if (piece.field() == null) {
                parts.add(new Expr.FormattedString.Part(Strings.unescape(piece.text()), null, null, false));
            } else {
                String label = selfDocumentingLabel(piece.field());
                if (label != null) parts.add(new Expr.FormattedString.Part(label, null, null, false));
                parts.add(interpolation(piece.field(), at(start, piece.column()), builder, label != null));
            }
        }
        return new Expr.FormattedString(start, parts);
    }

    /**
     * Reports a misplaced brace in an f-string literal starting at start, if it has one. The
     * parser facade asks when the parse fails right after an f-string: a '{' that is never closed
     * makes the lexer end the f-string early, and the brace is the mistake worth reporting.
     */
    static void checkBraces(String literal, Position start) {
        pieces(literal, start);
    }

    /** Literal text (field == null) or the inside of one {field}, starting at column. */
    private record Piece(String text, String field, int column) {}

    private static List<Piece> pieces(String literal, Position start) {
        String body = literal.substring(2, literal.length() - 1);
        int bodyColumn = start.column() + 2;
        List<Piece> pieces = new ArrayList<>();
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
                if (text.length() > 0) pieces.add(new Piece(text.toString(), null, 0));
                text.setLength(0);
                pieces.add(new Piece(null, body.substring(i + 1, close), bodyColumn + i + 1));
                i = close + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        if (text.length() > 0) pieces.add(new Piece(text.toString(), null, 0));
        return pieces;
    }

    /**
     * Python 3.8's f"{x=}" and f"{x = :.3f}": the expression's text up to and including the '='
     * (spaces kept) is printed before the value. Null when the field is not of that form.
     */
    private static String selfDocumentingLabel(String inside) {
        int colon = topLevelColon(inside);
        String expressionText = (colon < 0 ? inside : inside.substring(0, colon)).stripTrailing();
        if (!expressionText.endsWith("=") || expressionText.length() < 2) return null;
        char before = expressionText.charAt(expressionText.length() - 2);
        if ("=!<>".indexOf(before) >= 0) return null;  // x == y, x != y, x <= y, x >= y are comparisons
        return colon < 0 ? inside : inside.substring(0, colon);
    }

    private static Expr.FormattedString.Part interpolation(String inside, Position where, AstBuilder builder, boolean labelled) {
        int colon = topLevelColon(inside);
        String expressionText = colon < 0 ? inside : inside.substring(0, colon);
        if (labelled) expressionText = expressionText.substring(0, expressionText.lastIndexOf('='));
        String spec = colon < 0 ? null : inside.substring(colon + 1);
        if (expressionText.isBlank()) {
            throw new SyntaxError(where, "empty '{}' in an f-string: put an expression inside, like {x}", false);
        }
        Expr expression = SourceParser.parseFragment(builder.source(), code(expressionText), where);
        return new Expr.FormattedString.Part(null, expression, spec, labelled);
    }

    /**
     * The expression inside braces is code as written (f"{"yes" if ok else "no"}"). The older
     * spelling with escaped quotes, f"{\"yes\" if ok else \"no\"}", is read the same way when it
     * is the only kind of quote used.
     */
    private static String code(String expressionText) {
        boolean onlyEscapedQuotes = expressionText.replace("\\\"", "").indexOf('"') < 0;
        return onlyEscapedQuotes ? expressionText.replace("\\\"", "\"") : expressionText;
    }

    private static int closingBrace(String body, int open, Position start, int bodyColumn) {
        int depth = 0;
        for (int i = open + 1; i < body.length(); i++) {
            char c = body.charAt(i);
            if (startsString(body, i)) {
                i = endOfString(body, i);
                if (i < 0) break;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == '}') {
                if (depth == 0) return i;
                depth--;
            }
        }
        throw new SyntaxError(at(start, bodyColumn + open), "'{' in an f-string is not closed: add '}' after the expression", false);
    }

    /** The ':' that starts the format spec: the first one outside brackets and strings. */
    private static int topLevelColon(String inside) {
        int depth = 0;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            if (startsString(inside, i)) {
                i = endOfString(inside, i);
                if (i < 0) return -1;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ':' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** A string inside braces starts with '"' or, in the older spelling, with '\"'. */
    private static boolean startsString(String text, int i) {
        return text.charAt(i) == '"' || (text.charAt(i) == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '"');
    }

    /** The index of the last character of the string starting at i, or -1 if it never ends. */
    private static int endOfString(String text, int i) {
        boolean escapedQuotes = text.charAt(i) == '\\';
        for (int j = escapedQuotes ? i + 2 : i + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (escapedQuotes && c == '\\' && j + 1 < text.length() && text.charAt(j + 1) == '"') return j + 1;
            if (c == '\\') j++;
            else if (!escapedQuotes && c == '"') return j;
        }
        return -1;
    }

    private static Position at(Position start, int column) {
        return new Position(start.source(), start.line(), column);
    }
}
