package org.lmath.plot;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lmath.error.LMathError;

/**
 * Colours: matplotlib's tab10 cycle for series, its one-letter base colours for style strings,
 * and a few colour maps (interpolated between anchor colours) for heatmaps and contours.
 */
public final class Palette {

    private Palette() {}

    /** matplotlib's default cycle (tab10): each new series of an axes takes the next. */
    public static final Color[] CYCLE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf),
    };

    /** The colour of series number index (0-based) of an axes. */
    public static Color cycle(int index) {
        return CYCLE[Math.floorMod(index, CYCLE.length)];
    }

    /** matplotlib's base colours, by their letter in a style string. */
    static Color letter(char letter) {
        return switch (letter) {
            case 'b' -> new Color(0, 0, 255);
            case 'g' -> new Color(0, 128, 0);
            case 'r' -> new Color(255, 0, 0);
            case 'c' -> new Color(0, 191, 191);
            case 'm' -> new Color(191, 0, 191);
            case 'y' -> new Color(191, 191, 0);
            case 'k' -> Color.BLACK;
            case 'w' -> Color.WHITE;
            default -> null;
        };
    }

    static final String LETTERS = "bgrcmykw";

    private static final Map<String, int[]> MAPS = new LinkedHashMap<>();

    static {
        // Anchor colours sampled from matplotlib's maps at evenly spaced points.
        MAPS.put("viridis", new int[] {0x440154, 0x482878, 0x3e4989, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779, 0x6ece58, 0xb5de2b, 0xfde725});
        MAPS.put("magma", new int[] {0x000004, 0x180f3d, 0x440f76, 0x721f81, 0x9e2f7f, 0xcd4071, 0xf1605d, 0xfd9668, 0xfeca8d, 0xfcfdbf});
        MAPS.put("blues", new int[] {0xf7fbff, 0xdeebf7, 0xc6dbef, 0x9ecae1, 0x6baed6, 0x4292c6, 0x2171b5, 0x08519c, 0x08306b});
        MAPS.put("greys", new int[] {0xffffff, 0xf0f0f0, 0xd9d9d9, 0xbdbdbd, 0x969696, 0x737373, 0x525252, 0x252525, 0x000000});
        MAPS.put("coolwarm", new int[] {0x3b4cc0, 0x6788ee, 0x9abbff, 0xc9d7f0, 0xedd1c2, 0xf7a889, 0xe26952, 0xb40426});
        MAPS.put("plasma", new int[] {0x0d0887, 0x46039f, 0x7201a8, 0x9c179e, 0xbd3786, 0xd8576b, 0xed7953, 0xfb9f3a, 0xfdca26, 0xf0f921});
        MAPS.put("inferno", new int[] {0x000004, 0x1b0c41, 0x4a0c6b, 0x781c6d, 0xa52c60, 0xcf4446, 0xed6925, 0xfb9b06, 0xf7d13d, 0xfcffa4});
        MAPS.put("gray", new int[] {0x000000, 0xffffff});
        // ColorBrewer's sequential and diverging schemes (nine or eleven classes), which matplotlib's maps of these names interpolate.
        MAPS.put("reds", new int[] {0xfff5f0, 0xfee0d2, 0xfcbba1, 0xfc9272, 0xfb6a4a, 0xef3b2c, 0xcb181d, 0xa50f15, 0x67000d});
        MAPS.put("greens", new int[] {0xf7fcf5, 0xe5f5e0, 0xc7e9c0, 0xa1d99b, 0x74c476, 0x41ab5d, 0x238b45, 0x006d2c, 0x00441b});
        MAPS.put("oranges", new int[] {0xfff5eb, 0xfee6ce, 0xfdd0a2, 0xfdae6b, 0xfd8d3c, 0xf16913, 0xd94801, 0xa63603, 0x7f2704});
        MAPS.put("purples", new int[] {0xfcfbfd, 0xefedf5, 0xdadaeb, 0xbcbddc, 0x9e9ac8, 0x807dba, 0x6a51a3, 0x54278f, 0x3f007d});
        MAPS.put("ylorrd", new int[] {0xffffcc, 0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c, 0xfc4e2a, 0xe31a1c, 0xbd0026, 0x800026});
        MAPS.put("ylgnbu", new int[] {0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x253494, 0x081d58});
        MAPS.put("rdbu", new int[] {0x67001f, 0xb2182b, 0xd6604d, 0xf4a582, 0xfddbc7, 0xf7f7f7, 0xd1e5f0, 0x92c5de, 0x4393c3, 0x2166ac, 0x053061});
        MAPS.put("rdylgn", new int[] {0xa50026, 0xd73027, 0xf46d43, 0xfdae61, 0xfee08b, 0xffffbf, 0xd9ef8b, 0xa6d96a, 0x66bd63, 0x1a9850, 0x006837});
    }

    /** The names colour maps may be asked for by (as matplotlib spells them), for messages and docs. */
    public static String mapNames() {
        return "viridis, plasma, inferno, magma, coolwarm, Blues, Greens, Reds, Oranges, Purples, Greys, gray, YlOrRd, YlGnBu, RdBu, RdYlGn"
                + " (any of them reversed with _r, e.g. Blues_r)";
    }

    /** The anchor colours of a colour map, low to high; an unknown name is an error that lists the known ones. */
    public static Color[] map(String name, String function) {
        String key = name.toLowerCase(java.util.Locale.ROOT);
        boolean reversed = key.endsWith("_r");
        int[] anchors = MAPS.get(reversed ? key.substring(0, key.length() - 2) : key);
        if (anchors == null) {
            throw new LMathError(function + "(): unknown colour map \"" + name + "\": use one of " + mapNames());
        }
        Color[] colors = new Color[anchors.length];
        for (int i = 0; i < anchors.length; i++) colors[reversed ? anchors.length - 1 - i : i] = new Color(anchors[i]);
        return colors;
    }

    /** The colour at fraction t (0 = low, 1 = high) of a map given by its anchors. */
    public static Color at(Color[] anchors, double t) {
        if (Double.isNaN(t)) t = 0;
        double scaled = Math.max(0, Math.min(1, t)) * (anchors.length - 1);
        int low = (int) Math.min(Math.floor(scaled), anchors.length - 2);
        double f = scaled - low;
        Color a = anchors[low], b = anchors[low + 1];
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    /** Black or white, whichever reads better on the background (by perceived brightness). */
    public static Color textOn(Color background) {
        double luminance = 0.299 * background.getRed() + 0.587 * background.getGreen() + 0.114 * background.getBlue();
        return luminance > 140 ? new Color(0x222222) : Color.WHITE;
    }

    /** The lowest and highest finite value of a matrix, the ends its colour map spans (NaN cells are gaps). */
    public static double[] range(double[][] values) {
        double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double value : row) {
                if (!Double.isFinite(value)) continue;
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        return new double[] {low, high};
    }
}
