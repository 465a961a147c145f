package kaohe.reportup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.ingest.FilledReturn;
import kaohe.ingest.IngestSummary;
import kaohe.ingest.AcceptedReturns;
import kaohe.ingest.StoredReturn;
import kaohe.job.IngestLauncher;
import kaohe.plan.Plan;
import kaohe.plan.PlanLoader;
import kaohe.plan.ShippedPlan;
import kaohe.shared.DataFileProblem;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.template.TemplateWriter;
import kaohe.validate.ReturnValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** 嘉兴市's return to the province, made from the city's figures and ingested by a province home. */
class ReportUpTests {

    static final Path PROVINCE_FOLDER = Path.of("data/plans/zhejiang-2017-2019");
    static final Plan PROVINCE = new PlanLoader().load(PROVINCE_FOLDER).plan();
    static final Plan CITY = ShippedPlan.plan();
    static final Period PERIOD = Period.of("2019Q4");

    @TempDir
    Path temp;

    @Test
    void theCitysReturnToTheProvinceIsAcceptedThereWithTheCitysOwnFiguresAndTheirSources() throws Exception {
        Path city = temp.resolve("city");
        FilledReturn.template(CITY, "GAJ", "2019Q4").everything().value("P13", 93).saveTo(city.resolve("inbox/市公安局.xlsx"));
        // Counts and scores the provincial plan once left to its departments alone: each city now reports its own.
        FilledReturn.template(CITY, "ZJJ", "2019Q4").everything().value("Q01", 72.3).value("Q02", 95.6).value("Q07", 21).value("Q10", 17)
                .value("B01", 1).value("B06", 2).saveTo(city.resolve("inbox/市质监局.xlsx"));
        FilledReturn.template(CITY, "JSW", "2019Q4").everything().value("Q12", 1).value("Q13", 15).saveTo(city.resolve("inbox/市建设局.xlsx"));
        FilledReturn.template(CITY, "HBJ", "2019Q4").everything().value("Q14", 51.2).value("E04", 41.5)
                .saveTo(city.resolve("inbox/市环保局.xlsx"));
        FilledReturn.template(CITY, "JTJ", "2019Q4").everything().value("P17", 82.5).saveTo(city.resolve("inbox/市交通运输局.xlsx"));
        // The province's blank template for 嘉兴市, as the provincial office sends it: sealed with its own key.
        Path template = temp.resolve("浙江省-嘉兴市-2019Q4.xlsx");
        try (var out = Files.newOutputStream(template)) {
            new TemplateWriter(PROVINCE, FilledReturn.SEAL).write(PROVINCE.unit(UnitCode.of("330400")).orElseThrow(), PERIOD, out);
        }
        Path upward = temp.resolve("上报.xlsx");
        UpwardReturn.Written written;
        try (ConfigurableApplicationContext context = start(city, ShippedPlan.FOLDER)) {
            context.getBean(IngestLauncher.class).run(false);
            UpwardMapping mapping = UpwardMapping.load(ShippedPlan.FOLDER, CITY, PROVINCE);
            written = new UpwardReturn(CITY, PROVINCE, mapping, context.getBean(AcceptedReturns.class)).write(PERIOD, template, upward);
        }

        assertThat(written.leftForClerk()).anyMatch(l -> l.startsWith("Q01 未对应")).anyMatch(l -> l.startsWith("P03 未对应"))
                .anyMatch(l -> l.startsWith("P18 本期没有市教育局的合格报表"))
                .anyMatch(l -> l.startsWith("Q06 ") && l.contains("2016年底") && l.contains("存量"))
                .anyMatch(l -> l.startsWith("E05 市环保局的报表中 E06 没有数值"));
        try (Workbook workbook = WorkbookFactory.create(upward.toFile())) {
            Row q02 = row(workbook.getSheet("指标"), "Q02");
            assertThat(q02.getCell(4).getNumericCellValue()).isEqualTo(72.3);
            assertThat(q02.getCell(4).getCellComment().getString().getString())
                    .contains("嘉兴市质量提升三年行动计划").contains("Q01 规模以上企业主导产品采标率").contains("市质监局.xlsx 指标!E")
                    .contains("两计划用语相同");
            assertThat(row(workbook.getSheet("指标"), "Q01").getCell(4).getCellComment().getString().getString()).contains("请填报人填写");
        }

        Path province = temp.resolve("province");
        Files.createDirectories(province.resolve("inbox"));
        Files.copy(upward, province.resolve("inbox/嘉兴市上报.xlsx"));
        try (ConfigurableApplicationContext context = start(province, PROVINCE_FOLDER)) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);
            assertThat(summary.accepted()).as(summary.text()).isEqualTo(1);
            StoredReturn stored = context.getBean(AcceptedReturns.class).current(PROVINCE.id(), UnitCode.of("330400"), PERIOD).orElseThrow();
            assertThat(value(stored, "Q02")).isEqualByComparingTo("72.3");
            assertThat(value(stored, "Q03")).isEqualByComparingTo("95.6");
            assertThat(value(stored, "E01")).isEqualByComparingTo("51.2");
            ReturnValue e01 = stored.values().stream().filter(v -> v.item().equals(ItemCode.of("E01"))).findFirst().orElseThrow();
            assertThat(e01.numerator()).as("a ratio goes up as its parts, for the province's ratio of sums").isEqualByComparingTo("51.2");
            assertThat(e01.denominator()).isEqualByComparingTo("100");
            ReturnValue p01 = stored.values().stream().filter(v -> v.item().equals(ItemCode.of("P01"))).findFirst().orElseThrow();
            assertThat(p01.numerator()).as("市交通运输局's own 标台 and 万人").isEqualByComparingTo("3");
            assertThat(p01.denominator()).isEqualByComparingTo("300");
            assertThat(value(stored, "E03")).isEqualByComparingTo("41.5");
            assertThat(value(stored, "P13")).isEqualByComparingTo("93");
            assertThat(value(stored, "Q07")).isEqualByComparingTo("21");
            assertThat(value(stored, "Q08")).as("省级以上服务业品牌 is the city's Q10").isEqualByComparingTo("17");
            assertThat(value(stored, "Q12")).isEqualByComparingTo("1");
            assertThat(value(stored, "Q13")).isEqualByComparingTo("15");
            assertThat(value(stored, "B01")).isEqualByComparingTo("1");
            assertThat(value(stored, "B08")).as("新增国家质检中心 is the city's B06").isEqualByComparingTo("2");
            assertThat(value(stored, "P17")).isEqualByComparingTo("82.5");
            assertThat(stored.values()).filteredOn(v -> v.item().equals(ItemCode.of("Q01"))).extracting(ReturnValue::value).containsOnlyNulls();
        }
        assertThat(written.filled()).as("every mapped item whose lead bureau's return came").isEqualTo(
                (int) UpwardMapping.load(ShippedPlan.FOLDER, CITY, PROVINCE).pairs().stream()
                        .filter(p -> java.util.Set.of("ZJJ", "HBJ", "GAJ", "JSW", "JTJ").contains(CITY.indicator(p.from()).orElseThrow().leadUnit().value()))
                        .filter(p -> p.stockAt() == null)
                        .filter(p -> !p.from().value().equals("E06")) // 000 gives E06 no 2019 target: no cell in the city's 2019 return
                        .count());
    }

    @Test
    void aTemplateForAnotherUnitIsRefusedAndAMappingRowNamingNoIndicatorStopsWithItsLine() throws Exception {
        Path template = temp.resolve("杭州市.xlsx");
        try (var out = Files.newOutputStream(template)) {
            new TemplateWriter(PROVINCE, FilledReturn.SEAL).write(PROVINCE.unit(UnitCode.of("330100")).orElseThrow(), PERIOD, out);
        }
        UpwardMapping mapping = UpwardMapping.load(ShippedPlan.FOLDER, CITY, PROVINCE);
        assertThatThrownBy(() -> new UpwardReturn(CITY, PROVINCE, mapping, null).write(PERIOD, template, temp.resolve("x.xlsx")))
                .isInstanceOf(UpwardReturn.WrongTemplate.class).hasMessageContaining("不是 zhejiang-2017-2019 下发给嘉兴市（330400）2019Q4 的报表模板")
                .hasMessageContaining("单位“330100”");

        Path copy = temp.resolve("plan");
        Files.createDirectories(copy.resolve(UpwardMapping.FOLDER));
        for (String name : new String[]{"zhejiang-2017-2019.csv", "zhejiang-2017-2019.properties"}) {
            Files.copy(ShippedPlan.FOLDER.resolve(UpwardMapping.FOLDER).resolve(name), copy.resolve(UpwardMapping.FOLDER).resolve(name));
        }
        Path csv = copy.resolve("report-up/zhejiang-2017-2019.csv");
        long lines = Files.readAllLines(csv).size();
        Files.writeString(csv, Files.readString(csv) + "X99,Q01,lead,口径相同\n");
        assertThatThrownBy(() -> UpwardMapping.load(copy, CITY, PROVINCE)).isInstanceOf(DataFileProblem.class)
                .hasMessageContaining("第 " + (lines + 1) + " 行：“X99”不是 zhejiang-2017-2019 的指标");
    }

    /** A count the counties hold between them goes up as their sum, each county's figure and file in the comment. */
    @Test
    void aCountiesSumRowAddsUpEveryCountysValueOrLeavesTheCellWhenOneIsMissing() throws Exception {
        Path copy = temp.resolve("plan");
        Files.createDirectories(copy.resolve(UpwardMapping.FOLDER));
        Files.copy(ShippedPlan.FOLDER.resolve("report-up/zhejiang-2017-2019.properties"), copy.resolve("report-up/zhejiang-2017-2019.properties"));
        Files.writeString(copy.resolve("report-up/zhejiang-2017-2019.csv"), "to_code,from_code,how,reason\n"
                + "E02,E02,counties-sum,劣Ⅴ类断面数：全市数为各县（市、区）断面数之和\n");
        UpwardMapping mapping = UpwardMapping.load(copy, CITY, PROVINCE);
        Path city = temp.resolve("city");
        String[] counties = CITY.unitsOf(kaohe.plan.PeerGroup.COUNTY).stream().map(UnitCode::value).toArray(String[]::new);
        for (int i = 0; i < counties.length; i++) {
            FilledReturn.template(CITY, counties[i], "2019Q4").everything().value("E02", i % 2).saveTo(city.resolve("inbox/" + counties[i] + ".xlsx"));
        }
        Path template = temp.resolve("浙江省-嘉兴市-2019Q4.xlsx");
        try (var out = Files.newOutputStream(template)) {
            new TemplateWriter(PROVINCE, FilledReturn.SEAL).write(PROVINCE.unit(UnitCode.of("330400")).orElseThrow(), PERIOD, out);
        }
        UpwardReturn.Written all;
        try (ConfigurableApplicationContext context = start(city, ShippedPlan.FOLDER)) {
            context.getBean(IngestLauncher.class).run(false);
            all = new UpwardReturn(CITY, PROVINCE, mapping, context.getBean(AcceptedReturns.class)).write(PERIOD, template, temp.resolve("up.xlsx"));
        }

        assertThat(all.filled()).isEqualTo(1);
        try (Workbook workbook = WorkbookFactory.create(temp.resolve("up.xlsx").toFile())) {
            Row e02 = row(workbook.getSheet("指标"), "E02");
            assertThat(e02.getCell(4).getNumericCellValue()).as("0+1+0+1+0+1+0 over the seven counties").isEqualTo(counties.length / 2);
            assertThat(e02.getCell(4).getCellComment().getString().getString()).contains("各县（市、区）报送值之和 3：南湖区 0（")
                    .contains("口径：劣Ⅴ类断面数");
        }

        Path short1 = temp.resolve("short");
        for (int i = 1; i < counties.length; i++) {
            FilledReturn.template(CITY, counties[i], "2019Q4").everything().value("E02", 1).saveTo(short1.resolve("inbox/" + counties[i] + ".xlsx"));
        }
        UpwardReturn.Written partial;
        try (ConfigurableApplicationContext context = start(short1, ShippedPlan.FOLDER)) {
            context.getBean(IngestLauncher.class).run(false);
            partial = new UpwardReturn(CITY, PROVINCE, mapping, context.getBean(AcceptedReturns.class)).write(PERIOD, template, temp.resolve("up2.xlsx"));
        }
        assertThat(partial.filled()).as("a sum short of a county would understate the city").isZero();
        assertThat(partial.leftForClerk()).contains("E02 南湖区本期没有数值");
    }

    /**
     * The province counts 省政府质量奖 won since 2016 where the city keeps a running total since 2015: the city's
     * figure at the end of 2016 is taken off. And a parent measure over part of the city sums only the counties in it.
     */
    @Test
    void aStockHeldBeforeTheParentsStartIsTakenOffAndANarrowerScopeSumsOnlyItsCounties() throws Exception {
        Path copy = temp.resolve("plan");
        Files.createDirectories(copy.resolve(UpwardMapping.FOLDER));
        Files.copy(ShippedPlan.FOLDER.resolve("report-up/zhejiang-2017-2019.properties"), copy.resolve("report-up/zhejiang-2017-2019.properties"));
        Files.writeString(copy.resolve("report-up/zhejiang-2017-2019.csv"), "to_code,from_code,how,scope,stock_at,stock,reason\n"
                + "Q06,Q05,lead,,2016,3,省里只计2016年以后新获奖企业：扣除本市2016年底已有的3家\n"
                + "Q07,Q06,lead,,2015,,试验：扣除本市计划载明的2015年底存量\n"
                + "Q08,Q05,lead,,2016,,扣除2016年底存量（本市计划未载明）\n"
                + "E02,E02,counties-sum,330402 330411,,,省里只考核市区：南湖区、秀洲区两区之和\n");
        UpwardMapping mapping = UpwardMapping.load(copy, CITY, PROVINCE);
        Path city = temp.resolve("city");
        FilledReturn.template(CITY, "ZJJ", "2019Q4").everything().value("Q05", 5).value("Q06", 40).saveTo(city.resolve("inbox/市质监局.xlsx"));
        String[] counties = CITY.unitsOf(kaohe.plan.PeerGroup.COUNTY).stream().map(UnitCode::value).toArray(String[]::new);
        for (int i = 0; i < counties.length; i++) {
            FilledReturn.template(CITY, counties[i], "2019Q4").everything().value("E02", i + 1).saveTo(city.resolve("inbox/" + counties[i] + ".xlsx"));
        }
        Path template = temp.resolve("浙江省-嘉兴市-2019Q4.xlsx");
        try (var out = Files.newOutputStream(template)) {
            new TemplateWriter(PROVINCE, FilledReturn.SEAL).write(PROVINCE.unit(UnitCode.of("330400")).orElseThrow(), PERIOD, out);
        }
        UpwardReturn.Written written;
        try (ConfigurableApplicationContext context = start(city, ShippedPlan.FOLDER)) {
            context.getBean(IngestLauncher.class).run(false);
            written = new UpwardReturn(CITY, PROVINCE, mapping, context.getBean(AcceptedReturns.class)).write(PERIOD, template, temp.resolve("up.xlsx"));
        }

        assertThat(written.filled()).isEqualTo(3);
        assertThat(written.leftForClerk()).anyMatch(l -> l.startsWith("Q08 ") && l.contains("2016年底") && l.contains("baselines.csv"));
        try (Workbook workbook = WorkbookFactory.create(temp.resolve("up.xlsx").toFile())) {
            Row q06 = row(workbook.getSheet("指标"), "Q06");
            assertThat(q06.getCell(4).getNumericCellValue()).as("5 held now less 3 held at the end of 2016").isEqualTo(2);
            assertThat(q06.getCell(4).getCellComment().getString().getString()).contains("5 − 2016年底存量 3 = 2");
            Row q07 = row(workbook.getSheet("指标"), "Q07");
            assertThat(q07.getCell(4).getNumericCellValue()).as("40 less the 23 市长质量奖 the city plan gives for the end of 2015").isEqualTo(17);
            Row e02 = row(workbook.getSheet("指标"), "E02");
            assertThat(e02.getCell(4).getNumericCellValue()).as("南湖区 1 + 秀洲区 2, the other counties left out").isEqualTo(3);
            assertThat(e02.getCell(4).getCellComment().getString().getString()).contains("南湖区 1（").contains("秀洲区 2（")
                    .doesNotContain("海宁市").contains("仅计 南湖区、秀洲区");
        }
    }

    @Test
    void aMappingRowWithAScopeOutsideTheCityOrAStockThatIsNoNumberStopsWithItsLine() throws Exception {
        Path copy = temp.resolve("plan");
        Files.createDirectories(copy.resolve(UpwardMapping.FOLDER));
        Files.copy(ShippedPlan.FOLDER.resolve("report-up/zhejiang-2017-2019.properties"), copy.resolve("report-up/zhejiang-2017-2019.properties"));
        Path csv = copy.resolve("report-up/zhejiang-2017-2019.csv");
        Files.writeString(csv, "to_code,from_code,how,scope,stock_at,stock,reason\nE02,E02,counties-sum,330402 999999,,,两区\n");
        assertThatThrownBy(() -> UpwardMapping.load(copy, CITY, PROVINCE)).isInstanceOf(DataFileProblem.class)
                .hasMessageContaining("第 2 行：scope 中的“999999”不是" + CITY.name() + "的县（市、区）");
        Files.writeString(csv, "to_code,from_code,how,scope,stock_at,stock,reason\nE02,E02,lead,330402,,,两区\n");
        assertThatThrownBy(() -> UpwardMapping.load(copy, CITY, PROVINCE)).isInstanceOf(DataFileProblem.class)
                .hasMessageContaining("第 2 行：scope 只用于 counties-sum");
        Files.writeString(csv, "to_code,from_code,how,scope,stock_at,stock,reason\nQ06,Q05,lead,,2016,三家,存量\n");
        assertThatThrownBy(() -> UpwardMapping.load(copy, CITY, PROVINCE)).isInstanceOf(DataFileProblem.class)
                .hasMessageContaining("第 2 行：stock 应为数字");
        Files.writeString(csv, "to_code,from_code,how,scope,stock_at,stock,reason\nQ06,Q05,lead,,,3,存量\n");
        assertThatThrownBy(() -> UpwardMapping.load(copy, CITY, PROVINCE)).isInstanceOf(DataFileProblem.class)
                .hasMessageContaining("第 2 行：stock 须与 stock_at（存量所在年份的年底）同填");
    }

    private static ConfigurableApplicationContext start(Path home, Path plan) {
        return KaoheApplication.start(home, DatabaseSettings.embedded(home.resolve("db")),
                Map.of("kaohe.plan", plan.toString(), "kaohe.ingest.settle-seconds", 0));
    }

    private static Row row(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static BigDecimal value(StoredReturn stored, String code) {
        return stored.values().stream().filter(v -> v.item().equals(ItemCode.of(code))).findFirst().orElseThrow().value();
    }
}
