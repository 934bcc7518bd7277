package dev.runlens.audit;

import dev.runlens.testkit.ProjectFolder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The module README's code table says what the catalog says. */
class CatalogDocumentationTest {

    @Test
    void theReadmeListsEveryCodeWithItsGroupSeverityAndTitle() throws IOException {
        String readme = Files.readString(ProjectFolder.root().resolve("modules/audit/README.md"));
        for (FindingCatalog c : FindingCatalog.values()) {
            String row = "| `" + c.code() + "` | " + c.group().label() + " | " + c.severity().label() + " | " + c.title() + " |";
            assertTrue(readme.contains(row), () -> "README lacks: " + row);
        }
    }
}
