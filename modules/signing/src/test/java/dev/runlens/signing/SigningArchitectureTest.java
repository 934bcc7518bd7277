package dev.runlens.signing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.runlens.testkit.RunLensArchitecture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Bouncy Castle never shows in signing's public API; signing depends on protocol only; no package cycles. */
class SigningArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.runlens.signing");

    private static final DescribedPredicate<JavaClass> BC = DescribedPredicate.describe("a Bouncy Castle type",
            c -> c.getPackageName().startsWith("org.bouncycastle"));

    @Test
    void publicApiHasNoBouncyCastleTypes() {
        codeUnits().that().areDeclaredInClassesThat().arePublic().and().arePublic()
                .should(new ArchCondition<>("not take, return or throw Bouncy Castle types") {
                    @Override
                    public void check(JavaCodeUnit u, ConditionEvents events) {
                        List<JavaClass> types = new ArrayList<>(u.getRawParameterTypes());
                        types.add(u.getRawReturnType());
                        u.getThrowsClause().getTypes().forEach(types::add);
                        for (JavaClass t : types) {
                            if (BC.test(t)) events.add(SimpleConditionEvent.violated(u, u.getFullName() + " exposes " + t.getName()));
                        }
                    }
                }).check(CLASSES);
        fields().that().areDeclaredInClassesThat().arePublic().and().arePublic()
                .should().haveRawType(DescribedPredicate.not(BC)).check(CLASSES);
        noClasses().that().arePublic().should().beAssignableTo(BC).check(CLASSES);
        if (CLASSES.stream().noneMatch(c -> c.getModifiers().contains(JavaModifier.PUBLIC))) throw new AssertionError("nothing imported");
    }

    @Test
    void signingDependsOnProtocolOnly() {
        noClasses().that().resideInAPackage("dev.runlens.signing..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.runlens.replay..", "dev.runlens.audit..", "dev.runlens.graph..",
                        "dev.runlens.workbench..", "dev.runlens.cli..", "dev.runlens.store..", "dev.runlens.app..")
                .check(CLASSES);
    }

    @Test
    void signingPackagesHaveNoCycles() {
        slices().matching("dev.runlens.(**)").should().beFreeOfCycles().check(CLASSES);
        RunLensArchitecture.MODULES_DO_NOT_USE_JAVAFX.check(CLASSES);
    }
}
