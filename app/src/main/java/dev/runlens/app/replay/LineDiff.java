package dev.runlens.app.replay;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff for people: common prefix and suffix first, then a longest common subsequence of
 * the middle (when it is small enough; otherwise the middle is shown removed, then added), and
 * unchanged runs away from any change folded into one {@link DiffLine.Kind#SKIPPED} line.
 */
public final class LineDiff {
    static final int CONTEXT = 3;
    /** Largest middle (lines × lines) compared line by line; bigger ones are shown as replaced wholesale. */
    static final long MAX_CELLS = 2_000_000;

    private LineDiff() {}

    public static List<DiffLine> of(List<String> before, List<String> after) {
        return fold(full(before, after));
    }

    /** Every line, unchanged ones included. */
    static List<DiffLine> full(List<String> a, List<String> b) {
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) start++;
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<DiffLine> out = new ArrayList<>(Math.max(a.size(), b.size()));
        for (int i = 0; i < start; i++) out.add(new DiffLine(DiffLine.Kind.SAME, a.get(i)));
        middle(a.subList(start, endA), b.subList(start, endB), out);
        for (int i = endA; i < a.size(); i++) out.add(new DiffLine(DiffLine.Kind.SAME, a.get(i)));
        return out;
    }

    private static void middle(List<String> a, List<String> b, List<DiffLine> out) {
        int n = a.size();
        int m = b.size();
        if ((long) n * m > MAX_CELLS || n == 0 || m == 0) {
            a.forEach(l -> out.add(new DiffLine(DiffLine.Kind.REMOVED, l)));
            b.forEach(l -> out.add(new DiffLine(DiffLine.Kind.ADDED, l)));
            return;
        }
        int[][] lcs = new int[n + 1][m + 1]; // lcs[i][j]: common lines of a[i..] and b[j..]
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new DiffLine(DiffLine.Kind.SAME, a.get(i++)));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new DiffLine(DiffLine.Kind.REMOVED, a.get(i++)));
            } else {
                out.add(new DiffLine(DiffLine.Kind.ADDED, b.get(j++)));
            }
        }
        while (i < n) out.add(new DiffLine(DiffLine.Kind.REMOVED, a.get(i++)));
        while (j < m) out.add(new DiffLine(DiffLine.Kind.ADDED, b.get(j++)));
    }

    /** Keeps {@link #CONTEXT} unchanged lines around each change and folds longer unchanged runs. */
    static List<DiffLine> fold(List<DiffLine> lines) {
        List<DiffLine> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).kind() != DiffLine.Kind.SAME) {
                out.add(lines.get(i++));
                continue;
            }
            int end = i;
            while (end < lines.size() && lines.get(end).kind() == DiffLine.Kind.SAME) end++;
            int keepHead = i == 0 ? 0 : CONTEXT;
            int keepTail = end == lines.size() ? 0 : CONTEXT;
            if (end - i <= keepHead + keepTail + 1) {
                out.addAll(lines.subList(i, end));
            } else {
                out.addAll(lines.subList(i, i + keepHead));
                int skipped = end - i - keepHead - keepTail;
                out.add(new DiffLine(DiffLine.Kind.SKIPPED, skipped + " unchanged line" + (skipped == 1 ? "" : "s")));
                out.addAll(lines.subList(end - keepTail, end));
            }
            i = end;
        }
        return out;
    }
}
