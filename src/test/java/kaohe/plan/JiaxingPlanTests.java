package kaohe.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped Jiaxing plan against its seed documents. Each target row names the phrase of the seed
 * it was read from; the test finds that phrase in the seed and checks the plan holds the same number.
 */
class JiaxingPlanTests {

    private final Plan plan = ShippedPlan.plan();

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Q01 | 2019 | 70    |   | 000 | 规模以上企业主导产品采标率稳定在70%以上
            Q01 | 2020 | 72    |   | 002 | 规模以上工业企业主导产品采标率72%
            Q02 | 2019 | 95    |   | 000 | 制造业产品质量合格率达到95%以上
            Q02 | 2020 | 95    |   | 002 | 制造业产品质量合格率95%
            Q03 | 2019 | 98    |   | 000 | 农产品质量安全检测合格率达到98%以上
            Q03 | 2020 | 98    |   | 002 | 主要农产品质量抽检合格率98%
            Q04 | 2019 | 85    |   | 000 | 服务质量满意度达到85分以上
            Q05 | 2019 | 4     |   | 000 | 培育省政府质量奖企业4家
            Q06 | 2019 | 43    |   | 000 | 市长质量奖企业43家
            Q07 | 2019 | 28    |   | 000 | “品”字标“浙江制造”认证企业28家
            Q07 | 2020 | 30    |   | 002 | “浙江制造”品牌认证企业30家
            Q08 | 2019 | 190   |   | 000 | 浙江工业名牌产品190个
            Q08 | 2020 | 200   |   | 002 | 浙江名牌产品总数(工业)200个
            Q09 | 2019 | 60    |   | 000 | 浙江出口名牌60个
            Q10 | 2019 | 20    |   | 000 | 省级以上服务业品牌20个
            Q11 | 2019 | 500   |   | 000 | 装配式建筑新开工面积500万平方米
            Q12 | 2019 | 2     |   | 000 | 新增中国建筑工程“鲁班奖”2个
            Q13 | 2019 | 18    |   | 000 | 省建设工程“钱江杯”奖18个
            Q14 | 2019 | 50    |   | 000 | 地表水省控断面水质达到或优于Ⅲ类的比例达到50%
            Q15 | 2019 | 3     |   | 000 | 3个县（市、区）建成“全国质量强县示范县”
            B01 | 2019 | 2     |   | 000 | 培育国家技术标准创新基地2家
            B02 | 2019 | 8     |   | 000 | 主导制（修）定国际标准8项
            B03 | 2019 | 850   |   | 000 | 主导或参与制（修）定国家标准850项
            B04 | 2019 | 28    |   | 000 | 制定“品”字标“浙江制造”标准28个
            B04 | 2020 | 30    |   | 002 | 主导制定“浙江制造”标准30项
            B05 | 2019 | 30    |   | 000 | 制定服务业地方标准30个
            B06 | 2019 | 2     |   | 000 | 新增国家级质检中心2个
            B07 | 2019 | 5     |   | 000 | 各类省级以上创新基地5家以上
            C01 | 2019 | 9     |   | 000 | 二星级以上绿色建筑占新建民用建筑比例达到9%以上
            E01 | 2017 | 25    |   | 000 | 地表水市控以上断面Ⅱ—III类水质比例达到25%以上
            E01 | 2018 | 35    |   | 000 | 地表水市控以上断面Ⅱ—III类水质比例达到35%以上
            E01 | 2019 | 45    |   | 000 | 地表水市控以上断面Ⅱ—III类水质比例达到45%以上
            E01 | 2020 | 50    |   | 002 | 市控以上断面I-III类水质比例50%
            E03 | 2017 | 45    |   | 000 | 集中式饮用水水源地水质达标率45%以上
            E03 | 2018 | 50    |   | 000 | 集中式饮用水水源地水质达标率50%以上
            E03 | 2019 | 60    |   | 000 | 集中式饮用水水源地水质达标率60%以上
            E03 | 2020 | 60    |   | 002 | 县级以上城市集中式饮用水水源地水质达标率60%
            E04 | 2017 | 44    |   | 000 | 确保控制在44微克/立方米以内
            E04 | 2018 | 43    |   | 000 | 确保控制在43微克/立方米以内
            E04 | 2019 | 42    |   | 000 | 确保控制在42微克/立方米以内
            E04 | 2020 | 40    |   | 002 | 细颗粒物（PM2.5）浓度40
            E05 | 2017 | 73    |   | 000 | 空气优良率稳步提升，确保达到73%以上
            E05 | 2018 | 74    |   | 000 | 空气优良率稳步提升，确保达到74%以上
            E05 | 2019 | 75    |   | 000 | 空气优良率稳步提升，确保达到75%以上
            E05 | 2020 | 76    |   | 002 | 环境空气质量优良天数比例76%
            E06 | 2017 | 12.4  |   | 000 | 新增危险废物利用处置能力12.4万吨/年以上
            E06 | 2018 | 14.5  |   | 000 | 新增危险废物利用处置能力14.5万吨/年
            P01 | 2019 | 6.5   |   | 000 | 每万人拥有公共汽车6.5标台
            P02 | 2019 | 119.8 |   | 000 | 全市公路密度达到119.8公里/百平方公里
            P03 | 2019 | 95    |   | 000 | 国省道优良路率达到95%
            P04 | 2019 | 95    |   | 000 | 义务教育标准化学校达标率达到95%
            P05 | 2019 | 5.94  |   | 000 | 每千人床位数控制在5.94张
            P06 | 2019 | 2.75  |   | 000 | 每千人执业（助理）医师争取达到2.75人
            P07 | 2019 | 98    |   | 000 | 城镇基本医疗保险参保人数占比达到98%
            P08 | 2019 | 40    |   | 000 | 每千名老人机构养老床位达到40张
            P09 | 2019 | 1.3   |   | 000 | 人均公共图书馆藏书达到1.3册
            P10 | 2019 | 91.5  |   | 000 | “两化”融合发展水平总指数达到91.5
            P11 | 2019 | 2.12  |   | 000 | 万车死亡率控制在2.12%以内
            P12 | 2019 | 90    |   | 000 | 网络安全等级保护制度落实率达到90%以上
            P13 | 2019 | 90    |   | 000 | 流动人口居住登记率、居住登记信息准确率均达到90%以上
            P14 | 2019 | 90    |   | 000 | 流动人口居住登记率、居住登记信息准确率均达到90%以上
            P15 | 2019 | 100   |   | 000 | 视频监控的覆盖率和联网率达到100%
            P16 | 2019 | 100   |   | 000 | 视频监控的覆盖率和联网率达到100%
            P17 | 2019 | 81.9  |   | 000 | 国省道优良路率达到95%。81.9分以上
            P18 | 2019 | 82.8  |   | 000 | 标准化学校达标率达到95%。82.8分以上
            P19 | 2019 | 81.2  |   | 000 | 参保人数占比达到98%。81.2分以上
            P20 | 2019 | 82.1  |   | 000 | 机构养老床位达到40张。82.1分以上
            P21 | 2019 | 82.4  |   | 000 | 图书馆藏书达到1.3册。82.4分以上
            P22 | 2019 | 82.1  |   | 000 | 大幅提高各地行政服务中心办事事项即办件的比例，实现立等可取。82.1分以上
            P23 | 2019 | 83.9  |   | 000 | 总指数达到91.5。83.9分以上
            P24 | 2019 | 82.9  |   | 000 | 联网率达到100%。82.9分以上
            I01S | 2019 | 1    | 2 | 000 | 信息到2019年，制定“品”字标“浙江制造”标准1-2个
            I07S | 2019 | 2    | 3 | 000 | 高端装备制造业到2019年，制定“品”字标“浙江制造”标准2-3个
            I07C | 2019 | 3    | 4 | 000 | 争取“品”字标“浙江制造”认证3-4家；新增浙江名牌3-4个；导入卓越绩效模式企业10家
            I07E | 2019 | 10   |   | 000 | 导入卓越绩效模式企业10家
            I09S | 2019 | 4    |   | 000 | 纺织到2019年，制定“品”字标“浙江制造”标准4个
            I03A | 2019 | 6    |   | 000 | 新增高星级品质旅行社6家
            I20A | 2019 | 30   |   | 000 | 开展服务业标准化试点30个
            I21C | 2019 | 12   |   | 000 | 12个富有浙江特色的旅游风情小镇
            D01 | 2017 | 10    |   | 004 | 进口商品法检检出率连续3年居全国城市排名前10位
            M03 | 2020 | 25    |   | 002 | 中国驰名商标25件
            M04 | 2020 | 5     |   | 002 | 省级以上政府质量奖(含提名奖)5个
            M13 | 2020 | 50    |   | 002 | 建设工程国家优质工程奖省优质工程奖3项50项
            """)
    void holdsTheSeedsTarget(String code, int year, BigDecimal target, BigDecimal targetMax, String seed, String phrase) {
        assertThat(ShippedPlan.seedText(seed)).as("the phrase is in seed %s", seed).contains(phrase);
        YearTarget stated = yearTarget(code, year);
        assertThat(stated.target()).isEqualByComparingTo(target);
        if (targetMax == null) {
            assertThat(stated.targetMax()).isNull();
        } else {
            assertThat(stated.targetMax()).isEqualByComparingTo(targetMax);
        }
        assertThat(stated.source().seedFile()).startsWith(seed + "_");
    }

    @Test
    void annex3HasExactlyTheYearsItStates() {
        assertThat(years("E01")).containsExactly(2017, 2018, 2019, 2020);
        assertThat(years("E02")).containsExactly(2017, 2020);
        assertThat(years("E03")).containsExactly(2017, 2018, 2019, 2020);
        assertThat(years("E04")).containsExactly(2017, 2018, 2019, 2020);
        assertThat(years("E05")).containsExactly(2017, 2018, 2019, 2020);
        assertThat(years("E06")).as("2019 is '/' in the seed").containsExactly(2017, 2018);
        assertThat(indicator("E02").rule().kind()).isEqualTo(TargetKind.ZERO);
        assertThat(indicator("E04").rule().kind()).isEqualTo(TargetKind.AT_MOST);
        assertThat(ShippedPlan.seedText("000")).contains("全面消除劣V类水");
    }

    @ParameterizedTest(name = "{0} baseline {1} in {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Q03 | 98  | 2015 | 主要农产品质量安全监测合格率达到98%
            M03 | 20  | 2015 | 中国驰名商标20件
            Q05 | 2   | 2015 | 省政府质量奖2个（含提名奖）
            Q06 | 23  | 2015 | 市长质量奖23个
            M04 | 2   | 2015 | 省政府质量奖2个（含提名奖）
            M08 | 28  | 2015 | 累计获得服务业浙江名牌28个
            M09 | 100 | 2015 | 重点工程项目竣工验收合格率达到100%
            """)
    void holdsTheTwelfthFiveYearBaselines(String code, BigDecimal value, int year, String phrase) {
        assertThat(ShippedPlan.seedText("002")).contains(phrase);
        assertThat(indicator(code).baseline().value()).isEqualByComparingTo(value);
        assertThat(indicator(code).baseline().year()).isEqualTo(year);
    }

    @Test
    void targetsOfEveryKindThatTheSeedsUseAreInThePlan() {
        assertThat(plan.indicators()).extracting(i -> i.rule().kind()).contains(
                TargetKind.AT_LEAST, TargetKind.AT_MOST, TargetKind.ZERO, TargetKind.RANGE, TargetKind.CUMULATIVE,
                TargetKind.RANK_WITHIN, TargetKind.VS_REFERENCE, TargetKind.TREND);
        assertThat(indicator("D07").rule()).isEqualTo(new TargetRule(TargetKind.TREND, Direction.FALLING, 3));
        assertThat(indicator("D04").rule()).isEqualTo(new TargetRule(TargetKind.VS_REFERENCE, Direction.BELOW, 0));
    }

    @ParameterizedTest(name = "{0} is led by {1}")
    @CsvSource({
            "T01,市质监局", "T02,市质监局", "T03,市质监局", "T04,市质监局", "T05,市质监局", "T06,市质监局",
            "T07,市质监局", "T08,市质监局", "T09,市质监局", "T10,市质监局", "T11,市发展改革委", "T12,市民政局",
            "T13,市发展改革委", "T14,市质监局", "T15,市质监局", "T16,市质监局", "K01,市经信委", "K02,市经信委",
            "K03,市发展改革委", "K04,市建委", "K05,市环保局", "K06,市发展改革委"})
    void everyTaskHasItsLeadUnit(String code, String leadName) {
        Task task = plan.task(ItemCode.of(code)).orElseThrow();
        assertThat(plan.unit(task.leadUnit()).orElseThrow().name()).isEqualTo(leadName);
    }

    /** Reads every 责任单位 list of seed 000 in order and compares it with the tasks, unit by unit. */
    @Test
    void everyTaskListsItsResponsibleUnitsInTheSeedsOrder() throws Exception {
        String seed = Files.readString(ShippedPlan.seeds().resolve("000_4953c69a70887cfe.txt"));
        Matcher lists = Pattern.compile("责任单位：([^）〕]+)").matcher(seed);
        List<List<UnitCode>> fromSeed = new ArrayList<>();
        while (lists.find()) {
            String names = lists.group(1).replace("，列第一位的为牵头单位，下同", "").replace("各县（市、区", "各县");
            List<UnitCode> units = new ArrayList<>();
            for (String name : names.split("[、，]")) {
                if (name.equals("各县")) {
                    units.addAll(plan.unitsOf(PeerGroup.COUNTY));
                } else {
                    units.add(plan.units().stream().filter(u -> u.name().equals(name)).findFirst()
                            .orElseThrow(() -> new AssertionError("unit not in the plan: " + name)).code());
                }
            }
            fromSeed.add(units);
        }
        assertThat(fromSeed).hasSize(22);
        assertThat(plan.tasks()).extracting(Task::units).containsExactlyElementsOf(fromSeed);
    }

    @Test
    void hasTheSevenCountiesWithTheirDivisionCodes() {
        assertThat(plan.units()).filteredOn(u -> u.peerGroup() == PeerGroup.COUNTY)
                .extracting(u -> u.code().value() + " " + u.name())
                .containsExactly("330402 南湖区", "330411 秀洲区", "330421 嘉善县", "330424 海盐县",
                        "330481 海宁市", "330482 平湖市", "330483 桐乡市");
    }

    @Test
    void everyCitationNamesASeedThatExists() {
        plan.indicators().forEach(i -> i.targets().forEach(t ->
                assertThat(ShippedPlan.seeds().resolve(t.source().seedFile())).as(i.code() + " " + t.year()).exists()));
        plan.tasks().forEach(t -> assertThat(ShippedPlan.seeds().resolve(t.source().seedFile())).exists());
    }

    @Test
    void ratesThatExistPerCountyAreReportedByEveryCountyAndCityTotalsByTheLead() {
        assertThat(indicator("Q02").reportedBy()).containsAll(plan.unitsOf(PeerGroup.COUNTY)).contains(UnitCode.of("ZJJ"));
        assertThat(indicator("Q06").reportedBy()).containsExactly(UnitCode.of("ZJJ"));
        assertThat(plan.task(ItemCode.of("K06")).orElseThrow().units()).containsAll(plan.unitsOf(PeerGroup.COUNTY));
    }

    @Test
    void aByYearTargetGovernsTheYearsBeforeItButNotAfterTheSeedStopsGivingOne() {
        assertThat(indicator("Q02").targetFor(2017, 2019)).map(YearTarget::year).contains(2019);
        assertThat(indicator("E05").targetFor(2018, 2019)).map(YearTarget::target).hasValueSatisfying(
                t -> assertThat(t).isEqualByComparingTo("74"));
        assertThat(indicator("E06").targetFor(2019, 2019)).isEmpty();
        assertThat(indicator("Q01").targetFor(2020, 2019)).as("outlook years are never assessed").isEmpty();
    }

    /** Every "到2019年 … m-n个" of 附件1 is a count since the plan started, like the plain counts beside it. */
    @Test
    void rangeCountsStartFromZeroAtTheEndOf2016LikeTheCumulativeCounts() {
        assertThat(plan.indicators()).filteredOn(i -> i.rule().kind() == TargetKind.RANGE).hasSize(14)
                .allSatisfy(i -> assertThat(i.baseline()).isEqualTo(new Baseline(BigDecimal.ZERO, 2016)));
        assertThat(indicator("I08S").baseline()).isEqualTo(new Baseline(BigDecimal.ZERO, 2016));
    }

    /** 002 counts 23 市长质量奖 and 2 省政府质量奖 by 2015 and 5 (含提名奖) for 2020: 000's 43 and 4 are running totals. */
    @Test
    void qualityAwardsAreRunningTotalsAndStandardsAndPrefabAreasAreIncrements() {
        assertThat(ShippedPlan.seedText("002")).contains("省政府质量奖2个（含提名奖）").contains("市长质量奖23个")
                .contains("省级以上政府质量奖(含提名奖)5个").contains("国家和行业标准669项");
        assertThat(indicator("Q05").rule().kind()).isEqualTo(TargetKind.AT_LEAST);
        assertThat(indicator("Q06").rule().kind()).isEqualTo(TargetKind.AT_LEAST);
        assertThat(indicator("B03").rule().kind()).as("669 counts national and industry standards together").isEqualTo(TargetKind.CUMULATIVE);
        assertThat(indicator("Q11").rule().kind()).as("新开工面积 is a flow").isEqualTo(TargetKind.CUMULATIVE);
    }

    @Test
    void eliminatingGradeVWaterHoldsFrom2017Onwards() {
        assertThat(ShippedPlan.seedText("000")).contains("全面消除劣V类水");
        assertThat(indicator("E02").targetFor(2018, 2019)).map(YearTarget::year).contains(2017);
        assertThat(indicator("E02").targetFor(2019, 2019)).map(YearTarget::year).contains(2017);
    }

    /** 附件1 商贸's 服务业名牌20家 and the headline's 省级以上服务业品牌20个 are one target, counted once. */
    @Test
    void serviceBrandsAreOneTargetCitingBothPlaces() {
        assertThat(ShippedPlan.seedText("000")).contains("培育服务业名牌20家").contains("省级以上服务业品牌20个");
        assertThat(plan.indicator(ItemCode.of("I20C"))).isEmpty();
        assertThat(indicator("Q10").source().text()).contains("附件1 第20项 商贸 培育服务业名牌20家");
    }

    /** 004 附件2 43.1 and 43.2 join their criteria with 或; the plan models each pair as one criterion. */
    @Test
    void category04AlternativesAreEitherOfPairs() {
        assertThat(ShippedPlan.seedText("004"))
                .contains("服务业顾客满意度居全国同级城市前列，或消费者投诉率低于全国平均水平")
                .contains("消费者对服务业满意度连续3年不断提高，或消费者投诉率连续3年不断递减")
                .contains("主导产业品牌的国内外市场份额近三年连续增长市创强办牵头");
        assertThat(indicator("D06").eitherOf()).isEqualTo("D06").isEqualTo(indicator("D09").eitherOf());
        assertThat(indicator("D07").eitherOf()).isEqualTo("D07").isEqualTo(indicator("D10").eitherOf());
        assertThat(indicator("D06").rule().kind()).as("前列 sets no number").isEqualTo(TargetKind.RANK_FRONT);
        assertThat(indicator("D09").rule()).isEqualTo(new TargetRule(TargetKind.VS_REFERENCE, Direction.BELOW, 0));
        assertThat(indicator("D08").leadUnit()).as("创强办's criteria go to the lead of T05").isEqualTo(UnitCode.of("ZJJ"));
    }

    /**
     * Category D holds every criterion of 004 附件1 judged against a ranking (前10位, 前列), the national average,
     * the city's own earlier years (不断提高, 不断递减, 连续增长) or 0次, and no other.
     */
    @Test
    void category04SelectionIsEveryCriterionOfTheKindsItUses() {
        String seed = ShippedPlan.seedText("004");
        assertThat(seed).contains("近3年节能建筑的比重和工业化建造比重不断提高").contains("有机食品、绿色食品、无公害农产品认证总数居全国同级城市前列")
                .contains("城市市民质量满意度调查测评结果居全国同级城市前列");
        java.util.Set<Integer> cited = new java.util.TreeSet<>();
        plan.indicators().stream().filter(i -> i.category().equals("D")).forEach(i -> {
            Matcher m = Pattern.compile("附件1 第(\\d+)项").matcher(i.source().text());
            while (m.find()) {
                cited.add(Integer.parseInt(m.group(1)));
            }
        });
        assertThat(cited).containsExactly(5, 6, 7, 8, 12, 13, 17, 18, 22, 23, 24, 25, 26, 29, 34, 35);
        assertThat(plan.isChecklist("D")).isTrue();
    }

    private Indicator indicator(String code) {
        return plan.indicator(ItemCode.of(code)).orElseThrow();
    }

    private YearTarget yearTarget(String code, int year) {
        return indicator(code).targets().stream().filter(t -> t.year() == year).findFirst()
                .orElseThrow(() -> new AssertionError(code + " has no target for " + year));
    }

    private List<Integer> years(String code) {
        return indicator(code).targets().stream().map(YearTarget::year).toList();
    }

    /** 004 第17项's fixed levels, shown and judged beside the ranking and trend of item 17, weighing nothing in category D. */
    @Test
    void item17sSatisfactionLevelsAreMonitoredCriteriaOfTheChecklist() {
        assertThat(ShippedPlan.seedText("004")).contains("生产性服务业顾客满意度80以上").contains("生活性服务业顾客满意度75以上");
        for (String[] expected : new String[][]{{"D20", "80"}, {"D21", "75"}}) {
            Indicator indicator = plan.indicator(ItemCode.of(expected[0])).orElseThrow();
            assertThat(indicator.rule().kind()).isEqualTo(TargetKind.AT_LEAST);
            assertThat(indicator.weight()).as("monitored: category D's points stay with the criteria judged against outside references")
                    .isEqualByComparingTo("0");
            assertThat(indicator.targets()).extracting(YearTarget::year).containsExactly(2017, 2018, 2019);
            assertThat(indicator.targets()).allSatisfy(t -> assertThat(t.target()).isEqualByComparingTo(expected[1]));
            assertThat(indicator.source().text()).contains("第17项");
        }
    }

    /** 004 names D03's numerator and denominator in its own words; the per-head and per-area rates are theirs by definition. */
    @Test
    void ratesTheSeedsDefineAsQuotientsAreReportedAsNumeratorAndDenominator() {
        assertThat(ShippedPlan.seedText("004")).contains("出口商品遭境外通报比率（通报次数/出口批次）");
        Indicator d03 = plan.indicator(ItemCode.of("D03")).orElseThrow();
        assertThat(d03.ratio().text()).isEqualTo("通报次数/出口批次");
        assertThat(d03.ratio().per()).as("a percentage").isEqualByComparingTo("100");
        assertThat(plan.indicators().stream().filter(Indicator::isRatio).map(i -> i.code().value()))
                .containsExactlyInAnyOrder("Q14", "P01", "P02", "P06", "D03");
        assertThat(plan.indicator(ItemCode.of("P01")).orElseThrow().ratio().of(new BigDecimal("3250"), new BigDecimal("500")))
                .as("3,250 标台 for 500 万人").isEqualByComparingTo("6.5");
    }
}
