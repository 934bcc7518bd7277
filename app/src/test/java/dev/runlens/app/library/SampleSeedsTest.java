package dev.runlens.app.library;

import dev.runlens.store.ImportSource;
import dev.runlens.testkit.ProjectFolder;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SampleSeedsTest {

    @Test
    void theIndexListsExactlyTheRealisticSampleRuns() throws Exception {
        List<String> folder;
        try (Stream<Path> s = Files.list(ProjectFolder.sampleBundles())) {
            folder = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json") && !n.equals("expected.json"))
                    .sorted().toList();
        }
        assertEquals(14, folder.size());
        assertEquals(folder, SampleSeeds.names().stream().sorted().toList());
    }

    @Test
    void eachPackagedSampleIsTheFileByteForByte() throws Exception {
        for (ImportSource s : SampleSeeds.sources()) {
            assertEquals(true, s.name().startsWith("sample-bundles/"), s.name());
            Path file = ProjectFolder.root().resolve(s.name());
            assertArrayEquals(Files.readAllBytes(file), s.read(), s.name());
        }
    }
}
