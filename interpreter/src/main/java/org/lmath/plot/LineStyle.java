package org.lmath.plot;

import java.awt.BasicStroke;
import java.awt.Color;

import org.lmath.error.LMathError;

/**
 * matplotlib's short style strings: an optional colour letter, line and marker in any order,
 * e.g. "r--" (red dashed), "o-" (circles joined by a line), "b:" (blue dotted), "g^" (green
 * triangles, no line). A marker without a line draws markers only, as in matplotlib.
 *
 * @param color  the colour asked for, or null for the next in the axes' cycle
 * @param line   the line, or null for no line
 * @param marker the marker, or null for none
 */
public record LineStyle(Color color, Line line, Marker marker) {

    /** Line kinds, by their text in a style string. */
    public enum Line {
        SOLID("-"), DASHED("--"), DOTTED(":"), DASH_DOT("-.");

        final String text;

        Line(String text) {
            this.text = text;
        }

        /** The stroke for this line at the given width. */
        public BasicStroke stroke(float width) {
            float[] dashes = switch (this) {
                case SOLID -> null;
                case DASHED -> new float[] {3.7f * width, 1.6f * width};
                case DOTTED -> new float[] {1f * width, 1.65f * width};
                case DASH_DOT -> new float[] {6.4f * width, 1.6f * width, 1f * width, 1.6f * width};
            };
            return new BasicStroke(width, dashes == null ? BasicStroke.CAP_ROUND : BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dashes, 0f);
        }
    }

    /** Marker kinds, by their character in a style string. */
    public enum Marker {
        POINT('.'), CIRCLE('o'), SQUARE('s'), TRIANGLE_UP('^'), TRIANGLE_DOWN('v'), DIAMOND('D'), PLUS('+'), CROSS('x');

        final char symbol;

        Marker(char symbol) {
            this.symbol = symbol;
        }

        static Marker of(char symbol) {
            if (symbol == 'd') return DIAMOND;
            for (Marker marker : values()) if (marker.symbol == symbol) return marker;
            return null;
        }
    }

    /** A plain line in the next colour of the cycle. */
    public static final LineStyle DEFAULT = new LineStyle(null, Line.SOLID, null);

    /** Markers only, in the next colour of the cycle (scatter's default). */
    public static final LineStyle POINTS = new LineStyle(null, null, Marker.CIRCLE);

    /** Reads a style string; function names the builtin for the error message. */
    public static LineStyle parse(String text, String function) {
        Color color = null;
        Line line = null;
        Marker marker = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '-' || c == ':') {
                String rest = text.substring(i);
                Line found = rest.startsWith("--") ? Line.DASHED : rest.startsWith("-.") ? Line.DASH_DOT : c == ':' ? Line.DOTTED : Line.SOLID;
                if (line != null) throw unknown(text, function, "it gives the line twice");
                line = found;
                i += found.text.length();
                continue;
            }
            if (c == 'C' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
                if (color != null) throw unknown(text, function, "it gives the colour twice");
                color = Palette.cycle(text.charAt(i + 1) - '0');
                i += 2;
                continue;
            }
            Color letter = Palette.letter(c);
            Marker symbol = Marker.of(c);
            if (letter != null) {
                if (color != null) throw unknown(text, function, "it gives the colour twice");
                color = letter;
            } else if (symbol != null) {
                if (marker != null) throw unknown(text, function, "it gives the marker twice");
                marker = symbol;
            } else {
                throw unknown(text, function, "'" + c + "' is not a colour (" + String.join(" ", Palette.LETTERS.split(""))
                        + " C0-C9), a line (- -- : -.) or a marker (. o s ^ v D + x)");
            }
            i++;
        }
        if (line == null && marker == null) line = Line.SOLID;
        return new LineStyle(color, line, marker);
    }

    private static LMathError unknown(String text, String function, String why) {
        return new LMathError(function + "(): unknown style \"" + text + "\": " + why);
    }

    /** This style with a colour: its own if it named one, else the given one. */
    public LineStyle colored(Color fallback) {
        return color != null ? this : new LineStyle(fallback, line, marker);
    }
}
