package kaohe.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.audit.AuditEvent;
import kaohe.audit.AuditTrail;
import kaohe.ingest.AcceptedReturns;
import kaohe.ingest.EvidenceFiles;
import kaohe.ingest.FilledReturn;
import kaohe.ingest.IngestSummary;
import kaohe.ingest.SubmittedReturns;
import kaohe.job.AssessLauncher;
import kaohe.job.IngestLauncher;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.Period;
import kaohe.shared.Refusal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * 佐证材料 on both databases: sent beside the return, held to the returns' rules, stored once and linked to its return and
 * task, listed with a working link in the 审核表, in the unit report and in explain; a task the office does not recognise
 * is scored as not reported.
 */
class EvidenceTests {

    private static final Plan PLAN = ShippedPlan.plan();
    private static final Period P = Period.of("2019Q2");

    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void evidenceBesideAReturnIsStoredOnceListedWithALinkAndATaskNotRecognisedScoresAsNotReported(DatabaseSettings database) throws Exception {
        FilledReturn.template(PLAN, "330402", "2019Q2").everything().status("T11", "已完成").self("T11", "", "巩固成果").status("T12", "已完成")
                .saveTo(home.resolve("inbox/330402/南湖区.xlsx"));
        Path evidence = Files.createDirectories(home.resolve("inbox/330402/佐证材料"));
        Files.write(evidence.resolve("T11-协调会纪要.pdf"), "%PDF-1.4 协调会纪要".getBytes(StandardCharsets.UTF_8));
        Files.write(evidence.resolve("T11-协调会纪要（重复）.pdf"), "%PDF-1.4 协调会纪要".getBytes(StandardCharsets.UTF_8));
        Files.write(Files.createDirectories(evidence.resolve("T12")).resolve("现场照片.jpg"), new byte[]{(byte) 0xFF, (byte) 0xD8, 1, 2});
        Files.write(evidence.resolve("T11-说明.exe"), new byte[]{'M', 'Z'});
        Files.write(evidence.resolve("没有编码.pdf"), "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        Path outside = Files.writeString(home.resolve("outside.pdf"), "%PDF outside");
        Files.createSymbolicLink(evidence.resolve("T12-链接.pdf"), outside);
        Files.write(Files.createDirectories(home.resolve("inbox/330411/佐证材料")).resolve("T11-纪要.pdf"), "%PDF 秀洲".getBytes(StandardCharsets.UTF_8));
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, database,
                Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0))) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);

            assertThat(summary.accepted()).as("evidence is not taken for a return").isEqualTo(1);
            assertThat(summary.rejected()).isZero();
            assertThat(summary.text()).contains("佐证材料：收到 2 份，重复 1 份，退回 2 份，待下次处理 2 份");
            assertThat(home.resolve("inbox/330411/佐证材料/T11-纪要.pdf")).as("waits for its unit's return").exists();
            assertThat(Files.readString(outside)).isEqualTo("%PDF outside");
            assertThat(Files.isSymbolicLink(evidence.resolve("T12-链接.pdf"))).isTrue();
            try (var rejected = Files.list(home.resolve("rejected/330402/佐证材料"))) {
                assertThat(rejected.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".反馈.txt"))).hasSize(2);
            }
            var stored = context.getBean(EvidenceFiles.class).ofPeriod(PLAN.id(), P);
            assertThat(stored).extracting(e -> e.item().value() + " " + e.originalName())
                    .containsExactly("T11 T11-协调会纪要.pdf", "T12 现场照片.jpg");
            assertThat(home.resolve(stored.get(0).storedPath())).hasContent("%PDF-1.4 协调会纪要");
            assertThat(context.getBean(AuditTrail.class).of(PLAN.id(), "2019Q2")).filteredOn(e -> e.event() == AuditEvent.EVIDENCE_RECEIVED)
                    .hasSize(2);

            Path workbook = home.resolve("outbox/2019Q2/审核表-2019Q2.xlsx");
            Files.createDirectories(workbook.getParent());
            try (OutputStream out = Files.newOutputStream(workbook)) {
                new ReviewWorkbook(PLAN, context.getBean(AcceptedReturns.class), context.getBean(SubmittedReturns.class))
                        .withEvidence(context.getBean(EvidenceFiles.class), home, workbook.getParent()).write(P, out);
            }
            try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet files = wb.getSheet("佐证材料");
                assertThat(files.getLastRowNum()).isEqualTo(2);
                String link = files.getRow(1).getCell(5).getHyperlink().getAddress();
                assertThat(link).doesNotStartWith("/");
                assertThat(workbook.getParent().resolve(link).normalize()).as("the link opens the stored file").hasContent("%PDF-1.4 协调会纪要");
                Sheet tasks = wb.getSheet("任务核实");
                Row t11 = rowOf(tasks, "T11");
                assertThat(t11.getCell(6).getStringCellValue()).isEqualTo("1 份：T11-协调会纪要.pdf");
                t11.getCell(ReviewWorkbook.TASK_VERDICT_COLUMN).setCellValue(ReviewWorkbook.NOT_RECOGNISED);
                rowOf(tasks, "T12").getCell(ReviewWorkbook.TASK_VERDICT_COLUMN).setCellValue(ReviewWorkbook.RECOGNISED);
                try (OutputStream out = Files.newOutputStream(workbook)) {
                    wb.write(out);
                }
            }
            assertThatThrownBy(() -> context.getBean(ReviewDecisions.class).apply(workbook)).isInstanceOf(Refusal.class)
                    .hasMessageContaining("不予认定须写明理由");
            try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                rowOf(wb.getSheet("任务核实"), "T11").getCell(ReviewWorkbook.TASK_REASON_COLUMN).setCellValue("纪要未盖章，不能证明已完成");
                try (OutputStream out = Files.newOutputStream(workbook)) {
                    wb.write(out);
                }
            }
            ReviewDecisions.Applied applied = context.getBean(ReviewDecisions.class).apply(workbook);
            assertThat(applied.checks()).hasSize(2);

            Path outbox = context.getBean(AssessLauncher.class).run(P, true).outbox();
            String scores = Files.readString(outbox.resolve("scores.csv"));
            assertThat(valueOf(scores, "T11")).as("not recognised: scored as not reported").isEmpty();
            assertThat(valueOf(scores, "T12")).isEqualTo("已完成");
            String report = pdfText(outbox.resolve("units/330402-南湖区.pdf")).replaceAll("\\s", "");
            assertThat(report).contains("七、佐证清单").contains("T11-协调会纪要.pdf").contains("现场照片.jpg");
            assertThat(report).as("the unit's 已完成 against the office's 不予认定").contains("已完成按未报计分（考核办不予认定）不一致");
            assertThat(context.getBean(AuditTrail.class).of(PLAN.id(), "2019Q2")).filteredOn(e -> e.event() == AuditEvent.TASK_VERIFIED)
                    .anySatisfy(e -> assertThat(e.reason()).isEqualTo("T11 不予认定：纪要未盖章，不能证明已完成"));
        }
    }

    /** The service starts a run for evidence alone, and none for an empty 佐证材料 folder. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void evidenceAloneIsWorkForTheServiceAndAnEmptyEvidenceFolderIsNot(DatabaseSettings database) throws Exception {
        Path folder = Files.createDirectories(home.resolve("inbox/330402/佐证材料/T11"));
        try (ConfigurableApplicationContext context = KaoheApplication.start(home, database,
                Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0))) {
            kaohe.ingest.EvidenceIntake intake = context.getBean(kaohe.ingest.EvidenceIntake.class);
            assertThat(intake.hasWork()).isFalse();

            Files.write(folder.resolve("纪要.pdf"), "%PDF-1.4 纪要".getBytes(StandardCharsets.UTF_8));
            assertThat(intake.hasWork()).isTrue();
        }
    }

    private static Row rowOf(Sheet sheet, String item) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("330402") && row.getCell(3).getStringCellValue().equals(item)) {
                return row;
            }
        }
        throw new IllegalArgumentException("no row for " + item);
    }

    private static String valueOf(String scoresCsv, String item) {
        return scoresCsv.lines().filter(l -> l.startsWith("330402,") && l.split(",", -1)[3].equals(item))
                .map(l -> l.split(",", -1)[6]).findFirst().orElseThrow();
    }

    private static String pdfText(Path pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
