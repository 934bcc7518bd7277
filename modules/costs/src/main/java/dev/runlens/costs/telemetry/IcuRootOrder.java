package dev.runlens.costs.telemetry;

import java.util.Comparator;

/**
 * {@code String.prototype.localeCompare} as Node 20 answers it under the root / {@code en-US}
 * collation (what the runtime's bucket order uses under {@code LC_ALL=C.UTF-8}), for ASCII: the
 * Unicode Collation Algorithm with non-ignorable punctuation, i.e. first by primary weights (white
 * space, punctuation and symbols in the table below, then digits, then letters regardless of
 * case), then by case (lower before upper) at the first difference. Control characters other than
 * TAB..CR are ignorable. Keys that compare equal keep their first-seen order, as V8's stable sort does.
 *
 * <p>Deviation: characters beyond ASCII are weighed after every ASCII character by code unit,
 * without the accents/contractions of full UCA (all keys in the corpus and samples are ASCII).
 */
final class IcuRootOrder implements Comparator<String> {
    static final IcuRootOrder INSTANCE = new IcuRootOrder();

    /** ASCII punctuation and symbols in root collation order (Node 20, ICU 74), after TAB..CR. */
    private static final String PUNCTUATION = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";
    private static final int[] PRIMARY = new int[128];

    static {
        int w = 1;
        for (char c = 9; c <= 13; c++) PRIMARY[c] = w++;
        for (char c : PUNCTUATION.toCharArray()) PRIMARY[c] = w++;
        for (char c = '0'; c <= '9'; c++) PRIMARY[c] = w++;
        for (char c = 'a'; c <= 'z'; c++) {
            PRIMARY[c] = w;
            PRIMARY[Character.toUpperCase(c)] = w++;
        }
    }

    private IcuRootOrder() {}

    private static int primary(char c) {
        return c < 128 ? PRIMARY[c] : 1000 + c;
    }

    private static int tertiary(char c) {
        return c >= 'A' && c <= 'Z' ? 1 : 0;
    }

    @Override
    public int compare(String a, String b) {
        int byPrimary = compareLevel(a, b, true);
        return byPrimary != 0 ? byPrimary : compareLevel(a, b, false);
    }

    private static int compareLevel(String a, String b, boolean primaryLevel) {
        int i = 0;
        int j = 0;
        while (true) {
            while (i < a.length() && primary(a.charAt(i)) == 0) i++;
            while (j < b.length() && primary(b.charAt(j)) == 0) j++;
            if (i == a.length() || j == b.length()) return Boolean.compare(i < a.length(), j < b.length());
            char x = a.charAt(i++);
            char y = b.charAt(j++);
            int d = primaryLevel ? Integer.compare(primary(x), primary(y)) : Integer.compare(tertiary(x), tertiary(y));
            if (d != 0) return d;
        }
    }
}
