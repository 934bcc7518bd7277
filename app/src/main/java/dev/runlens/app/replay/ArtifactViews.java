package dev.runlens.app.replay;

import dev.runlens.app.ui.PlainText;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.json.PrettyJson;
import dev.runlens.replay.ArtifactCheck;
import dev.runlens.replay.ArtifactState;
import dev.runlens.replay.ArtifactVersion;
import dev.runlens.replay.JsonChange;
import dev.runlens.replay.JsonChanges;
import dev.runlens.replay.PatchOutcome;
import dev.runlens.replay.Replay;
import dev.runlens.replay.RunState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** The artifact list and the shown artifact's detail at one cursor position. Pure; runs off the FX thread. */
final class ArtifactViews {
    private ArtifactViews() {}

    static List<ArtifactRow> rows(Replay replay, RunState state) {
        List<ArtifactRow> rows = new ArrayList<>();
        for (ArtifactState s : state.artifacts().values()) {
            ArtifactVersion current = replay.latestArtifactVersion(s.artifactKey(), state.position()).orElseThrow();
            rows.add(new ArtifactRow(s.artifactKey(), s.version(), PlainText.of(s.typeId()),
                    s.origin().name().toLowerCase(Locale.ROOT), current.index() == state.position() - 1,
                    warning(replay, current)));
        }
        return rows;
    }

    /** {@code wanted} when the state has it, else the artifact changed last (none when there are no artifacts). */
    static Optional<String> shown(Replay replay, RunState state, String wanted) {
        if (wanted != null && state.artifacts().containsKey(wanted)) return Optional.of(wanted);
        return state.artifacts().keySet().stream().max(Comparator.comparingInt(k -> lastIndex(replay, k, state)));
    }

    private static int lastIndex(Replay replay, String key, RunState state) {
        return replay.latestArtifactVersion(key, state.position()).map(ArtifactVersion::index).orElse(-1);
    }

    static ArtifactDetail detail(Replay replay, RunState state, Optional<String> key, OptionalInt compareIndex) {
        if (key.isEmpty()) return ArtifactDetail.NONE;
        List<ArtifactVersion> versions = replay.artifactVersions(key.get(), state.position());
        ArtifactVersion current = versions.get(versions.size() - 1);
        List<VersionChoice> choices = new ArrayList<>();
        for (ArtifactVersion v : versions.subList(0, versions.size() - 1)) choices.add(choice(v));
        Optional<VersionChoice> compared = choices.stream()
                .filter(c -> compareIndex.isPresent() && c.index() == compareIndex.getAsInt()).findFirst()
                .or(() -> choices.isEmpty() ? Optional.empty() : Optional.of(choices.get(choices.size() - 1)));
        Optional<ArtifactVersion> base = compared.flatMap(c -> versions.stream().filter(v -> v.index() == c.index()).findFirst());

        List<String> notes = new ArrayList<>();
        String warning = warning(replay, current);
        if (!warning.isEmpty()) notes.add("⚠ " + warning);
        if (choices.isEmpty()) notes.add("First version at this point: nothing to compare with.");
        List<String> changes = List.of();
        List<DiffLine> lines = List.of();
        if (base.isPresent()) {
            Optional<JsonValue> from = base.get().state().data();
            Optional<JsonValue> to = current.state().data();
            if (from.isPresent() && to.isPresent()) {
                changes = JsonChanges.between(from.get(), to.get()).stream().map(ArtifactViews::change).toList();
                lines = LineDiff.of(PrettyJson.of(from.get()).lines().toList(), PrettyJson.of(to.get()).lines().toList())
                        .stream().map(l -> new DiffLine(l.kind(), PlainText.of(l.text()))).toList();
                if (changes.isEmpty()) notes.add("No differences between v" + base.get().version() + " and v" + current.version() + ".");
            } else {
                notes.add("v" + (from.isEmpty() ? base.get().version() : current.version())
                        + " has no inline data: nothing to compare.");
            }
        }
        return new ArtifactDetail(key, title(current), data(current.state()), choices, compared, changes, lines,
                String.join("\n", notes));
    }

    private static String title(ArtifactVersion v) {
        ArtifactState s = v.state();
        return String.format(Locale.ROOT, "%s v%d · %s · %s at event %,d", PlainText.of(s.artifactKey()), s.version(),
                PlainText.of(s.typeId()), s.origin().name().toLowerCase(Locale.ROOT), v.index() + 1);
    }

    private static String data(ArtifactState s) {
        if (s.data().isPresent()) return PlainText.block(PrettyJson.of(s.data().get()));
        return s.origin() == ArtifactState.Origin.UNRESOLVED ? "(data unknown: the version could not be rebuilt)"
                : "(no inline data: the artifact is stored outside the bundle)";
    }

    /** {@code v3 · written at event 1,234}; built for every earlier version at each cursor move, so no {@code String.format}. */
    private static VersionChoice choice(ArtifactVersion v) {
        return new VersionChoice(v.index(), v.version(), "v" + v.version() + " · "
                + v.state().origin().name().toLowerCase(Locale.ROOT) + " at event " + grouped(v.index() + 1));
    }

    /** {@code %,d} in {@link Locale#ROOT}: digits in groups of three separated by commas. */
    static String grouped(long n) {
        String all = Long.toString(n);
        String digits = n < 0 ? all.substring(1) : all;
        StringBuilder sb = new StringBuilder(all.length() + digits.length() / 3);
        if (n < 0) sb.append('-');
        int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        sb.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 3) sb.append(',').append(digits, i, i + 3);
        return sb.toString();
    }

    static String change(JsonChange c) {
        String path = c.path().isEmpty() ? "(whole document)" : PlainText.of(c.path());
        return switch (c.op()) {
            case ADD -> "add " + path + ": " + compact(c.value());
            case REMOVE -> "remove " + path + " (was " + compact(c.oldValue()) + ")";
            case REPLACE -> "replace " + path + ": " + compact(c.oldValue()) + " → " + compact(c.value());
        };
    }

    private static String compact(Optional<JsonValue> v) {
        return v.map(x -> PlainText.of(CanonicalJson.toString(x, CanonicalJson.Form.AS_WRITTEN))).orElse("?");
    }

    /**
     * Where replay disagrees with the bundle about this version: its patch did not replay, or (for
     * the artifact's last version in the trace) it differs from the {@code artifacts[]} entry.
     */
    static String warning(Replay replay, ArtifactVersion v) {
        ArtifactState s = v.state();
        if (s.origin() == ArtifactState.Origin.STORED || s.origin() == ArtifactState.Origin.UNRESOLVED) {
            String why = replay.patchOutcomes().stream().filter(o -> o.index() == v.index()).findFirst()
                    .flatMap(PatchOutcome::error).map(e -> " (" + PlainText.of(e) + ")").orElse("");
            String then = s.origin() == ArtifactState.Origin.STORED ? "showing v" + s.version() + " as stored in artifacts[]"
                    : "artifacts[] does not hold v" + s.version() + ": data unknown";
            return String.format(Locale.ROOT, "The patch at event %,d does not replay%s; %s.", v.index() + 1, why, then);
        }
        Optional<ArtifactVersion> last = replay.latestArtifactVersion(s.artifactKey(), replay.size());
        if (last.isEmpty() || last.get().index() != v.index()) return "";
        return replay.artifactChecks().stream().filter(c -> c.artifactKey().equals(s.artifactKey())).findFirst()
                .map(ArtifactViews::disagreement).orElse("");
    }

    private static String disagreement(ArtifactCheck c) {
        return switch (c.verdict()) {
            case DATA_DIFFERS -> "Replayed data differs from artifacts[] v" + c.storedVersion().orElse(-1L) + ".";
            case VERSION_DIFFERS -> "artifacts[] holds v" + c.storedVersion().orElse(-1L) + ", the trace ends at v"
                    + c.replayedVersion().orElse(-1L) + ".";
            case NOT_STORED -> "artifacts[] has no entry for this artifact.";
            case MATCH, REPLAY_FAILED, NOT_IN_TRACE -> "";
        };
    }
}
