package org.lmath.plot;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.lmath.error.LMathError;

/**
 * The colours color= accepts, as matplotlib spells them: a base letter ("r"), a cycle colour
 * ("C0" to "C9"), a tab10 name ("tab:orange"), a common CSS name ("orange", "gray"), a hex code
 * ("#1f77b4", "#f80"), or a grey level as a string ("0.5").
 */
public final class ColorNames {

    private ColorNames() {}

    private static final Map<String, Color> NAMES = new LinkedHashMap<>();

    static {
        String[] tab = {"blue", "orange", "green", "red", "purple", "brown", "pink", "gray", "olive", "cyan"};
        for (int i = 0; i < tab.length; i++) NAMES.put("tab:" + tab[i], Palette.CYCLE[i]);
        NAMES.put("tab:grey", Palette.CYCLE[7]);
        int[][] css = {
            {0x000000}, {0xffffff}, {0xff0000}, {0x008000}, {0x0000ff}, {0xffa500}, {0x800080}, {0xa52a2a}, {0xffc0cb}, {0x808080},
            {0x808080}, {0xd3d3d3}, {0xd3d3d3}, {0xa9a9a9}, {0xa9a9a9}, {0x808000}, {0x00ffff}, {0xff00ff}, {0xffff00}, {0x000080},
            {0x008080}, {0x800000}, {0xffd700}, {0x4b0082}, {0xee82ee}, {0xadd8e6}, {0x90ee90}, {0x00008b}, {0x006400}, {0x8b0000},
            {0xff7f50}, {0xfa8072}, {0x4682b4}, {0xff6347}, {0x40e0d0}, {0x87ceeb}, {0x32cd32}, {0xdc143c}, {0x1e90ff}, {0x2e8b57},
        };
        String[] cssNames = {
            "black", "white", "red", "green", "blue", "orange", "purple", "brown", "pink", "gray",
            "grey", "lightgray", "lightgrey", "darkgray", "darkgrey", "olive", "cyan", "magenta", "yellow", "navy",
            "teal", "maroon", "gold", "indigo", "violet", "lightblue", "lightgreen", "darkblue", "darkgreen", "darkred",
            "coral", "salmon", "steelblue", "tomato", "turquoise", "skyblue", "limegreen", "crimson", "dodgerblue", "seagreen",
        };
        for (int i = 0; i < cssNames.length; i++) NAMES.put(cssNames[i], new Color(css[i][0]));
    }

    /** The colour text names; function names the builtin for the error message. */
    public static Color parse(String text, String function) {
        String name = text.strip().toLowerCase(Locale.ROOT);
        if (name.length() == 1 && Palette.letter(name.charAt(0)) != null) return Palette.letter(name.charAt(0));
        if (name.matches("c[0-9]")) return Palette.cycle(name.charAt(1) - '0');
        if (name.matches("#[0-9a-f]{6}")) return new Color(Integer.parseInt(name.substring(1), 16));
        if (name.matches("#[0-9a-f]{3}")) {
            int r = Character.digit(name.charAt(1), 16), g = Character.digit(name.charAt(2), 16), b = Character.digit(name.charAt(3), 16);
            return new Color(r * 17, g * 17, b * 17);
        }
        if (name.matches("(0(\\.\\d*)?|1(\\.0*)?)")) {
            int level = (int) Math.round(Double.parseDouble(name) * 255);
            return new Color(level, level, level);
        }
        Color named = NAMES.get(name);
        if (named != null) return named;
        throw new LMathError(function + "(): unknown colour \"" + text + "\": use a letter (" + String.join(" ", Palette.LETTERS.split(""))
                + "), C0-C9, a name such as \"orange\", \"tab:blue\" or \"gray\", or a hex code such as \"#1f77b4\"");
    }
}
