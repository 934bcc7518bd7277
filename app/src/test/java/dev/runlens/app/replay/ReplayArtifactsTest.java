package dev.runlens.app.replay;

import dev.runlens.app.run.RunSession;
import dev.runlens.protocol.model.ArtifactPatch;
import dev.runlens.protocol.model.ArtifactWritten;
import dev.runlens.protocol.model.PatchOp;
import dev.runlens.protocol.model.TraceEvent;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.Inspection;
import dev.runlens.workbench.TaskExecutor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Artifacts at the cursor, their versions and diffs, on real sample runs. */
class ReplayArtifactsTest {

    private static List<TraceEvent> eventsOf(Inspection run, String key) {
        return Samples.bundle(run).trace().stream().filter(e -> e instanceof ArtifactWritten w
                && w.artifact().artifactKey().equals(key) || e instanceof ArtifactPatch p && p.artifactKey().equals(key)).toList();
    }

    @Test
    void theDiffWithThePreviousVersionShowsEachPatchedField() {
        Inspection run = Samples.inspect(Samples.PENDING_BEFORE);
        RunSession session = Samples.session(run);
        ReplayViewModel model = new ReplayViewModel(session, TaskExecutor.sameThread());
        ArtifactPatch patch = Samples.bundle(run).events(ArtifactPatch.class).get(0);
        model.moveTo(patch.index() + 1);

        ArtifactDetail d = model.frameProperty().get().artifact();
        assertEquals(patch.artifactKey(), d.key().orElseThrow(), "the artifact changed last is shown");
        assertTrue(d.title().startsWith(patch.artifactKey() + " v" + patch.toVersion()), d.title());
        assertEquals("v" + patch.fromVersion(), d.comparedWith().orElseThrow().label().split(" ")[0]);
        for (PatchOp op : patch.patch()) {
            assertTrue(d.changes().stream().anyMatch(c -> c.startsWith(op.op().wire() + " " + op.path() + ":")),
                    op + " in " + d.changes());
        }
        String replaced = patch.patch().stream().filter(op -> op.op().wire().equals("replace")).findFirst()
                .orElseThrow().path().substring(1);
        assertTrue(d.lines().stream().anyMatch(l -> l.kind() == DiffLine.Kind.REMOVED && l.text().contains("\"" + replaced + "\"")));
        assertTrue(d.lines().stream().anyMatch(l -> l.kind() == DiffLine.Kind.ADDED && l.text().contains("\"" + replaced + "\"")));
        assertTrue(model.frameProperty().get().artifacts().stream()
                .anyMatch(r -> r.key().equals(patch.artifactKey()) && r.changedHere() && r.origin().equals("patched")));
    }

    @Test
    void anOlderVersionCanBeChosenToCompareWith() {
        Inspection run = Samples.inspect(Samples.INVOICE);
        RunSession session = Samples.session(run);
        ReplayViewModel model = new ReplayViewModel(session, TaskExecutor.sameThread());
        String key = "invoice.validation";
        List<TraceEvent> events = eventsOf(run, key);
        assertEquals(3, events.size());
        model.selectArtifact(key);
        ArtifactDetail d = model.frameProperty().get().artifact();
        assertEquals(List.of(events.get(0).index(), events.get(1).index()), d.versions().stream().map(VersionChoice::index).toList());
        assertEquals(events.get(1).index(), d.comparedWith().orElseThrow().index(), "the previous version by default");

        model.compareWith(d.versions().get(0));
        ArtifactDetail older = model.frameProperty().get().artifact();
        assertEquals(events.get(0).index(), older.comparedWith().orElseThrow().index());
        assertFalse(older.changes().equals(d.changes()) && older.lines().equals(d.lines()), "another base, another diff");

        model.moveTo(events.get(1).index() + 1);
        ArtifactDetail middle = model.frameProperty().get().artifact();
        assertEquals(key, middle.key().orElseThrow(), "the chosen artifact stays shown");
        assertEquals(1, middle.versions().size(), "only versions up to the cursor");
    }

    @Test
    void theFirstVersionHasNothingToCompare() {
        Inspection run = Samples.inspect(Samples.PENDING_BEFORE);
        RunSession session = Samples.session(run);
        ReplayViewModel model = new ReplayViewModel(session, TaskExecutor.sameThread());
        ArtifactWritten first = Samples.bundle(run).events(ArtifactWritten.class).get(0);
        model.moveTo(first.index() + 1);
        ArtifactDetail d = model.frameProperty().get().artifact();
        assertEquals(first.artifact().artifactKey(), d.key().orElseThrow());
        assertTrue(d.versions().isEmpty());
        assertTrue(d.note().contains("nothing to compare"), d.note());
        assertTrue(d.data().startsWith("{\n  \""), d.data());
    }

    @Test
    void aPatchThatDoesNotReplayIsSaidSo() {
        Inspection run = Samples.inspect(ProjectFolder.sampleBundles().resolve("negative/audit/patch-not-replayable.json"));
        RunSession session = Samples.session(run);
        ReplayViewModel model = new ReplayViewModel(session, TaskExecutor.sameThread());
        ArtifactPatch patch = Samples.bundle(run).events(ArtifactPatch.class).stream()
                .filter(p -> run.replay().orElseThrow().patchOutcomes().stream()
                        .anyMatch(o -> o.index() == p.index() && !o.applied())).findFirst().orElseThrow();
        model.moveTo(patch.index() + 1);
        ReplayFrame f = model.frameProperty().get();
        ArtifactRow row = f.artifacts().stream().filter(r -> r.key().equals(patch.artifactKey())).findFirst().orElseThrow();
        assertTrue(row.warning().contains("does not replay"), row.warning());
        assertTrue(f.artifact().note().contains("does not replay"), f.artifact().note());
    }
}
