package dev.runlens.app.approvals;

import dev.runlens.app.ui.PlainText;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.json.PrettyJson;
import dev.runlens.protocol.model.WorkflowStep;
import dev.runlens.replay.ArtifactVersion;
import dev.runlens.replay.JsonChange;
import dev.runlens.replay.JsonChanges;
import dev.runlens.replay.Replay;
import dev.runlens.replay.RunState;
import dev.runlens.replay.StepState;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.workbench.Inspection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Builds a {@link GateDetail} from the run's inspection (its replay). Pure; runs off the FX thread. */
final class GateDetails {
    private GateDetails() {}

    static GateDetail of(InboxRow row, Inspection run, Instant now) {
        Replay replay = run.replay().orElseThrow(() -> new IllegalArgumentException("the run cannot be replayed"));
        int index = row.gate().index();
        RunState atRequest = replay.stateAt(index + 1);
        RunState end = replay.finalState();
        String stepId = row.gate().stepId();
        List<GateDetail.Fact> facts = new ArrayList<>();
        facts.add(new GateDetail.Fact("Workflow", row.text().workflow()));
        facts.add(new GateDetail.Fact("Run", row.text().run()));
        facts.add(new GateDetail.Fact("Step", PlainText.of(stepTitle(replay, stepId)) + " — "
                + end.step(stepId).map(StepState::status).map(s -> s.name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("unknown")));
        facts.add(new GateDetail.Fact("Gate", row.gate().gate() + row.gate().reason().map(r -> " — " + PlainText.of(r)).orElse("")));
        facts.add(new GateDetail.Fact("Requested", PlainText.of(row.gate().requestedAt()) + " (event " + (index + 1) + " of "
                + replay.size() + ", " + PlainText.of(row.gate().requestEventId()) + "), waiting " + Inbox.waiting(row.gate().requestedAt(), now)));
        facts.add(new GateDetail.Fact("Cost so far", "run " + Inbox.money(end.spend().total().cost()) + "; this step "
                + Inbox.money(end.spend().step(stepId).cost()) + "; at the request " + Inbox.money(atRequest.spend().total().cost())));
        facts.add(new GateDetail.Fact("Integrity", row.review().integrity()
                + row.whyNot().map(w -> " — cannot be signed: " + PlainText.of(w)).orElse(" — a decision binds to this content")));
        facts.add(new GateDetail.Fact("State", row.text().state()));
        String event = requestEvent(run, index);
        List<GateDetail.Reviewed> artifacts = new ArrayList<>();
        for (DecisionStatement.ReviewedArtifact a : row.gate().reviewed()) artifacts.add(reviewed(replay, index + 1, a));
        return new GateDetail(PlainText.of(stepId) + " · " + row.gate().gate(), facts, event, artifacts, row.whyNot().map(PlainText::of));
    }

    private static String stepTitle(Replay replay, String stepId) {
        return replay.bundle().run().workflowSnapshot().steps().stream().filter(s -> s.id().equals(stepId)).findFirst()
                .flatMap(WorkflowStep::title).map(t -> t + " (" + stepId + ")").orElse(stepId);
    }

    /** The request event as written in the bundle (the normalised tree's {@code trace[index]}), pretty and plain. */
    private static String requestEvent(Inspection run, int index) {
        if (run.bundle().normalizedTree() instanceof JsonValue.Obj o && o.get("trace") instanceof JsonValue.Arr trace && index < trace.size()) {
            return PlainText.block(PrettyJson.of(trace.get(index)));
        }
        return "(not available)";
    }

    private static GateDetail.Reviewed reviewed(Replay replay, int position, DecisionStatement.ReviewedArtifact a) {
        List<ArtifactVersion> versions = replay.artifactVersions(a.artifactKey(), position);
        int at = -1;
        for (int i = 0; i < versions.size(); i++) if (versions.get(i).version() == a.version()) at = i;
        String heading = PlainText.of(a.artifactKey()) + " v" + a.version() + " — payload sha256 " + a.payloadHash();
        if (at < 0) {
            return new GateDetail.Reviewed(a.artifactKey(), a.version(), heading, "(this version is not in the trace)", "", List.of(), Optional.empty());
        }
        Optional<JsonValue> data = versions.get(at).state().data();
        String json = data.map(d -> PlainText.block(PrettyJson.of(d))).orElse("(no inline data)");
        if (at == 0) return new GateDetail.Reviewed(a.artifactKey(), a.version(), heading, json, "First version: nothing to compare with.", List.of(), data);
        ArtifactVersion previous = versions.get(at - 1);
        Optional<JsonValue> before = previous.state().data();
        if (before.isEmpty() || data.isEmpty()) {
            return new GateDetail.Reviewed(a.artifactKey(), a.version(), heading, json, "Changes from v" + previous.version()
                    + ": not comparable (no inline data)", List.of(), data);
        }
        List<String> changes = JsonChanges.between(before.get(), data.get()).stream().map(GateDetails::change).toList();
        String changesHeading = "Changes from v" + previous.version() + (changes.isEmpty() ? ": none" : " (" + changes.size() + ")");
        return new GateDetail.Reviewed(a.artifactKey(), a.version(), heading, json, changesHeading, changes, data);
    }

    /** {@code replace /priority: "normal" → "high"}, as the Replay tab writes changes; plain. */
    static String change(JsonChange c) {
        String path = c.path().isEmpty() ? "(whole document)" : c.path();
        String text = switch (c.op()) {
            case ADD -> "add " + path + ": " + compact(c.value());
            case REMOVE -> "remove " + path + " (was " + compact(c.oldValue()) + ")";
            case REPLACE -> "replace " + path + ": " + compact(c.oldValue()) + " → " + compact(c.value());
        };
        return PlainText.of(text);
    }

    private static String compact(Optional<JsonValue> v) {
        return v.map(x -> CanonicalJson.toString(x, CanonicalJson.Form.AS_WRITTEN)).orElse("?");
    }
}
