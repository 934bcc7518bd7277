package dev.runlens.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import dev.runlens.testkit.RunLensArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks every production class of every module against the house rules. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = RunLensArchitecture.productionClasses();
        for (String layer : new String[] {"dev.runlens.protocol", "dev.runlens.graph", "dev.runlens.replay",
                "dev.runlens.audit", "dev.runlens.store", "dev.runlens.costs", "dev.runlens.report", "dev.runlens.workbench", "dev.runlens.cli", "dev.runlens.app"}) {
            assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith(layer)), layer + " classes must be imported");
        }
    }

    @Test
    void modulesDoNotUseJavaFx() {
        RunLensArchitecture.MODULES_DO_NOT_USE_JAVAFX.check(classes);
    }

    @Test
    void arrowsPointDownOnly() {
        RunLensArchitecture.LAYERS.check(classes);
    }

    @Test
    void protocolAndGraphDependOnNothingOfOurs() {
        RunLensArchitecture.GRAPH_IS_INDEPENDENT.check(classes);
        RunLensArchitecture.PROTOCOL_IS_INDEPENDENT.check(classes);
    }

    @Test
    void bouncyCastleStaysInsideSigning() {
        RunLensArchitecture.BOUNCY_CASTLE_STAYS_IN_SIGNING.check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        RunLensArchitecture.NO_CYCLES.check(classes);
    }

    @Test
    void onlyTheHardenedReaderBuildsJsonParsers() {
        RunLensArchitecture.NO_AD_HOC_JSON_PARSERS.check(classes);
    }
}
