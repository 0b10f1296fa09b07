package org.lmath.parse;

/** String literal text to its value: drops the quotes and undoes the escapes. */
final class Strings {

    private Strings() {}

    /** "a\tb" (with quotes, optionally with the f prefix) to its value. */
    static String unquote(String literal) {
        int start = literal.startsWith("f") ? 2 : 1;
        return unescape(literal.substring(start, literal.length() - 1));
    }

    /** Undoes \n \t \" \\; any other backslash pair is kept as written, as Python does. */
    static String unescape(String body) {
        if (body.indexOf('\\') < 0) return body;
        StringBuilder text = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 == body.length()) {
                text.append(c);
                continue;
            }
            char next = body.charAt(++i);
            switch (next) {
                case 'n' -> text.append('\n');
                case 't' -> text.append('\t');
                case '"' -> text.append('"');
                case '\\' -> text.append('\\');
                default -> text.append('\\').append(next);
            }
        }
        return text.toString();
    }
}
