package kaohe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kaohe.DatabaseSettings;
import kaohe.ingest.FilledReturn;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;
import kaohe.plan.PlanFolder;
import kaohe.plan.PlanLoader;
import kaohe.plan.TargetReading;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The 基数表 round: 南湖区 is asked for the items the city plan scores in full for want of its baseline, sends 28 张
 * for P08 每千名老人机构养老床位 (40 by 2019), and from then on 2017 is read as 序时进度 32 from it; a table with a
 * word for a number goes back with the reason, and the plan is untouched by it.
 */
class BaselinesCommandTests {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();

    private int run(DatabaseSettings db, String... args) {
        CommandLine line = KaoheCommand.commandLine();
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(out));
        List<String> all = new java.util.ArrayList<>(List.of(args));
        if (!db.url().startsWith("jdbc:h2:")) {
            all.addAll(List.of("--db-url", db.url(), "--db-user", db.user(), "--db-password", db.password()));
        }
        return line.execute(all.toArray(String[]::new));
    }

    @ParameterizedTest
    @MethodSource("kaohe.TestDatabases#each")
    void aFilledBaselineTableBecomesThePlansBaselineAndTheYearsBeforeTheTargetAreReadAsProgress(DatabaseSettings db) throws Exception {
        PlanFolder folder = PlanFolder.copyOfShipped(temp.resolve("plans"));
        Path home = temp.resolve("home");
        String plan = folder.dir().toString();

        assertThat(run(db, "baselines", "templates", "--home", home.toString(), "--plan", plan, "--unit", "330402")).as(out.toString()).isZero();

        assertThat(out.toString()).contains("已生成 1 份基数表（2016年底数值）").contains("南湖区：").contains("P08");
        Path table = home.resolve("outbox/baselines/330402-南湖区-基数表.xlsx");
        List<String> codes = new java.util.ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(table.toFile())) {
            var sheet = workbook.getSheet("指标");
            assertThat(sheet.getRow(4).getCell(4).getStringCellValue()).isEqualTo("2016年底数值");
            for (Row row : sheet) {
                if (row.getRowNum() > 4) {
                    codes.add(row.getCell(0).getStringCellValue());
                }
            }
        }
        Plan before = new PlanLoader().load(folder.dir()).plan();
        assertThat(codes).as("exactly the items scored in full for want of a baseline")
                .containsExactlyElementsOf(kaohe.plan.BaselineRequest.owedBy(before, UnitCode.of("330402")).stream().map(i -> i.code().value()).toList())
                .contains("P08");

        Path inbox = home.resolve("baselines/inbox");
        FilledReturn.open(table).value("P08", 28).saveTo(inbox.resolve("南湖区基数表.xlsx"));
        FilledReturn.open(table).text("P08", "二十八").saveTo(inbox.resolve("南湖区基数表（错）.xlsx"));
        out.getBuffer().setLength(0);

        assertThat(run(db, "baselines", "ingest", "--home", home.toString(), "--plan", plan)).as(out.toString()).isZero();

        assertThat(out.toString()).contains("已收：南湖区基数表.xlsx（南湖区）1 项基数：P08 28")
                .contains("退回：南湖区基数表（错）.xlsx（南湖区）：E").contains("“二十八”不是数字").contains("收取 1 份，退回 1 份");
        Plan after = new PlanLoader().load(folder.dir()).plan();
        Indicator p08 = after.indicator(ItemCode.of("P08")).orElseThrow();
        assertThat(after.baselineOf(p08, UnitCode.of("330402"))).hasValueSatisfying(b -> {
            assertThat(b.value()).isEqualByComparingTo("28");
            assertThat(b.year()).isEqualTo(2016);
        });
        assertThat(TargetReading.of(after, p08, UnitCode.of("330402"), Period.of("2017Q4")).orElseThrow().expected())
                .as("28 → 40 over three years: 32 at the end of 2017").isEqualByComparingTo("32");
        assertThat(after.version()).as("a new plan version").isNotEqualTo(before.version());
        assertThat(Files.readString(folder.dir().resolve("baselines.csv"))).contains("P08,330402,2016,28,基数表 南湖区基数表.xlsx 指标!E");
        try (Stream<Path> rejected = Files.list(home.resolve("baselines/rejected"))) {
            Path feedback = rejected.filter(p -> p.toString().endsWith(".反馈.txt")).findFirst().orElseThrow();
            assertThat(Files.readString(feedback)).contains("“二十八”不是数字").contains("请改正后重新报送");
        }
        try (Stream<Path> archived = Files.list(home.resolve("baselines/archive"))) {
            assertThat(archived.map(p -> p.getFileName().toString())).singleElement().asString().endsWith("-南湖区基数表.xlsx");
        }
        assertThat(Files.list(inbox).count()).as("nothing left behind, nothing lost").isZero();
    }
}
