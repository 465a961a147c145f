package kaohe;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * What the code may depend on, checked on the compiled classes: Spring Batch stays in {@code job}, the
 * shared kernel depends on nothing of ours, and the application root, the command line and the benchmark
 * form no cycle.
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
}
