package dev.runlens.audit;

import dev.runlens.protocol.json.JsonPath;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Collects findings while the checks run; at most {@link #MAX_PER_CODE} per code, then one summary. */
final class Findings {
    static final int MAX_PER_CODE = 200;

    /** A finding before it is located: {@code path} null when only {@code pathText} is known (or nothing). */
    record Draft(FindingCatalog code, String message, JsonPath path, String pathText, String location, Target target) {}

    private final List<Draft> drafts = new ArrayList<>();
    private final Map<FindingCatalog, Integer> counts = new EnumMap<>(FindingCatalog.class);

    void add(FindingCatalog code, String message, JsonPath path, Target target) {
        add(new Draft(code, message, path, path == null ? "" : path.toString(), "", target));
    }

    void add(Draft d) {
        int n = counts.merge(d.code(), 1, Integer::sum);
        if (n <= MAX_PER_CODE) drafts.add(d);
    }

    /** The drafts, plus one "and N more" line per code over the limit. */
    List<Draft> drafts() {
        List<Draft> out = new ArrayList<>(drafts);
        counts.forEach((code, n) -> {
            if (n > MAX_PER_CODE) {
                out.add(new Draft(code, (n - MAX_PER_CODE) + " more " + code.name() + " findings not listed", null, "", "",
                        Target.NONE));
            }
        });
        return out;
    }
}
