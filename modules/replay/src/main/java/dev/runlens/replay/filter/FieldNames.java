package dev.runlens.replay.filter;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The message for an unknown field name, with the closest known name when one is close. */
final class FieldNames {
    private FieldNames() {}

    static String unknown(String name) {
        String closest = closest(name.toLowerCase(Locale.ROOT));
        if (closest != null) return "unknown field '" + name + "'; did you mean '" + closest + "'?";
        return "unknown field '" + name + "'; fields are "
                + Arrays.stream(Field.values()).map(Field::canonicalName).collect(Collectors.joining(", "));
    }

    /**
     * The known name within edit distance 2 (1 for names of up to 4 characters; a swap of two
     * neighbours counts 1), nearest first; else the only name {@code typed} is a prefix of.
     */
    static String closest(String typed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : Field.allNames()) {
            int d = distance(typed, known);
            if (d < bestDistance) {
                best = known;
                bestDistance = d;
            }
        }
        int allowed = typed.length() <= 4 ? 1 : 2;
        if (bestDistance <= allowed) return best;
        String prefixOf = null;
        for (String known : Field.allNames()) {
            if (typed.length() >= 2 && known.startsWith(typed)) {
                if (prefixOf != null) return null;
                prefixOf = known;
            }
        }
        return prefixOf;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
    static int distance(String a, String b) {
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
