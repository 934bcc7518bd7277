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
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
                .withImportOption(location -> !location.contains("-tests.jar")) // a module's test jar (the app bench uses protocol's)
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
            .layer("audit").definedBy("dev.runlens.audit..")
            .layer("costs").definedBy("dev.runlens.costs..")
            .layer("report").definedBy("dev.runlens.report..")
            .layer("replay").definedBy("dev.runlens.replay..")
            .layer("store").definedBy("dev.runlens.store..")
            .layer("signing").definedBy("dev.runlens.signing..")
            .layer("graph").definedBy("dev.runlens.graph..")
            .layer("protocol").definedBy("dev.runlens.protocol..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("workbench").mayOnlyBeAccessedByLayers("app", "cli")
            .whereLayer("audit").mayOnlyBeAccessedByLayers("app", "cli", "workbench")
            .whereLayer("costs").mayOnlyBeAccessedByLayers("app", "cli", "workbench", "report")
            .whereLayer("report").mayOnlyBeAccessedByLayers("app", "cli", "workbench")
            .whereLayer("store").mayOnlyBeAccessedByLayers("app", "cli", "workbench")
            .whereLayer("signing").mayOnlyBeAccessedByLayers("app", "cli", "workbench")
            .whereLayer("replay").mayOnlyBeAccessedByLayers("app", "cli", "workbench", "audit", "costs")
            .whereLayer("graph").mayOnlyBeAccessedByLayers("app", "cli", "workbench", "audit", "replay")
            .whereLayer("protocol").mayOnlyBeAccessedByLayers("app", "cli", "workbench", "audit", "costs", "replay", "store", "signing")
            .because("arrows point down only: app, cli -> workbench -> {audit, report -> costs -> replay, store, signing} -> {graph, protocol} (STYLE.md)");

    /** Bouncy Castle stays inside signing: no other module touches it, and signing's public API never shows it. */
    public static final ArchRule BOUNCY_CASTLE_STAYS_IN_SIGNING = noClasses()
            .that().resideOutsideOfPackage("dev.runlens.signing..")
            .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
            .because("signing owns the cryptography; its API has no BC types (issue 5)");

    public static final ArchRule GRAPH_IS_INDEPENDENT = noClasses()
            .that().resideInAPackage("dev.runlens.graph..")
            .should().dependOnClassesThat().resideInAPackage("dev.runlens.protocol..")
            .because("graph depends on nothing of ours: it takes ids and edges, not bundles");

    public static final ArchRule PROTOCOL_IS_INDEPENDENT = noClasses()
            .that().resideInAPackage("dev.runlens.protocol..")
            .should().dependOnClassesThat().resideInAPackage("dev.runlens.graph..")
            .because("protocol depends on nothing of ours");

    /** The launcher and the CLI reach the use cases only through the workbench, never the protocol internals' JSON reader. */
    public static final ArchRule NO_AD_HOC_JSON_PARSERS = noClasses()
            .that().resideOutsideOfPackage("dev.runlens.protocol.json..")
            .should().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.core.JsonFactory")
            .because("one hardened reader factory for untrusted input (STYLE.md #10)");

    public static final ArchRule NO_CYCLES = slices().matching("dev.runlens.(**)").should().beFreeOfCycles();
}
