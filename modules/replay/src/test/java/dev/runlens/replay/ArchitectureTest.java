package dev.runlens.replay;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.Architectures;
import dev.runlens.testkit.RunLensArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The house rules over replay, graph and protocol (app's test does not see replay until a module uses it). */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = RunLensArchitecture.productionClasses();
        for (String p : new String[] {"dev.runlens.replay.receipt", "dev.runlens.replay.analysis", "dev.runlens.graph"}) {
            assertTrue(classes.stream().anyMatch(c -> c.getPackageName().equals(p)), p + " classes must be imported");
        }
    }

    @Test
    void arrowsPointDownOnly() {
        // app, cli, workbench and audit are not on this module's classpath: their layers are empty here
        ((Architectures.LayeredArchitecture) RunLensArchitecture.LAYERS).withOptionalLayers(true).check(classes);
        RunLensArchitecture.GRAPH_IS_INDEPENDENT.check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        RunLensArchitecture.NO_CYCLES.check(classes);
    }

    @Test
    void noJavaFxAndNoAdHocJsonParsers() {
        RunLensArchitecture.MODULES_DO_NOT_USE_JAVAFX.check(classes);
        RunLensArchitecture.NO_AD_HOC_JSON_PARSERS.check(classes);
    }
}
