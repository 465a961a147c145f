package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.template.TemplateSeal;
import kaohe.validate.Finding;
import kaohe.validate.FindingCode;
import kaohe.validate.PreviousReturns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which templates ingest believes: this installation's seals; unsealed ones only while the office allows them. */
class TemplateTrustTests {

    private static final Plan PLAN = ShippedPlan.plan();

    @TempDir
    Path temp;

    private IngestOutcome judge(Path file, TemplateTrust trust) throws Exception {
        return new ReturnIngest(PLAN, IngestLimits.defaults(), trust, StagingArea.temporary(), hash -> java.util.Optional.empty(),
                PreviousReturns.NONE).process(InboxFile.of(file, null));
    }

    @Test
    void anUnsealedTemplateIsRefusedOnceTheOfficeSwitchesOldTemplatesOff() throws Exception {
        Path file = FilledReturn.template(PLAN, "330402", "2019Q2").everything().with(FindingCodeTests.withoutSeal())
                .saveTo(temp.resolve("old.xlsx"));

        IngestOutcome outcome = judge(file, new TemplateTrust(FilledReturn.SEAL, false));

        assertThat(outcome.status()).isEqualTo(ReturnStatus.REJECTED);
        assertThat(outcome.findings()).extracting(Finding::code).contains(FindingCode.F014);
    }

    @Test
    void anUnsealedTemplateWhoseCoverDisagreesWithItsIdentityIsRefusedEvenWhileOldTemplatesAreAccepted() throws Exception {
        Path file = FilledReturn.template(PLAN, "330402", "2019Q2").everything().with(FindingCodeTests.withoutSeal())
                .with(wb -> wb.getSheet(kaohe.template.TemplateLayout.INDICATOR_SHEET).getRow(1).getCell(0)
                        .setCellValue("填报单位：秀洲区（330411）"))
                .saveTo(temp.resolve("old but edited.xlsx"));

        IngestOutcome outcome = judge(file, new TemplateTrust(FilledReturn.SEAL, true));

        assertThat(outcome.status()).isEqualTo(ReturnStatus.REJECTED);
        assertThat(outcome.findings()).extracting(Finding::code).contains(FindingCode.F015);
    }

    @Test
    void anotherInstallationsTemplateIsRefused() throws Exception {
        Path file = FilledReturn.template(PLAN, "330402", "2019Q2").everything().saveTo(temp.resolve("elsewhere.xlsx"));

        IngestOutcome outcome = judge(file, new TemplateTrust(TemplateSeal.of("another office"), true));

        assertThat(outcome.findings()).extracting(Finding::code).contains(FindingCode.F014);
    }
}
