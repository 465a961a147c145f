package kaohe.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.audit.AuditEntry;
import kaohe.audit.AuditEvent;
import kaohe.audit.AuditTrail;
import kaohe.ingest.FilledReturn;
import kaohe.job.AssessLauncher;
import kaohe.job.IngestLauncher;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/** 更正 of one unit after publication, on both databases: what is sent out, what stays untouched, what is refused. */
class UnitCorrectionTests {

    private static final Plan PLAN = ShippedPlan.plan();
    private static final Period P = Period.of("2019Q2");
    private static final UnitCode NANHU = UnitCode.of("330402");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void oneUnitIsCorrectedAfterPublicationWithANewReportAndANoticeWhileThePublishedVersionStaysAsItWas(DatabaseSettings database)
            throws Exception {
        Path home = temp.resolve("home");
        FilledReturn.template(PLAN, "330402", "2019Q2").everything().value("Q02", 60).saveTo(home.resolve("inbox/330402/南湖区.xlsx"));
        FilledReturn.template(PLAN, "330411", "2019Q2").everything().value("Q02", 90).saveTo(home.resolve("inbox/330411/秀洲区.xlsx"));
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, database, Map.of("kaohe.plan",
                ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0))) {
            context.getBean(IngestLauncher.class).run(false);
            context.getBean(AssessLauncher.class).run(P);
            PeriodPublisher.Published published = context.getBean(PeriodPublisher.class).publish(P);
            Map<String, String> publishedFiles = hashes(published.folder());
            String publishedTotals = Files.readString(published.folder().resolve("totals.csv"));
            UnitCorrection correction = context.getBean(UnitCorrection.class);

            assertThatThrownBy(() -> correction.correct(P, NANHU, "核对无误"))
                    .isInstanceOf(PeriodPublisher.NotAllowed.class).hasMessageContaining("南湖区 重新评分后的结果与已发布的第 1 版相同，无需更正");

            // The unit's corrected return arrives after publication: received, but the published result stands.
            FilledReturn.template(PLAN, "330402", "2019Q2").everything().value("Q02", 95).saveTo(home.resolve("inbox/330402/南湖区-更正.xlsx"));
            context.getBean(IngestLauncher.class).run(false);

            UnitCorrection.Corrected corrected = correction.correct(P, NANHU, "南湖区报送的产品质量合格率有误，经核实予以更正");

            assertThat(corrected.version()).isEqualTo(1);
            assertThat(corrected.sequence()).isEqualTo(1);
            assertThat(corrected.folder()).isEqualTo(home.resolve("outbox/2019Q2/corrections/v1-更正1"));
            assertThat(hashes(published.folder())).as("the published version's files, byte for byte").isEqualTo(publishedFiles);
            String before = totalOf(publishedTotals, "330402");
            String after = totalOf(Files.readString(corrected.folder().resolve("totals.csv")), "330402");
            assertThat(after).isNotEqualTo(before);
            assertThat(totalOf(Files.readString(corrected.folder().resolve("totals.csv")), "330411"))
                    .as("every other unit keeps its published total").isEqualTo(totalOf(publishedTotals, "330411"));
            try (var units = Files.list(corrected.folder().resolve("units"))) {
                assertThat(units.map(p -> p.getFileName().toString()).toList()).containsExactly("330402-南湖区.pdf");
            }
            assertThat(pdfText(corrected.folder().resolve("units/330402-南湖区.pdf"))).contains("正式发布 第 1 版").contains("更正 1");
            String notice = docxText(corrected.folder().resolve("更正说明.docx"));
            assertThat(notice).contains("考核结果的更正说明")
                    .contains("南湖区：总分由 " + before + " 更正为 " + after)
                    .contains("更正理由：南湖区报送的产品质量合格率有误，经核实予以更正")
                    .contains("等级仍为“合格”")
                    .contains("“制造业产品质量合格率”（Q02）：报送值 60，得分 1.26；更正为 报送值 95，得分 2.00。")
                    .contains("已发布的第 1 版其他文件不再重发");
            List<AuditEntry> trail = context.getBean(AuditTrail.class).of(PLAN.id(), P.toString());
            assertThat(trail).filteredOn(e -> e.event() == AuditEvent.CORRECTED).singleElement().satisfies(e -> {
                assertThat(e.unit()).isEqualTo("330402");
                assertThat(e.reason()).isEqualTo("第 1 版第 1 次更正：总分 " + before + " → " + after + "；南湖区报送的产品质量合格率有误，经核实予以更正");
            });
            assertThat(context.getBean(Corrections.class).of(PLAN.id(), P.toString(), 1)).singleElement()
                    .satisfies(c -> assertThat(c.totalAfter()).isEqualTo(after));

            // A kill after the record committed and before the rename leaves the folder staged; the next correct puts it in place.
            Path staged = corrected.folder().resolveSibling(".v1-更正1.staging");
            Files.move(corrected.folder(), staged);

            assertThatThrownBy(() -> correction.correct(P, NANHU, "再更正一次"))
                    .as("a second correction builds on the first").hasMessageContaining("（含已有的 1 次更正）相同，无需更正");
            assertThat(staged).doesNotExist();
            assertThat(docxText(corrected.folder().resolve("更正说明.docx"))).contains("南湖区：总分由 " + before + " 更正为 " + after);
            assertThatThrownBy(() -> correction.correct(Period.of("2019Q1"), NANHU, "理由"))
                    .isInstanceOf(PeriodPublisher.NotAllowed.class).hasMessageContaining("2019Q1 没有在发布状态的结果");
            assertThatThrownBy(() -> correction.correct(P, NANHU, " ")).hasMessageContaining("更正须写明理由");
        }
    }

    private static String totalOf(String totalsCsv, String unit) {
        return totalsCsv.lines().filter(l -> l.startsWith(unit + ",")).map(l -> l.split(",")[3]).findFirst().orElseThrow();
    }

    private static Map<String, String> hashes(Path folder) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        try (var files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                try (var in = Files.newInputStream(f)) {
                    hashes.put(folder.relativize(f).toString(), kaohe.shared.Sha256.of(in));
                }
            }
        }
        return hashes;
    }

    private static String pdfText(Path pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String docxText(Path docx) throws Exception {
        try (var in = Files.newInputStream(docx); var document = new XWPFDocument(in); var text = new XWPFWordExtractor(document)) {
            return text.getText();
        }
    }
}
