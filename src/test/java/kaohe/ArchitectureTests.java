package kaohe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * What the code may depend on, checked on the compiled classes: Spring Batch stays in {@code job}, the
 * shared kernel depends on nothing of ours, the application root, the command line and the benchmark
 * form no cycle, the returns' store is ingest's own, and a package publishes only what others use.
 */
class ArchitectureTests {

    static final JavaClasses CLASSES = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("kaohe", "db.migration");

    @Test
    void onlyTheJobPackageUsesSpringBatch() {
        noClasses().that().resideOutsideOfPackages("kaohe.job..", "db.migration..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework.batch..")
                .because("the job wiring is the only place that knows Spring Batch; the rest is plain domain code and commands")
                .check(CLASSES);
    }

    @Test
    void theSharedKernelDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("kaohe.shared..")
                .should().dependOnClassesThat().resideInAnyPackage("kaohe.audit..", "kaohe.bench..", "kaohe.cli..", "kaohe.demo..",
                        "kaohe.ingest..", "kaohe.job..", "kaohe.office..", "kaohe.plan..", "kaohe.report..", "kaohe.reportup..",
                        "kaohe.schedule..", "kaohe.score..", "kaohe.template..", "kaohe.validate..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("kaohe.shared..").should().dependOnClassesThat(
                com.tngtech.archunit.base.DescribedPredicate.describe("in the application root package kaohe",
                        c -> c.getPackageName().equals("kaohe"))).check(CLASSES);
    }

    @Test
    void theApplicationRootTheCommandLineAndTheBenchmarkFormNoCycle() {
        noClasses().that().resideInAPackage("kaohe").should().dependOnClassesThat().resideInAnyPackage("kaohe.cli..", "kaohe.bench..")
                .because("the root holds the Spring application and database settings that commands and the benchmark start")
                .check(CLASSES);
        noClasses().that().resideInAPackage("kaohe.bench..").should().dependOnClassesThat().resideInAPackage("kaohe.cli..")
                .check(CLASSES);
    }

    @Test
    void theReturnStoreIsIngestsOwnAndOthersReadThroughItsInterfaces() {
        noClasses().that().resideOutsideOfPackage("kaohe.ingest..")
                .should().dependOnClassesThat().haveFullyQualifiedName("kaohe.ingest.ReturnStore")
                .because("scoring, reports, the office and commands read returns through SubmittedReturns, AcceptedReturns, "
                        + "ReturnRevision and IngestRunRecords")
                .check(CLASSES);
    }

    /**
     * A feature package's public types are its published interface: each is used from another package
     * (tests included) or returned by one of its public methods; everything else is package-private.
     * The entry points, Flyway's Java migrations and the classes jasperreports.properties names are public for the JVM,
     * Flyway and JasperReports.
     */
    @Test
    void everyPublicTypeOfAFeaturePackageIsUsedFromAnotherPackage() {
        JavaClasses withTests = new ClassFileImporter().importPackages("kaohe");
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().arePublic().and().areTopLevelClasses().and().resideInAPackage("kaohe.*")
                // The jar's entry point and the build's class-data-sharing run are started by the JVM.
                .and(com.tngtech.archunit.base.DescribedPredicate.describe("are not entry points", c -> c.getMethods().stream()
                        .noneMatch(m -> m.getName().equals("main") && m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)
                                && m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))))
                // The command names it only as List<ScaleFigures> in a local variable, which class files do not record.
                .and().doNotHaveFullyQualifiedName("kaohe.bench.ScaleFigures")
                // JasperReports makes the classes its properties name, by reflection.
                .and(com.tngtech.archunit.base.DescribedPredicate.describe("are not named in jasperreports.properties",
                        c -> !jasperReportsProperties().contains(c.getName())))
                .and(com.tngtech.archunit.base.DescribedPredicate.describe("are not tests", c -> !c.getSimpleName().endsWith("Tests")))
                .and().areNotAnnotatedWith(org.junit.jupiter.api.extension.ExtendWith.class)
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>("be used from another package") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass type, com.tngtech.archunit.lang.ConditionEvents events) {
                        // A use of a nested type (AssessmentReports.Written) is a use of the type that publishes it.
                        boolean used = withTests.stream().filter(c -> c.equals(type) || c.getName().startsWith(type.getName() + "$"))
                                .flatMap(c -> c.getDirectDependenciesToSelf().stream())
                                .anyMatch(d -> !d.getOriginClass().getPackageName().equals(type.getPackageName()));
                        // Returned by a public method of the package, it is part of what the package publishes,
                        // even where the caller names it only in a lambda (Benchmark's reader::read).
                        boolean exposed = withTests.stream()
                                .filter(c -> c.getPackageName().equals(type.getPackageName()) && !c.equals(type)
                                        && c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
                                .flatMap(c -> c.getMethods().stream())
                                .anyMatch(m -> m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                                        && m.getRawReturnType().equals(type));
                        if (!used && !exposed) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(type,
                                    type.getName() + " is public but used only inside " + type.getPackageName()));
                        }
                    }
                })
                .check(withTests);
    }

    /** Job configuration only wires: readers, partitioners, processors and tasklets are classes of their own. */
    @Test
    void jobConfigurationClassesHoldNoLogic() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().haveSimpleNameEndingWith("JobConfig")
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaClass>("hold no lambda or inner class") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass config, com.tngtech.archunit.lang.ConditionEvents events) {
                        config.getMethods().stream().filter(m -> m.getName().startsWith("lambda$")).forEach(m -> events.add(
                                com.tngtech.archunit.lang.SimpleConditionEvent.violated(m, m.getFullName() + " is logic in a job configuration")));
                        CLASSES.stream().filter(c -> c.getName().startsWith(config.getName() + "$")).forEach(c -> events.add(
                                com.tngtech.archunit.lang.SimpleConditionEvent.violated(c, c.getName() + " is logic in a job configuration")));
                    }
                })
                .check(CLASSES);
    }

    private static String jasperReportsProperties() {
        try (var in = ArchitectureTests.class.getClassLoader().getResourceAsStream("jasperreports.properties")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
