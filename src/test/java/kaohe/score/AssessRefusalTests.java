package kaohe.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.job.AssessLauncher;
import kaohe.plan.ShippedPlan;
import kaohe.shared.Period;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** A mistyped home or period gives no returns: assess refuses rather than publish "0.00 不合格 第 1 名" for everyone. */
class AssessRefusalTests {

    @TempDir
    Path home;

    private ConfigurableApplicationContext start() {
        return KaoheApplication.start(home, DatabaseSettings.embedded(home), Map.of("kaohe.plan", ShippedPlan.FOLDER.toString()));
    }

    @Test
    void withNoReturnAtAllAssessRefusesAndWritesNothing() {
        try (ConfigurableApplicationContext context = start()) {
            assertThatThrownBy(() -> context.getBean(AssessLauncher.class).run(Period.of("2019Q2")))
                    .isInstanceOf(AssessLauncher.Refused.class).hasMessageContaining("没有收到任何一份合格报表");
        }
        assertThat(home.resolve("outbox")).doesNotExist();
    }

    @Test
    void goingAheadAnywayStatesTheCautionInTheLeadershipReportsAnnex() throws Exception {
        Path outbox;
        try (ConfigurableApplicationContext context = start()) {
            AssessLauncher.Result result = context.getBean(AssessLauncher.class).run(Period.of("2019Q2"), true);
            outbox = result.outbox();
            assertThat(result.cautions()).anyMatch(l -> l.startsWith("本期没有收到任何合格报表"));
        }
        try (var pdf = Loader.loadPDF(outbox.resolve("leadership.pdf").toFile())) {
            // In words in the 通报's annex 考核说明, which the 附件说明 on its last page lists.
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("附件：1．").contains("考核说明").contains("本期没有收到任何合格报表，全部单位按未报送计分");
        }
    }
}
