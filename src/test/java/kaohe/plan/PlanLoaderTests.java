package kaohe.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanLoaderTests {

    @TempDir
    Path temp;

    @Test
    void shippedPlanIsValid() {
        PlanLoad load = new PlanLoader().load(ShippedPlan.FOLDER);

        assertThat(load.problems()).isEmpty();
        assertThat(load.plan().indicators()).hasSizeGreaterThan(100);
        assertThat(load.plan().tasks()).hasSize(22);
        assertThat(load.plan().quarters()).isEqualTo(12);
    }

    @Test
    void brokenPlanYieldsEveryProblemWithItsLocation() {
        PlanFolder plan = PlanFolder.copyOfShipped(temp);
        int duplicate = plan.appendLine("indicators.csv", plan.line("indicators.csv", "Q01,"));
        int unknownUnit = plan.replaceLine("tasks.csv", "T05,",
                "T05,开展质量提升示范活动,T,实施质量提升共治行动,ZJJ XYZ JXW,1,000_4953c69a70887cfe.txt 二、主要任务 （二）5");
        int noValue = plan.replaceLine("targets.csv", "Q04,2019,",
                "Q04,2019,,,000_4953c69a70887cfe.txt 一、总体要求 质量总体水平");
        int outsideYears = plan.appendLine("targets.csv", "Q02,2021,95,,000_4953c69a70887cfe.txt 一、总体要求");
        plan.replaceLine("indicators.csv", "Q05,", plan.line("indicators.csv", "Q05,").replace(",quarterly,1,", ",quarterly,2,"));
        int categoryQ = plan.lineNumber("categories.csv", "Q,");

        PlanLoad load = new PlanLoader().load(plan.dir());

        assertThat(load.isValid()).isFalse();
        assertThat(load.problems()).extracting(PlanProblem::toString).contains(
                "indicators.csv:" + duplicate + ": [code] 编码 Q01 重复（已用于 indicators.csv:2）",
                "tasks.csv:" + unknownUnit + ": [units] 未知单位“XYZ”：应为 units.csv 中的单位编码 或 counties",
                "targets.csv:" + noValue + ": [target] AT_LEAST 类指标必须填写目标值",
                "targets.csv:" + outsideYears + ": [year] 2021 年不在计划期 2017–2019 内，也不是展望年份 [2020]",
                "categories.csv:" + categoryQ + ": [weight] 分类 Q 的权重为 20，但其指标和任务的权重合计为 21");
    }

    @Test
    void aUnitsOwnBaselineMustBeForAnItemItReportsFromBeforeThePlanAndStatedOnce() {
        PlanFolder plan = PlanFolder.copyOfShipped(temp);
        int good = plan.appendLine("baselines.csv", "P08,330402,2016,28,南湖区2016年民政统计");
        int twice = plan.appendLine("baselines.csv", "P08,330402,2016,29,另一份统计");
        int notReported = plan.appendLine("baselines.csv", "Q06,330402,2016,3,南湖区");
        int tooLate = plan.appendLine("baselines.csv", "P08,330411,2017,30,秀洲区");
        int unknown = plan.appendLine("baselines.csv", "X99,330411,2016,30,秀洲区");

        PlanLoad load = new PlanLoader().load(plan.dir());

        assertThat(load.problems()).extracting(PlanProblem::toString).containsExactlyInAnyOrder(
                "baselines.csv:" + twice + ": [code] P08 330402 2016 年的基数重复（已见于第 " + good + " 行）",
                "baselines.csv:" + notReported + ": [unit] 单位 330402 不报送指标 Q06，不能有它的基数",
                "baselines.csv:" + tooLate + ": [year] 基数年份 2017 应早于计划开始的 2017 年",
                "baselines.csv:" + unknown + ": [code] 未知指标 X99：应为 indicators.csv 中的指标编码");
    }

    @Test
    void aPlanWithoutABaselinesFileIsValid() throws Exception {
        PlanFolder plan = PlanFolder.copyOfShipped(temp);
        java.nio.file.Files.delete(plan.dir().resolve("baselines.csv"));
        PlanFolder empty = PlanFolder.copyOfShipped(temp.resolve("other"));

        PlanLoad load = new PlanLoader().load(plan.dir());

        assertThat(load.problems()).isEmpty();
        assertThat(load.plan().unitBaselines()).isEmpty();
        assertThat(load.plan().version()).as("a header-only file is content, so it is part of the version")
                .isNotEqualTo(new PlanLoader().load(empty.dir()).plan().version());
    }

    @Test
    void alternativesMustBeInterchangeableAndHeadlineCategoriesMustExist() {
        PlanFolder plan = PlanFolder.copyOfShipped(temp);
        plan.replaceLine("indicators.csv", "D09,", plan.line("indicators.csv", "D09,").replace(",0.3,", ",1,"));
        plan.replaceLine("plan.properties", "headline-categories=", "headline-categories=Q,X");

        PlanLoad load = new PlanLoader().load(plan.dir());

        assertThat(load.problems()).extracting(PlanProblem::toString).anySatisfy(p -> assertThat(p)
                .contains("可选指标组 D06 中 D09 与 D06 的分类、权重、报送单位或考核频次不同"));
        assertThat(load.problems()).extracting(PlanProblem::toString).anySatisfy(p -> assertThat(p)
                .contains("[headline-categories] 未知分类“X”"));
    }

    @Test
    void withoutHeadlineCategoriesEveryScoredCategoryLeadsTheReport() {
        PlanFolder plan = PlanFolder.copyOfShipped(temp);
        plan.replaceLine("plan.properties", "headline-categories=", "# none");

        Plan loaded = new PlanLoader().load(plan.dir()).plan();

        assertThat(loaded.headlineCategories()).containsExactly("Q", "B", "I", "C", "E", "P", "D", "T", "K");
        assertThat(ShippedPlan.plan().headlineCategories()).containsExactly("Q", "E");
        assertThat(ShippedPlan.plan().isChecklist("D")).isTrue();
    }

    @Test
    void kindWithoutItsParametersIsAProblem() {
        PlanFolder plan = PlanFolder.copyOfShipped(temp);
        int trend = plan.replaceLine("indicators.csv", "D05,",
                plan.line("indicators.csv", "D05,").replace(",TREND,rising,3,", ",TREND,,,"));
        int range = plan.replaceLine("targets.csv", "I01S,2019,1,2,", "I01S,2019,1,,000_4953c69a70887cfe.txt 附件1 第1项 信息");

        PlanLoad load = new PlanLoader().load(plan.dir());

        assertThat(load.problems()).extracting(PlanProblem::toString).contains(
                "indicators.csv:" + trend + ": [direction] 不能为空",
                "indicators.csv:" + trend + ": [span] TREND 需填写考察年数（如 3）",
                "targets.csv:" + range + ": [target_max] RANGE 类指标必须填写区间上限");
    }

    @Test
    void categoryWeightsMustAddUpToThePlansTotal() {
        PlanFolder plan = PlanFolder.copyOfShipped(temp);
        plan.replaceLine("plan.properties", "weight-total=", "weight-total=90");

        PlanLoad load = new PlanLoader().load(plan.dir());

        assertThat(load.problems()).extracting(PlanProblem::toString)
                .containsExactly("categories.csv: [weight] 各分类权重合计为 100，应等于 plan.properties 中的 weight-total 90");
    }

    @Test
    void thePlanSaysWhoIssuesTheBulletinWhatItCallsTheProgrammeAndHowManyItemsARankNeeds() {
        assertThat(ShippedPlan.plan().reporting())
                .isEqualTo(new ReportSettings("嘉兴市质量强市工作领导小组办公室", "质量提升行动计划", 3));

        PlanFolder plan = PlanFolder.copyOfShipped(temp);
        plan.replaceLine("plan.properties", "office=", "# none");
        plan.replaceLine("plan.properties", "subject=", "# none");
        plan.replaceLine("plan.properties", "min-ranked-items=", "# none");
        Plan without = new PlanLoader().load(plan.dir()).plan();
        assertThat(without.reporting()).isEqualTo(new ReportSettings("考核办公室", without.name(), 1));

        PlanFolder bad = PlanFolder.copyOfShipped(temp.resolve("bad"));
        int line = bad.replaceLine("plan.properties", "min-ranked-items=", "min-ranked-items=0");
        assertThat(new PlanLoader().load(bad.dir()).problems()).extracting(PlanProblem::toString)
                .contains("plan.properties:" + line + ": [min-ranked-items] 应为不小于 1 的整数（计分项目少于此数的单位不参与排名）");
    }

    @Test
    void badValuesInPlanPropertiesAreReportedAtTheirLine() {
        PlanFolder plan = PlanFolder.copyOfShipped(temp);
        int start = plan.replaceLine("plan.properties", "start=", "start=2017-01");

        PlanLoad load = new PlanLoader().load(plan.dir());

        assertThat(load.problems()).extracting(PlanProblem::toString)
                .contains("plan.properties:" + start + ": [start] “2017-01”不是考核期（应写作如 2019Q2）");
    }

    @Test
    void aMissingFileIsAProblemNotACrash() throws Exception {
        PlanFolder plan = PlanFolder.copyOfShipped(temp);
        java.nio.file.Files.delete(plan.dir().resolve("tasks.csv"));

        PlanLoad load = new PlanLoader().load(plan.dir());

        assertThat(load.problems()).extracting(PlanProblem::toString).contains("tasks.csv: 文件不存在");
    }

    @Test
    void aPlanFileSavedByExcelWithAByteOrderMarkStillLoads() throws Exception {
        PlanFolder plan = PlanFolder.copyOfShipped(temp);
        Path units = plan.dir().resolve("units.csv");
        java.nio.file.Files.writeString(units, "\uFEFF" + java.nio.file.Files.readString(units));

        assertThat(new PlanLoader().load(plan.dir()).problems()).isEmpty();
    }

    @Test
    void anyEditMakesANewVersion() {
        PlanFolder plan = PlanFolder.copyOfShipped(temp);
        String shipped = ShippedPlan.plan().version();
        assertThat(new PlanLoader().load(plan.dir()).plan().version()).isEqualTo(shipped);

        plan.replaceLine("targets.csv", "E04,2019,", "E04,2019,41,,000_4953c69a70887cfe.txt 附件3 治气");

        assertThat(new PlanLoader().load(plan.dir()).plan().version()).isNotEqualTo(shipped);
    }

    /**
     * A command reads its plan and its application reads it again: unchanged files give the plan already read, an edit
     * (even back and forth within the second) a plan read afresh, and a broken folder its problems, never a stale plan.
     */
    @Test
    void readingAnUnchangedFolderAgainGivesThePlanAlreadyReadAndAnyEditReadsItAfresh() throws Exception {
        PlanFolder plan = PlanFolder.copyOfShipped(temp);
        Plan first = new PlanLoader().load(plan.dir()).plan();

        assertThat(new PlanLoader().load(plan.dir()).plan()).isSameAs(first);

        plan.replaceLine("targets.csv", "E04,2019,", "E04,2019,41,,000_4953c69a70887cfe.txt 附件3 治气");
        Plan edited = new PlanLoader().load(plan.dir()).plan();
        assertThat(edited).isNotSameAs(first);
        assertThat(edited.indicator(kaohe.shared.ItemCode.of("E04")).orElseThrow().targets().stream()
                .filter(t -> t.year() == 2019).findFirst().orElseThrow().target()).isEqualByComparingTo("41");

        java.nio.file.Files.delete(plan.dir().resolve("tasks.csv"));
        PlanLoad broken = new PlanLoader().load(plan.dir());
        assertThat(broken.isValid()).isFalse();
        assertThat(broken.problems()).isNotEmpty();
    }
}
