package org.lmath.error;

import java.util.Collection;

/** "did you mean ...?": the known name closest to a misspelled one, when one is close enough. */
public final class Suggestions {

    private Suggestions() {}

    /** The closest candidate by edit distance, or null when none is plausibly what was meant. */
    public static String nearest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        // A one-letter name is too short to guess from: x is no more likely a typo of e than of y.
        int allowed = name.length() == 1 ? 0 : Math.max(1, Math.min(3, name.length() / 3));
        return bestDistance <= allowed ? best : null;
    }

    /** "; did you mean 'softmax'?" or "" — ready to append to a message. */
    public static String didYouMean(String name, Collection<String> candidates) {
        String nearest = nearest(name, candidates);
        return nearest == null ? "" : "; did you mean '" + nearest + "'?";
    }

    /** How far apart two spellings are (case ignored), for choosing the nearest of several candidates. */
    public static int distance(String a, String b) {
        return editDistance(a.toLowerCase(), b.toLowerCase());
    }

    /** Levenshtein distance, counting a swap of two neighbours as one edit. */
    static int editDistance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
