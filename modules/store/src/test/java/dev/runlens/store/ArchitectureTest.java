package dev.runlens.store;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.Architectures;
import dev.runlens.testkit.RunLensArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The house rules over store and protocol. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = RunLensArchitecture.productionClasses();
        assertTrue(classes.stream().anyMatch(c -> c.getPackageName().equals("dev.runlens.store")));
    }

    @Test
    void arrowsPointDownOnly() {
        ((Architectures.LayeredArchitecture) RunLensArchitecture.LAYERS).withOptionalLayers(true).check(classes);
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
