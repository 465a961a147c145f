package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.template.TemplateLayout;
import kaohe.validate.Finding;
import kaohe.validate.FindingCode;
import kaohe.validate.PreviousReturn;
import kaohe.validate.PreviousReturns;
import kaohe.validate.Severity;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One scenario per finding code, each the mistake a person really makes. A code without a scenario
 * fails here, so every code in the documented list is exercised.
 */
class FindingCodeTests {

    private static final Plan PLAN = ShippedPlan.plan();
    private static final String COUNTY = "330402";
    private static final String BUREAU = "ZJJ";
    private static final String PERIOD = "2019Q2";

    @TempDir
    Path temp;

    interface Scenario {
        IngestOutcome run(Path temp) throws Exception;
    }

    private static final Map<FindingCode, Scenario> SCENARIOS = new EnumMap<>(FindingCode.class);

    static {
        SCENARIOS.put(FindingCode.F001, t -> judge(write(t.resolve("南湖区.xlsx"), "这不是工作簿，只是改了扩展名的文本")));
        SCENARIOS.put(FindingCode.F002, t -> judge(encrypted(county().everything().saveTo(t.resolve("plain.xlsx")), t.resolve("有密码.xlsx"))));
        SCENARIOS.put(FindingCode.F003, t -> judge(write(t.resolve("大文件.xlsx"), new byte[11 << 20])));
        SCENARIOS.put(FindingCode.F004, t -> judge(zipBomb(t.resolve("bomb.xlsx"))));
        SCENARIOS.put(FindingCode.F005, t -> judge(write(t.resolve("南湖区.pdf"), "%PDF-1.4")));
        SCENARIOS.put(FindingCode.F006, t -> judge(blankWorkbook(t.resolve("自建表格.xlsx"))));
        SCENARIOS.put(FindingCode.F007, t -> judge(county().everything().with(meta(TemplateLayout.META_VERSION, "0")).saveTo(t.resolve("old.xlsx"))));
        SCENARIOS.put(FindingCode.F008, t -> judge(county().everything().with(meta(TemplateLayout.META_PLAN, "hangzhou-2018")).saveTo(t.resolve("p.xlsx"))));
        SCENARIOS.put(FindingCode.F009, t -> Ingester.judge(PLAN, county().everything().saveTo(t.resolve("330411/南湖区.xlsx")),
                UnitCode.of("330411"), PreviousReturns.NONE));
        SCENARIOS.put(FindingCode.F010, t -> judge(county().everything().with(meta(TemplateLayout.META_UNIT, "QQQ")).saveTo(t.resolve("u.xlsx"))));
        SCENARIOS.put(FindingCode.F011, t -> judge(county().everything().with(meta(TemplateLayout.META_PERIOD, "2016Q4")).saveTo(t.resolve("q.xlsx"))));
        SCENARIOS.put(FindingCode.F012, t -> judge(county().saveTo(t.resolve("空表.xlsx"))));
        SCENARIOS.put(FindingCode.F013, t -> judge(county().everything().with(wb -> wb.getSheet(TemplateLayout.INDICATOR_SHEET)
                .createRow(2500).createCell(0).setCellValue("x")).saveTo(t.resolve("rows.xlsx"))));
        // A 南湖区 workbook whose hidden sheet was unhidden and edited to claim 秀洲区: the seal no longer fits.
        SCENARIOS.put(FindingCode.F014, t -> judge(county().everything().with(meta(TemplateLayout.META_UNIT, "330411")).saveTo(t.resolve("forged.xlsx"))));
        // Another unit's name typed over the cover: the seal holds, what the person saw does not match it.
        SCENARIOS.put(FindingCode.F015, t -> judge(county().everything().with(wb -> wb.getSheet(TemplateLayout.TASK_SHEET)
                .getRow(TemplateLayout.COVER_UNIT_ROW).getCell(0).setCellValue("填报单位：秀洲区（330411）")).saveTo(t.resolve("cover.xlsx"))));
        // A template written before seals existed, still in circulation.
        // A file dropped as a 0-byte placeholder: a name copied, the content never saved.
        SCENARIOS.put(FindingCode.F017, t -> judge(write(t.resolve("南湖区-2019Q2.xlsx"), "")));
        SCENARIOS.put(FindingCode.F016, t -> judge(county().everything().with(withoutSeal()).saveTo(t.resolve("old template.xlsx"))));
        SCENARIOS.put(FindingCode.F020, t -> judge(county().everything().with(wb -> wb.removeSheetAt(wb.getSheetIndex(TemplateLayout.TASK_SHEET)))
                .saveTo(t.resolve("nosheet.xlsx"))));
        SCENARIOS.put(FindingCode.F021, t -> judge(county().everything().with(wb -> wb.getSheet(TemplateLayout.INDICATOR_SHEET)
                .getRow(TemplateLayout.HEADER_ROW).getCell(TemplateLayout.VALUE_COLUMN).setCellValue("本季度值")).saveTo(t.resolve("h.xlsx"))));
        SCENARIOS.put(FindingCode.F022, t -> {
            FilledReturn filled = county().everything();
            int row = filled.rowOf(TemplateLayout.INDICATOR_SHEET, "Q02");
            return judge(filled.with(wb -> wb.getSheet(TemplateLayout.INDICATOR_SHEET).removeRow(wb.getSheet(TemplateLayout.INDICATOR_SHEET).getRow(row)))
                    .saveTo(t.resolve("deleted.xlsx")));
        });
        SCENARIOS.put(FindingCode.F023, t -> {
            FilledReturn filled = county().everything();
            int row = filled.rowOf(TemplateLayout.INDICATOR_SHEET, "Q02");
            return judge(filled.with(wb -> wb.getSheet(TemplateLayout.INDICATOR_SHEET).getRow(row).getCell(0).setCellValue("Q99"))
                    .saveTo(t.resolve("code.xlsx")));
        });
        SCENARIOS.put(FindingCode.F024, t -> {
            FilledReturn filled = county().everything();
            int row = filled.rowOf(TemplateLayout.INDICATOR_SHEET, "Q03");
            return judge(filled.with(wb -> wb.getSheet(TemplateLayout.INDICATOR_SHEET).getRow(row).getCell(0).setCellValue("Q02"))
                    .saveTo(t.resolve("dup.xlsx")));
        });
        SCENARIOS.put(FindingCode.F025, t -> {
            FilledReturn filled = county().everything();
            int row = filled.rowOf(TemplateLayout.INDICATOR_SHEET, "Q02");
            return judge(filled.with(wb -> wb.getSheet(TemplateLayout.INDICATOR_SHEET).addMergedRegion(
                    new CellRangeAddress(row, row + 1, TemplateLayout.VALUE_COLUMN, TemplateLayout.VALUE_COLUMN))).saveTo(t.resolve("merged.xlsx")));
        });
        SCENARIOS.put(FindingCode.C101, t -> judge(county().everything().text("Q02", "九十").saveTo(t.resolve("c101.xlsx"))));
        SCENARIOS.put(FindingCode.C102, t -> judge(county().everything().value("Q02", 120).saveTo(t.resolve("c102.xlsx"))));
        SCENARIOS.put(FindingCode.C103, t -> judge(bureau().everything().value("Q05", -3).saveTo(t.resolve("c103.xlsx"))));
        SCENARIOS.put(FindingCode.C104, t -> judge(bureau().everything().value("Q05", 2.5).saveTo(t.resolve("c104.xlsx"))));
        // A clerk on a European-locale machine: 58,9 for 58.9.
        SCENARIOS.put(FindingCode.C115, t -> judge(county().everything().text("Q02", "58,9").saveTo(t.resolve("c115.xlsx"))));
        // 004's 通报比率 with its 出口批次 left at 0: no rate can be derived.
        SCENARIOS.put(FindingCode.C116, t -> judge(FilledReturn.template(PLAN, "CIQ", "2019Q4").everything().ratio("D03", 2, 0)
                .saveTo(t.resolve("c116.xlsx"))));
        SCENARIOS.put(FindingCode.C105, t -> judge(county().everything().value("Q02", 0.95).saveTo(t.resolve("c105.xlsx"))));
        SCENARIOS.put(FindingCode.C106, t -> judge(county().everything().text("Q02", "无").saveTo(t.resolve("c106.xlsx"))));
        SCENARIOS.put(FindingCode.C107, t -> judge(county().everything().status("T11", "进行中").saveTo(t.resolve("c107.xlsx"))));
        SCENARIOS.put(FindingCode.C108, t -> {
            FilledReturn filled = county().everything();
            int row = filled.rowOf(TemplateLayout.INDICATOR_SHEET, "Q02");
            return judge(filled.with(wb -> wb.getSheet(TemplateLayout.INDICATOR_SHEET).getRow(row).getCell(TemplateLayout.VALUE_COLUMN)
                    .setCellErrorValue(FormulaError.DIV0.getCode())).saveTo(t.resolve("c108.xlsx")));
        });
        SCENARIOS.put(FindingCode.C109, t -> judge(county().everything().with(clear(TemplateLayout.INDICATOR_SHEET, "Q03",
                TemplateLayout.VALUE_COLUMN)).saveTo(t.resolve("c109.xlsx"))));
        SCENARIOS.put(FindingCode.C110, t -> judge(county().everything().with(clear(TemplateLayout.TASK_SHEET, "T11",
                TemplateLayout.STATUS_COLUMN)).saveTo(t.resolve("c110.xlsx"))));
        // A figure pasted from a system that writes counts in scientific notation.
        SCENARIOS.put(FindingCode.C111, t -> judge(bureau().everything().value("Q05", 1e15).saveTo(t.resolve("c111.xlsx"))));
        // Typed 6/30 and Excel made it a date: the cell holds 43646, not what anyone meant.
        SCENARIOS.put(FindingCode.C112, t -> judge(bureau().everything().value("Q05", 43646).with(dateFormat(TemplateLayout.INDICATOR_SHEET, "Q05"))
                .saveTo(t.resolve("c112.xlsx"))));
        // A formula written by a program that does not calculate: no result is stored in the file.
        SCENARIOS.put(FindingCode.C113, t -> {
            FilledReturn filled = county().everything();
            int row = filled.rowOf(TemplateLayout.INDICATOR_SHEET, "Q02");
            return judge(filled.with(wb -> {
                var cell = wb.getSheet(TemplateLayout.INDICATOR_SHEET).getRow(row).getCell(TemplateLayout.VALUE_COLUMN);
                cell.setCellFormula("90+5");
                if (cell.getCTCell().isSetV()) {
                    cell.getCTCell().unsetV();
                }
            }).saveTo(t.resolve("c113.xlsx")));
        });
        SCENARIOS.put(FindingCode.C114, t -> judge(county().everything().value("Q02", 95.1234567).saveTo(t.resolve("c114.xlsx"))));
        SCENARIOS.put(FindingCode.V201, t -> Ingester.judge(PLAN, bureau().everything().value("Q07", 3).saveTo(t.resolve("v201.xlsx")),
                null, previous("Q07", "4")));
        SCENARIOS.put(FindingCode.V202, t -> Ingester.judge(PLAN, county().everything().value("Q02", 90).saveTo(t.resolve("v202.xlsx")),
                null, previous("Q02", "60")));
        // Q07 stands at 5 now and stood at 5 a year ago: no new 浙江制造 certification in four quarters.
        SCENARIOS.put(FindingCode.V203, t -> Ingester.judge(PLAN, bureau().everything().value("Q07", 5).saveTo(t.resolve("v203.xlsx")),
                null, new PreviousReturns() {
                    @Override
                    public Optional<PreviousReturn> latestBefore(String planId, kaohe.shared.UnitCode unit, Period period) {
                        return Optional.empty();
                    }

                    @Override
                    public Optional<PreviousReturn> at(String planId, kaohe.shared.UnitCode unit, Period period) {
                        return Optional.of(new PreviousReturn(period, Map.of(ItemCode.of("Q07"), new java.math.BigDecimal("5"))));
                    }
                }));
        // 制造业产品质量合格率 30 where the four counties in so far report 93–96.
        SCENARIOS.put(FindingCode.V205, t -> Ingester.judge(PLAN, county().everything().value("Q02", 30).saveTo(t.resolve("v205.xlsx")),
                null, new PreviousReturns() {
                    @Override
                    public Optional<PreviousReturn> latestBefore(String planId, kaohe.shared.UnitCode unit, Period period) {
                        return Optional.empty();
                    }

                    @Override
                    public Map<kaohe.shared.UnitCode, Map<ItemCode, java.math.BigDecimal>> currentNumbers(String planId, Period period,
                                                                                                        java.util.List<kaohe.shared.UnitCode> units) {
                        Map<kaohe.shared.UnitCode, Map<ItemCode, java.math.BigDecimal>> peers = new java.util.HashMap<>();
                        String[] values = {"95", "94", "96", "93"};
                        for (int i = 0; i < values.length; i++) {
                            peers.put(units.get(i), Map.of(ItemCode.of("Q02"), new java.math.BigDecimal(values[i])));
                        }
                        return peers;
                    }
                }));
        // PM2.5 of 70 after 40 last quarter: +75%, likely a different unit or a typing slip.
        SCENARIOS.put(FindingCode.V204, t -> Ingester.judge(PLAN, FilledReturn.template(PLAN, "HBJ", PERIOD).everything().value("E04", 70)
                .saveTo(t.resolve("v204.xlsx")), null, previous("E04", "40")));
    }

    @ParameterizedTest
    @EnumSource(FindingCode.class)
    void everyFindingCodeHasAScenarioThatProducesIt(FindingCode code) throws Exception {
        Scenario scenario = SCENARIOS.get(code);
        assertThat(scenario).as("a scenario for " + code).isNotNull();

        IngestOutcome outcome = scenario.run(temp);

        assertThat(outcome.findings()).extracting(Finding::code).contains(code);
        Finding finding = outcome.findings().stream().filter(f -> f.code() == code).findFirst().orElseThrow();
        assertThat(finding.message()).doesNotContain("%s").isNotBlank();
        assertThat(outcome.status()).isEqualTo(code.severity() == Severity.ERROR ? ReturnStatus.REJECTED : ReturnStatus.ACCEPTED);
    }

    private static FilledReturn county() {
        return FilledReturn.template(PLAN, COUNTY, PERIOD);
    }

    private static FilledReturn bureau() {
        return FilledReturn.template(PLAN, BUREAU, PERIOD);
    }

    private static IngestOutcome judge(Path file) throws Exception {
        return Ingester.judge(PLAN, file);
    }

    private static PreviousReturns previous(String code, String value) {
        return (planId, unit, period) -> Optional.of(new PreviousReturn(Period.of("2019Q1"),
                Map.of(ItemCode.of(code), new java.math.BigDecimal(value))));
    }

    private static java.util.function.Consumer<XSSFWorkbook> meta(String key, String value) {
        return wb -> {
            var sheet = wb.getSheet(TemplateLayout.META_SHEET);
            for (var row : sheet) {
                if (row.getCell(0).getStringCellValue().equals(key)) {
                    row.getCell(1).setCellValue(value);
                }
            }
        };
    }

    static java.util.function.Consumer<XSSFWorkbook> withoutSeal() {
        return wb -> {
            var sheet = wb.getSheet(TemplateLayout.META_SHEET);
            for (var row : sheet) {
                if (row.getCell(0).getStringCellValue().equals(TemplateLayout.META_SEAL)) {
                    sheet.removeRow(row);
                    return;
                }
            }
        };
    }

    private static java.util.function.Consumer<XSSFWorkbook> dateFormat(String sheetName, String code) {
        return wb -> {
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            for (var row : wb.getSheet(sheetName)) {
                if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                    row.getCell(TemplateLayout.VALUE_COLUMN).setCellStyle(style);
                }
            }
        };
    }

    private static java.util.function.Consumer<XSSFWorkbook> clear(String sheetName, String code, int column) {
        return wb -> {
            var sheet = wb.getSheet(sheetName);
            for (var row : sheet) {
                if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                    row.getCell(column).setBlank();
                }
            }
        };
    }

    private static Path write(Path file, String text) throws IOException {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static Path blankWorkbook(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet(TemplateLayout.INDICATOR_SHEET).createRow(0).createCell(0).setCellValue("指标编码");
            wb.createSheet(TemplateLayout.TASK_SHEET);
            wb.write(out);
        }
        return file;
    }

    /** A zip whose one part inflates to 40 MB of zeros: a few kilobytes on disk. */
    static Path zipBomb(Path file) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return file;
    }

    /** The workbook protected with an opening password, as Excel's 用密码进行加密 does. */
    static Path encrypted(Path plain, Path file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("mima123");
            try (OPCPackage opc = OPCPackage.open(Files.newInputStream(plain)); OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return Files.write(file, bytes.toByteArray());
        }
    }
}
