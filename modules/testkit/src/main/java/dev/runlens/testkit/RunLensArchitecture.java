package dev.runlens.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house rules of {@code ../shared/STYLE.md} as ArchUnit rules: arrows point down only
 * ({@code app, cli -> workbench -> ... -> protocol}), JavaFX stops at {@code app}, no cycles.
 * Run them from a module whose test classpath sees every layer (app).
 */
public final class RunLensArchitecture {
    private RunLensArchitecture() {}

    public static JavaClasses productionClasses() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.runlens");
    }

    /** modules/ never imports JavaFX (the enforcer bans the dependency; this bans the import). */
    public static final ArchRule MODULES_DO_NOT_USE_JAVAFX = noClasses()
            .that().resideOutsideOfPackage("dev.runlens.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("JavaFX stops at app/ (STYLE.md #1)");

    public static final ArchRule LAYERS = Architectures.layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("dev.runlens..")
            .layer("app").definedBy("dev.runlens.app..")
            .layer("cli").definedBy("dev.runlens.cli..")
            .layer("workbench").definedBy("dev.runlens.workbench..")
            .layer("protocol").definedBy("dev.runlens.protocol..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("workbench").mayOnlyBeAccessedByLayers("app", "cli")
            .whereLayer("protocol").mayOnlyBeAccessedByLayers("app", "cli", "workbench")
            .because("arrows point down only: app, cli -> workbench -> protocol (STYLE.md)");

    /** The launcher and the CLI reach the use cases only through the workbench, never the protocol internals' JSON reader. */
    public static final ArchRule NO_AD_HOC_JSON_PARSERS = noClasses()
            .that().resideOutsideOfPackage("dev.runlens.protocol.json..")
            .should().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.core.JsonFactory")
            .because("one hardened reader factory for untrusted input (STYLE.md #10)");

    public static final ArchRule NO_CYCLES = slices().matching("dev.runlens.(**)").should().beFreeOfCycles();
}
