package kaohe.office;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kaohe.audit.AuditEvent;
import kaohe.audit.AuditTrail;
import kaohe.ingest.AcceptedReturns;
import kaohe.ingest.StoredReturn;
import kaohe.plan.Plan;
import kaohe.score.Verdict;
import kaohe.score.VerificationDraw;
import kaohe.score.Verifications;
import kaohe.shared.Decimals;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.Refusal;
import kaohe.shared.UnitCode;
import kaohe.validate.ItemType;
import kaohe.validate.ReturnValue;
import kaohe.validate.ValueState;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 核查: draws a reproducible sample of units and reported values of a period (the seed and the draw are stored and
 * printed), writes the 核查表 for the 考核组 to fill (属实 / 核减为 x / 不属实, with a reason), and records its verdicts,
 * which scoring then applies: a reduced value counts instead of the reported one, a false one as not reported. A
 * 不属实 is the office's to take further, as a 通报批评 in the period's adjustments.
 */
@Component
public class Verification {

    static final String SHEET = "核查";
    static final String META_SHEET = "_核查表";
    static final int EVIDENCE_COLUMN = 7;
    public static final int VERDICT_COLUMN = 8;
    public static final int VALUE_COLUMN = 9;
    public static final int REASON_COLUMN = 10;

    public record Drawn(long seed, int units, int items, List<Verifications.Sampled> sampled, Path workbook) {
    }

    public record Verified(int decided, int reduced, int untrue, List<String> untrueLines) {
    }

    private final Plan plan;
    private final Path home;
    private final AcceptedReturns returns;
    private final Verifications verifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    private final kaohe.ingest.EvidenceFiles evidence;

    Verification(Plan plan, kaohe.KaoheProperties properties, AcceptedReturns returns, Verifications verifications, AuditTrail audit,
                 Clock clock, javax.sql.DataSource dataSource, kaohe.ingest.EvidenceFiles evidence) {
        this.evidence = evidence;
        this.plan = plan;
        this.home = properties.home();
        this.returns = returns;
        this.verifications = verifications;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource));
    }

    /**
     * Draws the period's sample, once: {@code units} units (default a fifth of those that reported, at least one) and
     * {@code items} of each one's reported values (default 3), by {@code seed} (default a fresh random one, stored).
     */
    public Drawn sample(Period period, Optional<Integer> units, Optional<Integer> items, Optional<Long> seed) throws IOException {
        Optional<Verifications.Sample> earlier = verifications.sample(plan.id(), period);
        if (earlier.isPresent()) {
            throw new Refusal(period + " 已于 " + earlier.get().drawnAt() + " 抽取核查样本（种子 " + earlier.get().seed() + "，" + earlier.get().drawnBy()
                    + "）：同一期只抽一次，核查表见 " + workbookPath(period));
        }
        Map<UnitCode, StoredReturn> current = returns.currentByUnit(plan.id(), period);
        Map<UnitCode, List<ItemCode>> reported = new LinkedHashMap<>();
        Map<String, BigDecimal> values = new HashMap<>();
        current.forEach((unit, stored) -> {
            List<ItemCode> codes = new ArrayList<>();
            for (ReturnValue v : stored.values()) {
                if (v.type() == ItemType.INDICATOR && v.state() == ValueState.VALUE && v.value() != null) {
                    codes.add(v.item());
                    values.put(unit.value() + "|" + v.item().value(), v.value());
                }
            }
            if (!codes.isEmpty()) {
                reported.put(unit, codes);
            }
        });
        if (reported.isEmpty()) {
            throw new Refusal(period + " 还没有接收的报表，无从抽查");
        }
        int unitCount = units.orElse(Math.max(1, (reported.size() + 4) / 5));
        int itemCount = items.orElse(3);
        if (unitCount < 1 || itemCount < 1) {
            throw new Refusal("抽查的单位数和每单位的项目数至少为 1");
        }
        long s = seed.orElseGet(() -> new java.security.SecureRandom().nextLong());
        List<Verifications.Sampled> sampled = new ArrayList<>();
        for (VerificationDraw.Drawn d : VerificationDraw.draw(reported, unitCount, itemCount, s)) {
            for (ItemCode item : d.items()) {
                sampled.add(new Verifications.Sampled(d.unit(), item, values.get(d.unit().value() + "|" + item.value()), Optional.empty()));
            }
        }
        Verifications.Sample sample = new Verifications.Sample(s, unitCount, itemCount, audit.actor(), clock.instant());
        Path workbook = workbookPath(period);
        kaohe.shared.AtomicFiles.write(workbook, out -> write(period, sample, sampled, current, out));
        transaction.executeWithoutResult(status -> {
            verifications.recordSample(plan.id(), period, sample, sampled);
            audit.record(plan.id(), period.toString(), "", 0, AuditEvent.SAMPLED, "种子 " + s + "：抽取 "
                    + sampled.stream().map(Verifications.Sampled::unit).distinct().count() + " 个单位的 " + sampled.size() + " 项数值");
        });
        return new Drawn(s, unitCount, itemCount, sampled, workbook);
    }

    private Path workbookPath(Period period) {
        return home.resolve("outbox").resolve(period.toString()).resolve("核查表-" + period + ".xlsx");
    }

    private void write(Period period, Verifications.Sample sample, List<Verifications.Sampled> sampled, Map<UnitCode, StoredReturn> current,
                       OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = workbook.createCellStyle();
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle input = workbook.createCellStyle();
            input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            // A reason typed in the last column stays in its cell: text running past it widened the printed page.
            input.setWrapText(true);
            Sheet sheet = workbook.createSheet(SHEET);
            String[] titles = {"单位编码", "单位", "编码", "指标", "报送值", "报表文件", "单元格", "佐证材料",
                    "核查结论（属实 / 核减为 / 不属实）", "核减后数值", "理由（核减、不属实必填）"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < titles.length; c++) {
                head.createCell(c).setCellValue(titles[c]);
                head.getCell(c).setCellStyle(header);
            }
            List<kaohe.ingest.EvidenceFiles.Evidence> backing = evidence.ofPeriod(plan.id(), period);
            int r = 1;
            for (Verifications.Sampled s : sampled) {
                Row row = sheet.createRow(r++);
                StoredReturn stored = current.get(s.unit());
                ReturnValue value = stored.values().stream().filter(v -> v.item().equals(s.item())).findFirst().orElseThrow();
                row.createCell(0).setCellValue(s.unit().value());
                row.createCell(1).setCellValue(plan.unit(s.unit()).map(u -> u.name()).orElse(""));
                row.createCell(2).setCellValue(s.item().value());
                row.createCell(3).setCellValue(plan.itemName(s.item()).orElse(""));
                row.createCell(4).setCellValue(Decimals.plain(s.reported()));
                row.createCell(5).setCellValue(stored.originalName());
                row.createCell(6).setCellValue(value.sheet() + "!" + value.cell());
                List<String> files = backing.stream()
                        .filter(f -> f.returnId() == stored.id() && f.item().equals(s.item())).map(f -> f.originalName()).toList();
                row.createCell(EVIDENCE_COLUMN).setCellValue(files.isEmpty() ? "无" : String.join("、", files));
                for (int c = VERDICT_COLUMN; c <= REASON_COLUMN; c++) {
                    row.createCell(c).setCellStyle(input);
                }
            }
            var helper = sheet.getDataValidationHelper();
            DataValidation choice = helper.createValidation(helper.createExplicitListConstraint(new String[]{"属实", "核减为", "不属实"}),
                    new CellRangeAddressList(1, Math.max(1, r - 1), VERDICT_COLUMN, VERDICT_COLUMN));
            choice.setShowErrorBox(true);
            sheet.addValidationData(choice);
            // Narrow enough to print one landscape page wide at a legible scale: fitted to one whatever its width, it was at 72 %.
            sheet.setColumnWidth(1, 12 * 256);
            sheet.setColumnWidth(3, 36 * 256);
            sheet.setColumnWidth(5, 20 * 256);
            sheet.setColumnWidth(EVIDENCE_COLUMN, 16 * 256);
            sheet.setColumnWidth(VERDICT_COLUMN, 22 * 256);
            sheet.setColumnWidth(REASON_COLUMN, 28 * 256);
            sheet.createFreezePane(0, 1);
            // A form the inspectors fill in and sign on paper: at 8 pt or more, across pages with 单位编码 and 单位 repeated.
            kaohe.template.PrintLayout.readable(sheet, 0, REASON_COLUMN + 1, 2);
            Sheet meta = workbook.createSheet(META_SHEET);
            Row m = meta.createRow(0);
            m.createCell(0).setCellValue("plan=" + plan.id());
            m.createCell(1).setCellValue("period=" + period);
            m.createCell(2).setCellValue("seed=" + sample.seed());
            workbook.setSheetVisibility(workbook.getSheetIndex(meta), SheetVisibility.VERY_HIDDEN);
            workbook.write(out);
        }
    }

    /** Records the verdicts of a filled 核查表, all or none; rows left blank stay undecided. */
    public Verified verify(Path file) {
        record Row2(UnitCode unit, ItemCode item, Verdict verdict) {
        }
        Period period;
        List<Row2> rows = new ArrayList<>();
        try (InputStream in = java.nio.file.Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            Sheet meta = workbook.getSheet(META_SHEET);
            Sheet sheet = workbook.getSheet(SHEET);
            DataFormatter format = new DataFormatter();
            if (meta == null || sheet == null || meta.getRow(0) == null || !text(format, meta.getRow(0), 0).equals("plan=" + plan.id())) {
                throw new Refusal(file.getFileName() + " 不是本计划的核查表（缺少“核查”表或其标识）");
            }
            String periodText = text(format, meta.getRow(0), 1).replaceFirst("^period=", "");
            if (!Period.isValid(periodText)) {
                throw new Refusal(file.getFileName() + " 的标识表已被改动，无法确定考核期");
            }
            period = Period.of(periodText);
            Map<String, Verifications.Sampled> drawn = new HashMap<>();
            verifications.sampled(plan.id(), period).forEach(s -> drawn.put(s.unit().value() + "|" + s.item().value(), s));
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || text(format, row, VERDICT_COLUMN).isEmpty()) {
                    continue;
                }
                int line = r + 1;
                Verifications.Sampled s = drawn.get(text(format, row, 0) + "|" + text(format, row, 2));
                if (s == null) {
                    throw new Refusal("核查表第 " + line + " 行（" + text(format, row, 0) + " " + text(format, row, 2) + "）不是抽中的项目，没有记录任何结论");
                }
                String verdictText = text(format, row, VERDICT_COLUMN);
                String reason = text(format, row, REASON_COLUMN);
                Verdict.Kind kind = switch (verdictText) {
                    case "属实" -> Verdict.Kind.TRUE;
                    case "核减为" -> Verdict.Kind.REDUCED;
                    case "不属实" -> Verdict.Kind.FALSE;
                    default -> throw new Refusal("核查表第 " + line + " 行的结论“" + verdictText + "”应为 属实、核减为 或 不属实，没有记录任何结论");
                };
                BigDecimal verified = null;
                if (kind == Verdict.Kind.REDUCED) {
                    String v = text(format, row, VALUE_COLUMN);
                    try {
                        verified = new BigDecimal(v);
                    } catch (NumberFormatException e) {
                        throw new Refusal("核查表第 " + line + " 行核减，但“核减后数值”“" + v + "”不是数，没有记录任何结论");
                    }
                }
                if (kind != Verdict.Kind.TRUE && reason.isEmpty()) {
                    throw new Refusal("核查表第 " + line + " 行" + kind.label() + "，须写明理由，没有记录任何结论");
                }
                rows.add(new Row2(s.unit(), s.item(), new Verdict(kind, s.reported(), verified, reason)));
            }
        } catch (IOException e) {
            throw new Refusal(file.getFileName() + " 无法作为 Excel 工作簿打开（" + e.getMessage() + "）");
        }
        transaction.executeWithoutResult(status -> {
            for (Row2 row : rows) {
                verifications.decide(plan.id(), period, row.unit(), row.item(), row.verdict(), audit.actor(), clock.instant());
                audit.record(plan.id(), period.toString(), row.unit().value(), 0, AuditEvent.VERIFIED, row.item() + " " + row.verdict().note());
            }
        });
        List<String> untrue = rows.stream().filter(r -> r.verdict().kind() == Verdict.Kind.FALSE)
                .map(r -> r.unit() + ",总分,<减分>," + plan.unit(r.unit()).map(u -> u.name()).orElse("") + r.item() + "报送数据经核查不属实（原报 "
                        + Decimals.plain(r.verdict().reported()) + "）" + ",<文号>").toList();
        return new Verified(rows.size(), (int) rows.stream().filter(r -> r.verdict().kind() == Verdict.Kind.REDUCED).count(), untrue.size(),
                untrue);
    }

    private static String text(DataFormatter format, Row row, int column) {
        return row.getCell(column) == null ? "" : format.formatCellValue(row.getCell(column)).trim();
    }
}
