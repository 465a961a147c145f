package kaohe.office;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kaohe.ingest.AcceptedReturns;
import kaohe.ingest.CurrentReturn;
import kaohe.ingest.SubmittedReturns;
import kaohe.plan.DeadlineRule;
import kaohe.plan.Plan;
import kaohe.plan.ReportingUnit;
import kaohe.shared.Decimals;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.validate.PeerOutlier;
import kaohe.validate.PreviousReturn;
import kaohe.validate.ReturnValue;
import kaohe.validate.ValueState;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * 审核表.xlsx: every unit's current return of a period for the office to review in Excel or WPS. Sheet
 * 审核 has one row per return with its warnings and the two cells the office fills (决定: 通过 / 退回修改,
 * 理由); sheet 数值 puts each value beside the unit's last period and the median of its peers, with the
 * plausibility warnings and the figures they rest on; a very hidden sheet names the returns it was
 * written for, so an outdated workbook is refused when it comes back.
 */
public final class ReviewWorkbook {

    public static final String REVIEW_SHEET = "审核";
    static final String VALUES_SHEET = "数值";
    static final String META_SHEET = "_审核表";
    public static final int DECISION_COLUMN = 7;
    public static final int REASON_COLUMN = 8;
    public static final String APPROVE = "通过";
    public static final String RETURN = "退回修改";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(DeadlineRule.PLAN_TIME);

    private final Plan plan;
    private final AcceptedReturns returns;
    private final SubmittedReturns submitted;

    public ReviewWorkbook(Plan plan, AcceptedReturns returns, SubmittedReturns submitted) {
        this(plan, returns, submitted, null, null, null);
    }

    /** Evidence to list, from stored files under {@code home}, linked relative to the folder the workbook will be in. */
    private final kaohe.ingest.EvidenceFiles evidence;
    private final java.nio.file.Path home;
    private final java.nio.file.Path workbookFolder;

    private ReviewWorkbook(Plan plan, AcceptedReturns returns, SubmittedReturns submitted, kaohe.ingest.EvidenceFiles evidence,
                           java.nio.file.Path home, java.nio.file.Path workbookFolder) {
        this.plan = plan;
        this.returns = returns;
        this.submitted = submitted;
        this.evidence = evidence;
        this.home = home;
        this.workbookFolder = workbookFolder;
    }

    /** The same workbook listing each return's 佐证材料, each with a link that opens the stored file from {@code workbookFolder}. */
    public ReviewWorkbook withEvidence(kaohe.ingest.EvidenceFiles evidence, java.nio.file.Path home, java.nio.file.Path workbookFolder) {
        return new ReviewWorkbook(plan, returns, submitted, evidence, home, workbookFolder);
    }

    static final String TASK_SHEET = "任务核实";
    static final String EVIDENCE_SHEET = "佐证材料";
    public static final int TASK_EVIDENCE_COLUMN = 6;
    public static final int TASK_VERDICT_COLUMN = 7;
    public static final int TASK_REASON_COLUMN = 8;
    public static final String RECOGNISED = "核实";
    public static final String NOT_RECOGNISED = "不予认定";

    /**
     * 任务核实: each task of each current return with its 进展状态 and the 佐证材料 it came with, and two cells for the office
     * (核实 / 不予认定, 理由). A task not recognised is scored as not reported for that return.
     */
    private void tasks(XSSFWorkbook workbook, List<CurrentReturn> current, Map<Long, List<ReturnValue>> values,
                       List<kaohe.ingest.EvidenceFiles.Evidence> files, CellStyle header, CellStyle wrap) {
        Sheet sheet = workbook.createSheet(TASK_SHEET);
        header(sheet, header, "单位编码", "单位", "报表编号", "任务编码", "任务", "进展状态", "佐证材料", "核实结论（核实 / 不予认定）",
                "理由（不予认定必填）");
        CellStyle input = workbook.createCellStyle();
        input.setLocked(false);
        input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        int r = 1;
        for (CurrentReturn ret : current) {
            for (ReturnValue v : values.getOrDefault(ret.id(), List.of())) {
                if (v.type() != kaohe.validate.ItemType.TASK) {
                    continue;
                }
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(ret.unitCode());
                row.createCell(1).setCellValue(plan.unit(UnitCode.of(ret.unitCode())).map(ReportingUnit::name).orElse(""));
                row.createCell(2).setCellValue(ret.id());
                row.createCell(3).setCellValue(v.item().value());
                row.createCell(4).setCellValue(plan.itemName(v.item()).orElse(""));
                row.createCell(5).setCellValue(v.status() == null ? v.rawText() : v.status());
                List<String> names = files.stream().filter(f -> f.returnId() == ret.id() && f.item().equals(v.item()))
                        .map(kaohe.ingest.EvidenceFiles.Evidence::originalName).toList();
                row.createCell(TASK_EVIDENCE_COLUMN).setCellValue(names.isEmpty() ? "无" : names.size() + " 份：" + String.join("、", names));
                row.getCell(TASK_EVIDENCE_COLUMN).setCellStyle(wrap);
                row.createCell(TASK_VERDICT_COLUMN).setCellStyle(input);
                row.createCell(TASK_REASON_COLUMN).setCellStyle(input);
            }
        }
        if (r > 1) {
            var helper = sheet.getDataValidationHelper();
            DataValidation choice = helper.createValidation(helper.createExplicitListConstraint(new String[]{RECOGNISED, NOT_RECOGNISED}),
                    new CellRangeAddressList(1, r - 1, TASK_VERDICT_COLUMN, TASK_VERDICT_COLUMN));
            choice.setShowErrorBox(true);
            sheet.addValidationData(choice);
        }
        int[] widths = {10, 14, 10, 8, 36, 12, 40, 16, 30};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        kaohe.template.PrintLayout.readable(sheet, 0, widths.length, 2);
    }

    /** 佐证材料: every evidence file of the period's current returns, with a link that opens the stored copy. */
    private void evidence(XSSFWorkbook workbook, List<kaohe.ingest.EvidenceFiles.Evidence> files, CellStyle header) {
        Sheet sheet = workbook.createSheet(EVIDENCE_SHEET);
        header(sheet, header, "单位编码", "单位", "报表编号", "项目编码", "项目", "文件（点击打开）", "大小（KB）", "收到时间（北京时间）");
        CellStyle link = workbook.createCellStyle();
        var font = workbook.createFont();
        font.setUnderline(org.apache.poi.ss.usermodel.Font.U_SINGLE);
        font.setColor(IndexedColors.BLUE.getIndex());
        link.setFont(font);
        int r = 1;
        for (kaohe.ingest.EvidenceFiles.Evidence f : files) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(f.unit().value());
            row.createCell(1).setCellValue(plan.unit(f.unit()).map(ReportingUnit::name).orElse(""));
            row.createCell(2).setCellValue(f.returnId());
            row.createCell(3).setCellValue(f.item().value());
            row.createCell(4).setCellValue(plan.itemName(f.item()).orElse(""));
            row.createCell(5).setCellValue(f.originalName());
            // Relative to where the workbook is saved, so the home can move as a whole; "/" as every office suite reads it.
            String target = workbookFolder.toAbsolutePath().normalize().relativize(home.resolve(f.storedPath()).toAbsolutePath().normalize())
                    .toString().replace('\\', '/');
            var hyperlink = workbook.getCreationHelper().createHyperlink(org.apache.poi.common.usermodel.HyperlinkType.FILE);
            hyperlink.setAddress(target);
            row.getCell(5).setHyperlink(hyperlink);
            row.getCell(5).setCellStyle(link);
            row.createCell(6).setCellValue(Math.max(1, f.size() / 1024));
            row.createCell(7).setCellValue(WHEN.format(f.received()));
        }
        int[] widths = {10, 14, 10, 8, 36, 40, 10, 18};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    static final String SELF_SHEET = "自评";

    /** 自评: what each unit said of its items in its current return, for the office to read beside the values. */
    private void selfAssessments(XSSFWorkbook workbook, Period period, CellStyle header, CellStyle wrap) {
        Sheet sheet = workbook.createSheet(SELF_SHEET);
        header(sheet, header, "单位编码", "单位", "编码", "指标 / 任务", "自评 / 进展状态", "原因", "整改措施");
        int r = 1;
        for (var entry : returns.selfAssessments(plan.id(), period).entrySet()) {
            for (kaohe.validate.SelfAssessment self : entry.getValue()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(entry.getKey().value());
                row.createCell(1).setCellValue(plan.unit(entry.getKey()).map(ReportingUnit::name).orElse(""));
                row.createCell(2).setCellValue(self.item().value());
                row.createCell(3).setCellValue(plan.itemName(self.item()).orElse(""));
                row.createCell(4).setCellValue(self.status());
                row.createCell(5).setCellValue(self.reason());
                row.getCell(5).setCellStyle(wrap);
                row.createCell(6).setCellValue(self.measures());
                row.getCell(6).setCellStyle(wrap);
            }
        }
        int[] widths = {10, 14, 8, 40, 14, 40, 40};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        kaohe.template.PrintLayout.readable(sheet, 0, widths.length, 2);
    }

    /** Writes the workbook; returns how many returns it holds. */
    public int write(Period period, OutputStream out) throws IOException {
        List<CurrentReturn> current = returns.currentReturns(plan.id(), period);
        Map<Long, List<ReturnValue>> values = new HashMap<>();
        returns.currentByUnit(plan.id(), period).values().forEach(r -> values.put(r.id(), r.values()));
        Map<String, List<String>> warnings = new HashMap<>();
        submitted.findings(plan.id(), period).stream().filter(f -> f.status() == kaohe.ingest.ReturnStatus.ACCEPTED)
                .forEach(f -> warnings.computeIfAbsent(f.unitCode() + "|" + nz(f.itemCode()), k -> new ArrayList<>())
                        .add(f.code() + " " + f.message()));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = workbook.createCellStyle();
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle input = workbook.createCellStyle();
            input.setLocked(false);
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);

            Sheet review = workbook.createSheet(REVIEW_SHEET);
            Sheet numbers = workbook.createSheet(VALUES_SHEET);
            Sheet meta = workbook.createSheet(META_SHEET);
            header(review, header, "单位编码", "单位", "报表编号", "报表文件", "收到时间（北京时间）", "审核提示", "异常值", "决定", "理由（退回修改必填）");
            header(numbers, header, "单位编码", "单位", "编码", "指标", "本期值", "上期值", "同类单位中位数", "提示");
            meta.createRow(0).createCell(0).setCellValue("plan=" + plan.id());
            meta.getRow(0).createCell(1).setCellValue("period=" + period);
            int r = 1;
            int v = 1;
            for (CurrentReturn ret : current) {
                UnitCode unit = UnitCode.of(ret.unitCode());
                ReportingUnit reporting = plan.unit(unit).orElseThrow();
                Optional<PreviousReturn> previous = returns.latestBefore(plan.id(), unit, period);
                int outliers = 0;
                for (ReturnValue value : values.get(ret.id())) {
                    if (value.state() != ValueState.VALUE || value.value() == null) {
                        continue;
                    }
                    List<String> notes = new ArrayList<>(warnings.getOrDefault(ret.unitCode() + "|" + value.item().value(), List.of()));
                    List<BigDecimal> peers = peerValues(current, values, reporting, value.item());
                    Optional<PeerOutlier.Score> score = PeerOutlier.of(value.value(), peers);
                    if (score.isPresent() && score.get().isOutlier()) {
                        outliers++;
                        notes.add("与同类单位相比异常：M = " + score.get().m().setScale(1, java.math.RoundingMode.HALF_UP)
                                + "（中位数 " + plain(score.get().median()) + "，MAD " + plain(score.get().mad()) + "，" + peers.size() + " 个单位）");
                    }
                    Row row = numbers.createRow(v++);
                    row.createCell(0).setCellValue(ret.unitCode());
                    row.createCell(1).setCellValue(reporting.name());
                    row.createCell(2).setCellValue(value.item().value());
                    row.createCell(3).setCellValue(plan.indicator(value.item()).map(i -> i.name()).orElse(""));
                    row.createCell(4).setCellValue(value.value().doubleValue());
                    BigDecimal before = previous.map(p -> p.values().get(value.item())).orElse(null);
                    if (before != null) {
                        row.createCell(5).setCellValue(before.doubleValue());
                    }
                    if (peers.size() >= 2) {
                        row.createCell(6).setCellValue(PeerOutlier.median(peers).doubleValue());
                    }
                    row.createCell(7).setCellValue(String.join("；", notes));
                }
                Row row = review.createRow(r);
                row.createCell(0).setCellValue(ret.unitCode());
                row.createCell(1).setCellValue(reporting.name());
                row.createCell(2).setCellValue(ret.id());
                row.createCell(3).setCellValue(ret.originalName());
                row.createCell(4).setCellValue(WHEN.format(ret.receivedAt()));
                long count = warnings.entrySet().stream().filter(e -> e.getKey().startsWith(ret.unitCode() + "|"))
                        .mapToLong(e -> e.getValue().size()).sum();
                row.createCell(5).setCellValue(count);
                row.createCell(6).setCellValue(outliers);
                row.createCell(DECISION_COLUMN).setCellStyle(input);
                row.createCell(REASON_COLUMN).setCellStyle(input);
                Row m = meta.createRow(r);
                m.createCell(0).setCellValue(ret.id());
                m.createCell(1).setCellValue(ret.contentHash());
                r++;
            }
            if (r > 1) {
                var helper = review.getDataValidationHelper();
                DataValidation choice = helper.createValidation(helper.createExplicitListConstraint(new String[]{APPROVE, RETURN}),
                        new CellRangeAddressList(1, r - 1, DECISION_COLUMN, DECISION_COLUMN));
                choice.setShowErrorBox(true);
                review.addValidationData(choice);
            }
            int[] widths = {10, 14, 9, 30, 18, 9, 8, 10, 40};
            for (int c = 0; c < widths.length; c++) {
                review.setColumnWidth(c, widths[c] * 256);
            }
            int[] valueWidths = {10, 14, 8, 40, 10, 10, 14, 70};
            for (int c = 0; c < valueWidths.length; c++) {
                numbers.setColumnWidth(c, valueWidths[c] * 256);
            }
            // The unit, its warnings and the 决定/理由 on one printed page width (8 pt or more), signed below.
            kaohe.template.PrintLayout.readable(review, 0, widths.length, 2);
            review.getFooter().setLeft("审核人（签字）：________________　　日期：____年__月__日");
            review.getFooter().setRight("第 &P 页，共 &N 页");
            kaohe.template.PrintLayout.readable(numbers, 0, valueWidths.length, 2);
            review.protectSheet("");
            review.createFreezePane(0, 1);
            numbers.createFreezePane(0, 1);
            numbers.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(0, v - 1), 0, 7));
            selfAssessments(workbook, period, header, wrap);
            List<kaohe.ingest.EvidenceFiles.Evidence> files = evidence == null ? List.of() : evidence.ofPeriod(plan.id(), period);
            tasks(workbook, current, values, files, header, wrap);
            evidence(workbook, files, header);
            workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
            workbook.write(out);
            return current.size();
        }
    }

    private List<BigDecimal> peerValues(List<CurrentReturn> current, Map<Long, List<ReturnValue>> values,
                                        ReportingUnit unit, ItemCode item) {
        List<BigDecimal> peers = new ArrayList<>();
        for (CurrentReturn other : current) {
            boolean peer = plan.unit(UnitCode.of(other.unitCode())).map(u -> u.peerGroup() == unit.peerGroup()).orElse(false);
            if (peer) {
                values.get(other.id()).stream().filter(x -> x.item().equals(item) && x.state() == ValueState.VALUE && x.value() != null)
                        .forEach(x -> peers.add(x.value()));
            }
        }
        return peers;
    }

    private static void header(Sheet sheet, CellStyle style, String... names) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < names.length; c++) {
            row.createCell(c).setCellValue(names[c]);
            row.getCell(c).setCellStyle(style);
        }
    }

    private static String plain(BigDecimal value) {
        return Decimals.plain(Decimals.canonical(value.round(new java.math.MathContext(6))));
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
