package kaohe.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.audit.AuditEvent;
import kaohe.audit.AuditTrail;
import kaohe.ingest.FilledReturn;
import kaohe.job.AssessLauncher;
import kaohe.job.IngestLauncher;
import kaohe.plan.DeadlineRule;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.report.Mails;
import kaohe.shared.MovableClock;
import kaohe.shared.Period;
import kaohe.shared.Refusal;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;

/** 征求意见 and 异议 on both databases: forms out, objections in until the deadline, answers recorded and mailed once. */
class ObjectionTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Plan PLAN = ShippedPlan.plan();
    private static final Period P = Period.of("2019Q2");

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void unitsObjectUntilTheDeadlineTheOfficeAnswersEachAndEveryUnitHearsOnce(DatabaseSettings database) throws Exception {
        Path home = temp.resolve("home");
        try (ConfigurableApplicationContext context = assessed(database, home, Map.of("330402", 60, "330411", 90))) {
            MovableClock clock = context.getBean(MovableClock.class);
            ObjectionDesk desk = context.getBean(ObjectionDesk.class);

            assertThatThrownBy(() -> desk.open(P, LocalDate.of(2019, 7, 10))).isInstanceOf(Refusal.class).hasMessageContaining("已经过去");
            ObjectionDesk.Opened opened = desk.open(P, LocalDate.of(2019, 7, 20));

            assertThat(opened.forms()).isEqualTo(PLAN.units().size());
            Path nanhuForm = opened.folder().resolve("330402-南湖区-异议表-2019Q2.xlsx");
            assertThat(mailsTitled("异议表（截止 2019-07-20）")).hasSize(2);
            Path inbox = desk.inbox();
            fill(nanhuForm, "Q02", "报送值有误，应为 95", "市统计局核定数.pdf", Files.createDirectories(inbox.resolve("330402")).resolve("南湖区异议.xlsx"));
            fill(nanhuForm, "Q02", "放错了文件夹", "", Files.createDirectories(inbox.resolve("330411")).resolve("错放.xlsx"));
            Files.writeString(inbox.resolve("随便.xlsx"), "not a workbook");
            touchAll(inbox, beijing(2019, 7, 16));
            fill(opened.folder().resolve("330411-秀洲区-异议表-2019Q2.xlsx"), ObjectionForm.TOTAL, "名次有误", "", inbox.resolve("330411/秀洲区异议.xlsx"));
            Files.setLastModifiedTime(inbox.resolve("330411/秀洲区异议.xlsx"), java.nio.file.attribute.FileTime.from(beijing(2019, 7, 22)));
            clock.set(beijing(2019, 7, 23));

            ObjectionDesk.Taken taken = desk.ingest();

            assertThat(taken.files()).isEqualTo(2);
            assertThat(taken.objections()).isEqualTo(2);
            assertThat(taken.late()).isEqualTo(1);
            assertThat(taken.rejected()).isEqualTo(2);
            assertThat(taken.lines()).anyMatch(l -> l.contains("这是南湖区的异议表，却放在了 330411 的文件夹中"))
                    .anyMatch(l -> l.contains("无法作为 Excel 工作簿打开"));
            assertThat(mailsTitled("考核结果异议答复（秀洲区）：逾期提出")).singleElement()
                    .satisfies(m -> assertThat(body(m)).contains("记录在案，不再受理"));

            Path review = desk.reviewWorkbook(P);
            long nanhuObjection;
            try (InputStream in = Files.newInputStream(review); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet sheet = wb.getSheet(ObjectionReview.SHEET);
                assertThat(sheet.getLastRowNum()).isEqualTo(1);
                Row row = sheet.getRow(1);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo("330402");
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Q02");
                assertThat(row.getCell(5).getStringCellValue()).isEqualTo("60");
                assertThat(row.getCell(7).getStringCellValue()).isEqualTo("报送值有误，应为 95");
                nanhuObjection = (long) row.getCell(0).getNumericCellValue();
                assertThat(wb.getSheet(ObjectionReview.LATE_SHEET).getRow(1).getCell(ObjectionReview.DECISION_COLUMN).getStringCellValue())
                        .isEqualTo("逾期提出，不予受理");
                // Decided and signed on paper: it was fitted to one page width whatever its columns.
                kaohe.template.Legibility.assertPrintsLegibly(sheet, ObjectionReview.REASON_COLUMN + 1);
            }

            decide(review, "不采纳", "");
            assertThatThrownBy(() -> desk.apply(review)).isInstanceOf(Refusal.class).hasMessageContaining("不采纳异议，须写明理由");
            decide(review, "采纳", "经核实，以市统计局核定数为准");
            ObjectionDesk.Applied applied = desk.apply(review);

            assertThat(applied.adopted()).isEqualTo(1);
            assertThat(applied.adoptedLines()).containsExactly("南湖区 Q02 制造业产品质量合格率：报送值有误，应为 95");
            assertThat(mailsTitled("考核结果异议答复（南湖区）")).singleElement()
                    .satisfies(m -> assertThat(body(m)).contains("答复：采纳，经核实，以市统计局核定数为准"));
            desk.apply(review);
            assertThat(mailsTitled("考核结果异议答复（南湖区）")).as("applied again, answered once").hasSize(1);
            assertThat(context.getBean(AuditTrail.class).of(PLAN.id(), "2019Q2")).extracting(e -> e.event())
                    .contains(AuditEvent.OBJECTIONS_OPENED, AuditEvent.OBJECTION_RECEIVED, AuditEvent.OBJECTION_DECIDED);
            assertThat(context.getBean(AuditTrail.class).of(PLAN.id(), "2019Q2"))
                    .filteredOn(e -> e.event() == AuditEvent.OBJECTION_DECIDED).singleElement()
                    .satisfies(e -> assertThat(e.reason()).isEqualTo("异议 " + nanhuObjection + "（Q02）采纳：经核实，以市统计局核定数为准"));

            context.getBean(PeriodPublisher.class).publish(P);
            assertThatThrownBy(() -> desk.open(P, LocalDate.of(2019, 8, 1))).isInstanceOf(Refusal.class).hasMessageContaining("请用 correct 更正");
        }
    }

    private static Instant beijing(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(10, 0).atZone(DeadlineRule.PLAN_TIME).toInstant();
    }

    private static String body(MimeMessage m) {
        try {
            Object content = m.getContent();
            return content instanceof String text ? text : GreenMailUtil.getBody(((jakarta.mail.Multipart) content).getBodyPart(0));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> mailsTitled(String part) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> Mails.subject(m).contains(part)).toList();
    }

    /** A deadline moved later takes forms up to the new day, each unit hears of it once, and reopening as it stands mails nobody. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aWindowReopenedWithALaterDeadlineTakesFormsUntilThenAndTellsEachUnitOnce(DatabaseSettings database) throws Exception {
        Path home = temp.resolve("home");
        try (ConfigurableApplicationContext context = assessed(database, home, Map.of("330402", 60))) {
            MovableClock clock = context.getBean(MovableClock.class);
            ObjectionDesk desk = context.getBean(ObjectionDesk.class);
            desk.open(P, LocalDate.of(2019, 7, 20));

            ObjectionDesk.Opened reopened = desk.open(P, LocalDate.of(2019, 7, 25));

            assertThat(context.getBean(Objections.class).window(PLAN.id(), P)).get().extracting(Objections.Window::deadline)
                    .isEqualTo(LocalDate.of(2019, 7, 25));
            assertThat(mailsTitled("南湖区异议表（截止 2019-07-20）")).hasSize(1);
            assertThat(mailsTitled("南湖区异议表（截止 2019-07-25）")).hasSize(1);
            assertThat(desk.open(P, LocalDate.of(2019, 7, 25)).mailed()).as("the same deadline again").isZero();
            fill(reopened.folder().resolve("330402-南湖区-异议表-2019Q2.xlsx"), "Q02", "报送值有误，应为 95", "",
                    Files.createDirectories(desk.inbox().resolve("330402")).resolve("南湖区异议.xlsx"));
            touchAll(desk.inbox(), beijing(2019, 7, 23));
            clock.set(beijing(2019, 7, 23));

            ObjectionDesk.Taken taken = desk.ingest();

            assertThat(taken.objections()).isEqualTo(1);
            assertThat(taken.late()).as("after the first deadline, before the second").isZero();
        }
    }

    /**
     * A started application whose units (code → Q02) sent their 2019Q2 returns on 14 July and were assessed on 15 July,
     * each with an address to be mailed at; the clock stands at 15 July.
     */
    private static ConfigurableApplicationContext assessed(DatabaseSettings database, Path home, Map<String, Integer> q02ByUnit) throws Exception {
        smtp.reset();
        StringBuilder addresses = new StringBuilder("unit_code,email\n");
        for (var unit : new java.util.TreeMap<>(q02ByUnit).entrySet()) {
            FilledReturn.template(PLAN, unit.getKey(), "2019Q2").everything().value("Q02", unit.getValue())
                    .saveTo(home.resolve("inbox").resolve(unit.getKey()).resolve(unit.getKey() + ".xlsx"));
            addresses.append(unit.getKey()).append(",u").append(unit.getKey()).append("@jx.example\n");
        }
        Path recipients = Files.createDirectories(home.resolve("recipients"));
        Files.writeString(recipients.resolve("jiaxing-2017-2019.csv"), addresses.toString());
        ConfigurableApplicationContext context = KaoheApplication.start(home, database, Map.of("kaohe.plan",
                ShippedPlan.FOLDER.toString(), "kaohe.ingest.settle-seconds", 0, "kaohe.recipients-dir", recipients.toString(),
                "spring.mail.host", "127.0.0.1", "spring.mail.port", smtp.getSmtp().getPort()));
        context.getBean(MovableClock.class).set(beijing(2019, 7, 15));
        touchAll(home.resolve("inbox"), beijing(2019, 7, 14));
        context.getBean(IngestLauncher.class).run(false);
        context.getBean(AssessLauncher.class).run(P, true);
        return context;
    }

    /** The unit's form with one row's 异议内容 and 佐证材料 filled, saved as {@code target}. */
    private static void fill(Path form, String code, String claim, String evidence, Path target) throws Exception {
        try (InputStream in = Files.newInputStream(form); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(ObjectionForm.SHEET);
            for (Row row : sheet) {
                if (row.getRowNum() >= ObjectionForm.FIRST_ROW && row.getCell(0).getStringCellValue().equals(code)) {
                    row.getCell(ObjectionForm.CLAIM_COLUMN).setCellValue(claim);
                    row.getCell(ObjectionForm.EVIDENCE_COLUMN).setCellValue(evidence);
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    private static void decide(Path review, String decision, String reason) throws Exception {
        try (InputStream in = Files.newInputStream(review); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Row row = wb.getSheet(ObjectionReview.SHEET).getRow(1);
            row.getCell(ObjectionReview.DECISION_COLUMN).setCellValue(decision);
            row.getCell(ObjectionReview.REASON_COLUMN).setCellValue(reason);
            try (OutputStream out = Files.newOutputStream(review)) {
                wb.write(out);
            }
        }
    }

    private static void touchAll(Path folder, Instant when) throws java.io.IOException {
        try (var files = Files.walk(folder)) {
            for (Path f : files.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.from(when));
            }
        }
    }
}
