package kaohe.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kaohe.ingest.AcceptedReturns;
import kaohe.ingest.SubmittedReturns;
import kaohe.job.AssessLauncher;
import kaohe.job.IngestLauncher;
import kaohe.office.PeriodPublisher;
import kaohe.office.ReviewDecisions;
import kaohe.office.ReviewWorkbook;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.shared.MovableClock;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;

/**
 * The office's part of the demo quarter, after the first assessment: the review sends one county's
 * return back for revision and the corrected one arrives; the office adds one 加减分 and one 一票否决;
 * the quarter is assessed again and published; a unit's return comes after publication and changes
 * nothing; the office reopens, assesses and publishes a second version; a deduction withdrawn afterwards
 * corrects one unit (更正) without re-issuing the version. Each step is one line of story.
 */
public final class DemoOffice {


    private final Plan plan;
    private final IngestLauncher ingest;
    private final AssessLauncher assess;
    private final AcceptedReturns returns;
    private final SubmittedReturns submitted;
    private final ReviewDecisions decisions;
    private final PeriodPublisher publisher;
    private final MovableClock clock;
    private final Path home;
    private final kaohe.office.UnitCorrection correction;
    private final kaohe.rectify.RectificationRecords rectification;
    private final kaohe.rectify.RectificationIntake rectificationIntake;
    private final kaohe.office.ObjectionDesk objections;
    private final kaohe.office.Verification verification;
    private final kaohe.ingest.EvidenceFiles evidence;

    public DemoOffice(Plan plan, IngestLauncher ingest, AssessLauncher assess, AcceptedReturns returns, SubmittedReturns submitted, ReviewDecisions decisions,
                      PeriodPublisher publisher, MovableClock clock, Path home, kaohe.office.UnitCorrection correction,
                      kaohe.rectify.RectificationRecords rectification, kaohe.rectify.RectificationIntake rectificationIntake,
                      kaohe.office.ObjectionDesk objections, kaohe.office.Verification verification, kaohe.ingest.EvidenceFiles evidence) {
        this.evidence = evidence;
        this.objections = objections;
        this.verification = verification;
        this.correction = correction;
        this.rectification = rectification;
        this.rectificationIntake = rectificationIntake;
        this.plan = plan;
        this.ingest = ingest;
        this.assess = assess;
        this.returns = returns;
        this.submitted = submitted;
        this.decisions = decisions;
        this.publisher = publisher;
        this.clock = clock;
        this.home = home;
    }

    /** Plays the steps; returns what happened, one line each, in Chinese. */
    public List<String> run(Period period) throws Exception {
        List<String> story = new ArrayList<>();
        DemoCast cast = DemoCast.of(plan);
        DemoReturns demoReturns = new DemoReturns(plan, kaohe.template.TemplateSeal.forInstallation(home), period);
        try {
            story.add(evidence(period, cast));
            clock.set(DemoQuarter.moment(plan, period, 6));
            Path workbook = home.resolve("outbox").resolve(period.toString()).resolve("审核表-" + period + ".xlsx");
            try (OutputStream out = Files.newOutputStream(workbook)) {
                new ReviewWorkbook(plan, returns, submitted).withEvidence(evidence, home, workbook.getParent()).write(period, out);
            }
            fill(workbook);
            ReviewDecisions.Applied applied = decisions.apply(workbook);
            story.add("审核：" + (applied.decisions().size() - applied.returned()) + " 份通过，" + applied.returned() + " 份退回修改（"
                    + name(cast.sentBack()) + "），审核表 " + workbook);
            ReportingUnit sentBack = plan.unit(cast.sentBack()).orElseThrow();
            DemoQuarter.drop(home, demoReturns, sentBack, 7, false, sentBack.name() + " " + period + " 报表（修改后）.xlsx",
                    DemoQuarter.moment(plan, period, 7));
            clock.set(DemoQuarter.moment(plan, period, 7));
            story.add("修改后重新报送：" + ingest.run(false).text());
            Path adjustments = Files.createDirectories(home.resolve("adjustments")).resolve(period + ".csv");
            Files.writeString(adjustments, "unit_code,applies_to,points,reason,document\n"
                    + cast.adjusted() + ",总分,-2,辖区内发生较大质量安全事故,考核办〔" + period.year() + "〕12号\n"
                    + cast.vetoed() + ",一票否决,,发生重大国有资产质量安全责任事故,考核办〔" + period.year() + "〕15号\n");
            story.add("加减分与一票否决：" + adjustments);
            story.add(verify(period));
            clock.set(DemoQuarter.moment(plan, period, 8));
            assess.run(period);
            story.add(objection(period, cast, demoReturns));
            PeriodPublisher.Published first = publisher.publish(period);
            story.add("发布第 " + first.version() + " 版：" + first.folder());
            ReportingUnit late = plan.unit(cast.neverReports()).orElseThrow();
            DemoQuarter.drop(home, demoReturns, late, 11, false, late.name() + " " + period + " 报表（补报）.xlsx",
                    DemoQuarter.moment(plan, period, 9));
            clock.set(DemoQuarter.moment(plan, period, 9));
            story.add("发布后补报：" + ingest.run(false).text() + "；已发布的结果不变");
            try {
                assess.run(period);
            } catch (AssessLauncher.Refused refused) {
                story.add("重新考核被拒绝：" + refused.getMessage());
            }
            publisher.reopen(period, name(cast.neverReports()) + "补报，经领导同意重新考核");
            assess.run(period);
            PeriodPublisher.Published second = publisher.publish(period);
            story.add("撤回后重新考核，发布第 " + second.version() + " 版：" + second.folder() + "（第 1 版保留）");
            // The deduction is withdrawn after publication: one unit corrected, the version itself left as issued.
            clock.set(DemoQuarter.moment(plan, period, 12));
            Files.writeString(adjustments, "unit_code,applies_to,points,reason,document\n"
                    + cast.vetoed() + ",一票否决,,发生重大国有资产质量安全责任事故,考核办〔" + period.year() + "〕15号\n");
            kaohe.office.UnitCorrection.Corrected corrected = correction.correct(period, cast.adjusted(),
                    "经复核，辖区内较大质量安全事故的责任不在" + name(cast.adjusted()) + "，撤销减分（考核办〔" + period.year() + "〕16号）");
            story.add("发布后更正：" + name(cast.adjusted()) + "撤销减分，第 " + corrected.version() + " 版第 " + corrected.sequence() + " 次更正，总分 "
                    + corrected.notice().unitBefore().shownTotal() + " → " + corrected.notice().unitAfter().shownTotal() + "；更正说明和更正后的单位报告 "
                    + corrected.folder() + "（第 " + corrected.version() + " 版的已发布文件不变）");
            story.add(rectify(period));
        } finally {
            clock.release();
        }
        return story;
    }

    /** 佐证材料: one county sends the minutes of a meeting for its first task; the next ingest run takes them. */
    private String evidence(Period period, DemoCast cast) throws Exception {
        ReportingUnit unit = plan.unit(cast.adjusted()).orElseThrow();
        var task = plan.tasks().stream().filter(t -> t.isReportedBy(unit.code())).findFirst();
        if (task.isEmpty()) {
            return "佐证材料：" + unit.name() + "本期没有任务";
        }
        Path folder = Files.createDirectories(home.resolve("inbox").resolve(unit.code().value()).resolve(kaohe.ingest.EvidenceIntake.FOLDER));
        Path minutes = folder.resolve(task.get().code() + "-推进会会议纪要.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); OutputStream out = Files.newOutputStream(minutes)) {
            doc.createParagraph().createRun().setText(unit.name() + "“" + task.get().name() + "”推进会会议纪要");
            doc.createParagraph().createRun().setText("会议听取了工作进展情况汇报，明确了下一步分工和完成时限。");
            doc.write(out);
        }
        java.time.Instant sent = DemoQuarter.moment(plan, period, 5);
        Files.setLastModifiedTime(minutes, java.nio.file.attribute.FileTime.from(sent.minusSeconds(3600)));
        clock.set(sent);
        return "佐证材料：" + unit.name() + "为 " + task.get().code() + " 报送会议纪要，" + ingest.run(false).text();
    }

    /** 核查: two units, three values each, drawn with a fixed seed; the 考核组 finds the first value overstated. */
    private String verify(Period period) throws IOException {
        kaohe.office.Verification.Drawn drawn = verification.sample(period, java.util.Optional.of(2), java.util.Optional.of(3),
                java.util.Optional.of((long) period.year() * 10 + period.quarter()));
        var first = drawn.sampled().get(0);
        java.math.BigDecimal reduced = first.reported().multiply(new java.math.BigDecimal("0.9")).setScale(2, java.math.RoundingMode.DOWN)
                .stripTrailingZeros();
        try (var in = Files.newInputStream(drawn.workbook()); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var sheet = wb.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                row.getCell(kaohe.office.Verification.VERDICT_COLUMN).setCellValue(r == 1 ? "核减为" : "属实");
                if (r == 1) {
                    row.getCell(kaohe.office.Verification.VALUE_COLUMN).setCellValue(reduced.toPlainString());
                    row.getCell(kaohe.office.Verification.REASON_COLUMN).setCellValue("现场核查台账，部分数据不能提供佐证");
                }
            }
            try (OutputStream out = Files.newOutputStream(drawn.workbook())) {
                wb.write(out);
            }
        }
        kaohe.office.Verification.Verified verified = verification.verify(drawn.workbook());
        return "核查（种子 " + drawn.seed() + "，" + drawn.units() + " 个单位各 " + drawn.items() + " 项）：" + verified.decided() + " 项有结论，"
                + name(first.unit()) + " " + first.item() + " 由 " + kaohe.shared.Decimals.plain(first.reported()) + " 核减为 " + reduced.toPlainString()
                + "；核查表 " + drawn.workbook();
    }

    /**
     * 征求意见: the draft is opened for objections for three days; one county objects to a value, the office upholds it,
     * the county sends the corrected return and the quarter is assessed again before it is published.
     */
    private String objection(Period period, DemoCast cast, DemoReturns demoReturns) throws Exception {
        java.time.Instant opened = DemoQuarter.moment(plan, period, 8);
        kaohe.office.ObjectionDesk.Opened window = objections.open(period, java.time.LocalDate.ofInstant(opened, kaohe.plan.DeadlineRule.PLAN_TIME).plusDays(3));
        ReportingUnit objecting = plan.unit(cast.objects()).orElseThrow();
        Path form = window.folder().resolve(objecting.code() + "-" + objecting.name() + "-异议表-" + period + ".xlsx");
        Path filled = Files.createDirectories(objections.inbox().resolve(objecting.code().value())).resolve(objecting.name() + "异议表.xlsx");
        String item;
        try (var in = Files.newInputStream(form); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            // The form's first item: the unit's own list, in the plan's order.
            var row = wb.getSheetAt(0).getRow(kaohe.office.ObjectionDesk.FORM_FIRST_ROW);
            item = row.getCell(0).getStringCellValue();
            row.getCell(kaohe.office.ObjectionDesk.FORM_CLAIM_COLUMN).setCellValue("报表中该项误填，应以统计部门核定数为准，已按核定数重新填报");
            row.getCell(kaohe.office.ObjectionDesk.FORM_EVIDENCE_COLUMN).setCellValue("统计部门核定数据（盖章扫描件）");
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        Files.setLastModifiedTime(filled, java.nio.file.attribute.FileTime.from(opened.plusSeconds(3600)));
        clock.set(opened.plusSeconds(2 * 3600));
        kaohe.office.ObjectionDesk.Taken taken = objections.ingest();
        Path review = objections.reviewWorkbook(period);
        try (var in = Files.newInputStream(review); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var row = wb.getSheetAt(0).getRow(1);
            row.getCell(kaohe.office.ObjectionDesk.REVIEW_DECISION_COLUMN).setCellValue("采纳");
            row.getCell(kaohe.office.ObjectionDesk.REVIEW_REASON_COLUMN).setCellValue("经核实，以统计部门核定数为准");
            try (OutputStream out = Files.newOutputStream(review)) {
                wb.write(out);
            }
        }
        kaohe.office.ObjectionDesk.Applied applied = objections.apply(review);
        DemoQuarter.drop(home, demoReturns, objecting, 8, false, objecting.name() + " " + period + " 报表（按异议更正）.xlsx", opened.plusSeconds(4 * 3600));
        clock.set(opened.plusSeconds(4 * 3600));
        String ingested = ingest.run(false).text();
        assess.run(period);
        return "征求意见（异议截止 " + window.deadline() + "）：" + taken.text() + "；" + objecting.name() + "对 " + item + " 的异议被采纳（" + applied.adopted()
                + " 条），更正后的报表：" + ingested + "；重新考核";
    }

    /** The last-placed county sends its 整改 report into the rectification inbox, and it is taken. */
    private String rectify(Period period) throws IOException {
        var owing = rectification.dueInForce(plan.id(), period).stream()
                .filter(d -> d.reason().equals("本组末位") && plan.unit(d.unit()).map(u -> u.peerGroup() == kaohe.plan.PeerGroup.COUNTY).orElse(false))
                .findFirst();
        if (owing.isEmpty()) {
            return "整改跟踪：本期通报没有要求县（市、区）报送整改报告";
        }
        var due = owing.get();
        java.time.Instant sent = DemoQuarter.moment(plan, period, 20);
        Path report = Files.createDirectories(rectificationIntake.inbox().resolve(due.unit().value()))
                .resolve(due.unitName() + "关于" + period.label() + "考核整改情况的报告.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); OutputStream out = Files.newOutputStream(report)) {
            doc.createParagraph().createRun().setText(due.unitName() + "关于" + period.label() + "质量工作考核整改情况的报告");
            doc.createParagraph().createRun().setText("针对考核中反映的滞后项目，我单位已逐项分析原因，制定整改措施，明确责任人和完成时限。");
            doc.write(out);
        }
        Files.setLastModifiedTime(report, java.nio.file.attribute.FileTime.from(sent));
        clock.set(sent.plusSeconds(3600));
        kaohe.rectify.RectificationIntake.Result taken = rectificationIntake.run();
        return "整改跟踪：通报要求 " + rectification.dueInForce(plan.id(), period).size() + " 个单位报送整改报告（截止 " + due.due() + "）；"
                + due.unitName() + "（" + due.reason() + "）报送整改报告：" + taken.text() + "，" + String.join("；", taken.lines());
    }

    /** The office's choices in the review workbook: one county sent back, every other return passed. */
    private void fill(Path workbook) throws IOException {
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(workbook))) {
            for (var row : wb.getSheet(ReviewWorkbook.REVIEW_SHEET)) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                boolean back = row.getCell(0).getStringCellValue().equals(DemoCast.of(plan).sentBack().value());
                row.getCell(ReviewWorkbook.DECISION_COLUMN).setCellValue(back ? ReviewWorkbook.RETURN : ReviewWorkbook.APPROVE);
                row.getCell(ReviewWorkbook.REASON_COLUMN).setCellValue(back ? "制造业产品质量合格率与上季度差距较大，请核实后重报" : "");
            }
            // A task sent with evidence is 核实: the minutes bear out its status.
            var tasks = wb.getSheet("任务核实");
            for (var row : tasks) {
                if (row.getRowNum() > 0 && !row.getCell(ReviewWorkbook.TASK_EVIDENCE_COLUMN).getStringCellValue().equals("无")) {
                    row.getCell(ReviewWorkbook.TASK_VERDICT_COLUMN).setCellValue(ReviewWorkbook.RECOGNISED);
                }
            }
            try (OutputStream out = Files.newOutputStream(workbook)) {
                wb.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String name(UnitCode code) {
        return plan.unit(code).map(ReportingUnit::name).orElse(code.value());
    }
}
