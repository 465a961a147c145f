package kaohe.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped provincial plan (浙江省质量提升三年行动计划, seed 003) against its seed: each target is
 * found as a phrase of 003 with the plan's number, and every task lists 003's 责任单位 in 003's order.
 */
class ZhejiangPlanTests {

    static final Path FOLDER = Path.of("data/plans/zhejiang-2017-2019");

    private final Plan plan = load();

    static Plan load() {
        PlanLoad load = new PlanLoader().load(FOLDER);
        assertThat(load.problems()).as("plan check").isEmpty();
        return load.plan();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Q01 | 2019 | 91    |   | 制造业质量竞争力指数达到91分
            Q02 | 2019 | 70    |   | 规模以上企业主导产品采标率达到70%以上
            Q03 | 2019 | 95    |   | 制造业产品质量合格率达到95%以上
            Q04 | 2019 | 98    |   | 农产品质量安全检测合格率达到98%以上
            Q05 | 2019 | 85    |   | 服务质量满意度达到85分
            Q06 | 2019 | 20    |   | 培育省政府质量奖企业20家
            Q07 | 2019 | 180   |   | “品”字标“浙江制造”认证企业180家
            Q08 | 2019 | 240   |   | 省级以上服务业品牌240个
            Q09 | 2019 | 300   |   | 浙江名牌产品300个
            Q10 | 2019 | 480   |   | 出口名牌480个
            Q11 | 2019 | 7200  |   | 装配式建筑新开工面积7200万平方米
            Q12 | 2019 | 25    |   | 新增中国建筑工程“鲁班奖”25个
            Q13 | 2019 | 360   |   | 省建设工程“钱江杯”奖360个
            Q14 | 2019 | 2     | 3 | 新增中国水利工程优质(大禹)奖2—3个
            B01 | 2019 | 2     |   | 创建国家技术标准创新基地2家
            B02 | 2019 | 10    |   | 新增主导制(修)订国际标准10个
            B03 | 2019 | 180   |   | 主导制(修)订国家标准180个
            B04 | 2019 | 300   |   | 制定“品”字标“浙江制造”标准300个
            B05 | 2019 | 60    |   | 制定服务业地方标准60个
            B06 | 2019 | 6     |   | 制定新型建筑工业化地方标准6个
            B07 | 2019 | 8     |   | 完成并发布《浙江省绿色建筑设计标准》等地方标准8个
            B08 | 2019 | 10    |   | 新增国家质检中心10个
            B09 | 2019 | 50    |   | 各类省级以上创新基地50家以上
            C01 | 2019 | 9     |   | 二星级以上绿色建筑占新建民用建筑比例达到9%以上
            E01 | 2017 | 75    |   | 地表水省控断面I—III类水质比例达到75%以上
            E01 | 2018 | 76    |   | 地表水省控断面I—III类水质比例达到76%
            E01 | 2019 | 77    |   | 地表水省控断面I—III类水质比例达到77%
            E03 | 2017 | 43    |   | 控制在43微克/立方米以内
            E03 | 2018 | 41    |   | 控制在41微克/立方米
            E03 | 2019 | 40    |   | 控制在40微克/立方米
            E04 | 2017 | 80    |   | 空气优良率稳步提升,确保达到80%以上
            E04 | 2018 | 81    |   | 空气优良率稳步提升,确保达到81%
            E04 | 2019 | 82    |   | 空气优良率稳步提升,确保达到82%
            E05 | 2017 | 15    |   | 新增危险废物利用处置能力15万吨/年以上
            E05 | 2018 | 10    |   | 新增危险废物利用处置能力10万吨/年
            E05 | 2019 | 10    |   | 新增危险废物利用处置能力10万吨/年
            P01 | 2019 | 7     |   | 每万人拥有公共汽车7标台
            P02 | 2019 | 119.8 |   | 全省公路密度达到119.8公里/百平方公里
            P03 | 2019 | 95    |   | 国道优良路率达到95%
            P04 | 2019 | 95    |   | 义务教育标准化学校达标率达到95%
            P05 | 2019 | 6     |   | 每千人医院、卫生院床位数控制在6张
            P06 | 2019 | 3.2   |   | 每千人执业(助理)医师争取达到3.2人
            P07 | 2019 | 98    |   | 城镇基本医疗保险参保人数占比达到98%
            P08 | 2019 | 40    |   | 每千名老人机构养老床位达到40张
            P09 | 2019 | 1.3   |   | 人均公共图书馆藏书达到1.3册
            P10 | 2019 | 91.5  |   | “两化”融合发展水平总指数达到91.5
            P11 | 2019 | 2.12  |   | 万车死亡率控制在2.12以内
            P12 | 2019 | 90    |   | 网络安全等级保护制度落实率达到90%以上
            P13 | 2019 | 90    |   | 流动人口居住登记率、居住登记信息准确率均达到90%以上
            P14 | 2019 | 90    |   | 流动人口居住登记率、居住登记信息准确率均达到90%以上
            P15 | 2019 | 100   |   | 重点公共区域视频监控的覆盖率和联网率达到100%
            P16 | 2019 | 100   |   | 重点公共区域视频监控的覆盖率和联网率达到100%
            P17 | 2019 | 81.9  |   | 国道优良路率达到95%。服务质量满意度达到81.9分以上
            P18 | 2019 | 82.8  |   | 达标率达到95%。服务质量满意度达到82.8分以上
            P19 | 2019 | 81.2  |   | 参保人数占比达到98%。服务质量满意度达到81.2分以上
            P20 | 2019 | 82.1  |   | 机构养老床位达到40张。服务质量满意度达到82.1分以上
            P21 | 2019 | 82.4  |   | 图书馆藏书达到1.3册。服务质量满意度达到82.4分以上
            P22 | 2019 | 82.1  |   | 实现立等可取。服务质量满意度达到82.1分以上
            P23 | 2019 | 83.9  |   | 总指数达到91.5。服务质量满意度达到83.9分以上
            P24 | 2019 | 82.9  |   | 联网率达到100%。服务质量满意度达到82.9分以上
            """)
    void holdsTheSeedsTarget(String code, int year, BigDecimal target, BigDecimal targetMax, String phrase) {
        assertThat(ShippedPlan.seedText("003")).as("the phrase is in seed 003").contains(phrase);
        YearTarget stated = plan.indicator(ItemCode.of(code)).orElseThrow().targets().stream()
                .filter(t -> t.year() == year).findFirst().orElseThrow();
        assertThat(stated.target()).isEqualByComparingTo(target);
        if (targetMax == null) {
            assertThat(stated.targetMax()).isNull();
        } else {
            assertThat(stated.targetMax()).isEqualByComparingTo(targetMax);
        }
        assertThat(stated.source().seedFile()).startsWith("003_");
    }

    /**
     * Jiaxing is scored against the targets its own approved plan (000) sets it, not the province's mean of the 11 cities
     * or the province's figure; each is a phrase of 000 with the plan's number.
     */
    @ParameterizedTest(name = "嘉兴 {0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            E01 | 2019 | 50   | 地表水省控断面水质达到或优于Ⅲ类的比例达到50%
            E03 | 2017 | 44   | 嘉兴市区PM2.5平均浓度持续下降，确保控制在44微克/立方米以内
            E04 | 2017 | 73   | 空气优良率稳步提升，确保达到73%以上
            E04 | 2019 | 75   | 设区城市空气质量优良天数比例达到75%
            P01 | 2019 | 6.5  | 每万人拥有公共汽车6.5标台
            P06 | 2019 | 2.75 | 每千人执业（助理）医师争取达到2.75人
            """)
    void jiaxingHoldsItsOwnCityPlansTarget(String code, int year, BigDecimal target, String phrase) {
        assertThat(ShippedPlan.seedText("000")).as("the phrase is in seed 000").contains(phrase);
        Indicator indicator = plan.indicator(ItemCode.of(code)).orElseThrow();
        UnitCode jiaxing = UnitCode.of("330400");
        assertThat(plan.hasOwnTarget(indicator, jiaxing)).isTrue();
        YearTarget own = plan.targetFor(indicator, jiaxing, year).orElseThrow();
        assertThat(own.year()).isEqualTo(year);
        assertThat(own.target()).isEqualByComparingTo(target);
        assertThat(own.source().text()).startsWith("000_");
        assertThat(own.wording()).isEqualTo(phrase.contains("争取") ? TargetWording.ASPIRE : TargetWording.AS_STATED);
    }

    /** 附件4's per-year flows beside the totals by 2019: "每年新增“鲁班奖”8—9个、“钱江杯”120个…每年新增…大禹奖1个". */
    @Test
    void annex4sYearlyAdditionsStandBesideTheTotalsBy2019() {
        assertThat(ShippedPlan.seedText("003")).contains("每年新增“鲁班奖”8—9个、“钱江杯”120个。到2019年共新增“鲁班奖”25个、“钱江杯”360个;"
                + "每年新增中国水利工程优质(大禹)奖1个,到2019年共新增2—3个");
        assertThat(plan.indicator(ItemCode.of("Q12")).orElseThrow().yearly()).isEqualByComparingTo("8");
        assertThat(plan.indicator(ItemCode.of("Q13")).orElseThrow().yearly()).isEqualByComparingTo("120");
        assertThat(plan.indicator(ItemCode.of("Q14")).orElseThrow().yearly()).isEqualByComparingTo("1");
    }

    /** 附件5's PM2.5 and 优良率 are the 11 cities' mean: the province's line is judged on the mean of the cities' values. */
    @Test
    void theElevenCitiesMeansAreTargetsOnTheWhole() {
        assertThat(ShippedPlan.seedText("003")).contains("11个设区城市细颗粒物($PM_{2.5}$)平均浓度持续下降,控制在43微克/立方米以内")
                .contains("11个设区城市$PM_{2.5}$平均浓度持续下降,控制在41微克/立方米;空气优良率稳步提升,确保达到81%");
        assertThat(plan.indicator(ItemCode.of("E03")).orElseThrow().whole()).isEqualTo(Aggregate.MEAN);
        assertThat(plan.indicator(ItemCode.of("E04")).orElseThrow().whole()).isEqualTo(Aggregate.MEAN);
        assertThat(plan.indicators().stream().filter(i -> i.whole() == Aggregate.MEAN).map(i -> i.code().value())).containsExactly("E03", "E04");
    }

    /**
     * 003 一、总体要求's counts (培育…, 新增…, 创建…) and 附件5's 危险废物 capacity are the province's totals: each city
     * reports its own, the province's line is the cities' sum, and a city is held to its own number (嘉兴市's from 000,
     * the other ten left for the provincial office) instead of the province's.
     */
    @Test
    void theProvincesCountsAreTheCitiesSumAndEachCityIsHeldToItsOwnNumber() {
        List<String> sums = List.of("Q06", "Q07", "Q08", "Q10", "Q11", "Q12", "Q13", "B01", "B02", "B04", "B05", "B08", "B09", "E05");
        assertThat(plan.indicators().stream().filter(i -> i.whole() == Aggregate.SUM).map(i -> i.code().value())).containsExactlyElementsOf(sums);
        String cityTargets = ShippedPlan.seedText("000");
        assertThat(cityTargets).contains("“品”字标“浙江制造”认证企业28家").contains("浙江出口名牌60个").contains("省级以上服务业品牌20个")
                .contains("装配式建筑新开工面积500万平方米");
        Map<String, String> jiaxing = Map.of("Q07", "28", "Q08", "20", "Q10", "60", "Q11", "500", "Q12", "2", "Q13", "18", "B01", "2",
                "B02", "8", "B04", "28", "B05", "30");
        UnitCode jx = UnitCode.of("330400");
        for (String code : sums) {
            Indicator indicator = plan.indicator(ItemCode.of(code)).orElseThrow();
            assertThat(indicator.isReportedBy(jx)).as(code).isTrue();
            for (UnitCode city : plan.unitsOf(PeerGroup.COUNTY)) {
                assertThat(plan.hasOwnTarget(indicator, city)).as(code + " " + city).isTrue();
                if (!city.equals(jx)) {
                    assertThat(plan.targetFor(indicator, city, 2019)).as(code + " " + city).hasValueSatisfying(t -> assertThat(t.pending()).isTrue());
                }
            }
            if (jiaxing.containsKey(code)) {
                assertThat(plan.targetFor(indicator, jx, 2019).orElseThrow().target()).as(code).isEqualByComparingTo(jiaxing.get(code));
            }
        }
        assertThat(plan.targetFor(plan.indicator(ItemCode.of("E05")).orElseThrow(), jx, 2018).orElseThrow().target()).isEqualByComparingTo("14.5");
        assertThat(plan.targetFor(plan.indicator(ItemCode.of("Q06")).orElseThrow(), jx, 2019).orElseThrow().pending())
                .as("000's 4 is a running total since 2015; the province counts since 2016").isTrue();
    }

    /**
     * 附件1–3 and the quantified targets of 三、重点实施工程, row by row (src/test/resources/zhejiang-annexes-1-3.csv): each
     * phrase is 003's own words, holds the number the plan holds, and the plan holds it for that year with its range and
     * yearly flow. A per-year count with no total ("每年导入卓越绩效模式企业42家") is read as 42, 84, 126 by each year's end.
     */
    @Test
    void annexes1To3AndTheProgrammesNumbersAreTheSeedsWordForWord() throws Exception {
        String seed = ShippedPlan.seedText("003");
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/zhejiang-annexes-1-3.csv"));
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", 6);
            String code = f[0];
            int year = Integer.parseInt(f[1]);
            String phrase = f[5].replace("\"", "");
            codes.add(code);
            assertThat(seed).as(code + " " + phrase).contains(phrase);
            Indicator indicator = plan.indicator(ItemCode.of(code)).orElseThrow(() -> new AssertionError(code + " is not in the plan"));
            YearTarget target = indicator.targets().stream().filter(t -> t.year() == year).findFirst()
                    .orElseThrow(() -> new AssertionError(code + " has no " + year + " target"));
            assertThat(target.target()).as(code + " " + year).isEqualByComparingTo(f[2]);
            if (!f[3].isEmpty()) {
                assertThat(target.targetMax()).as(code + " range").isEqualByComparingTo(f[3]);
            }
            if (!f[4].isEmpty()) {
                assertThat(indicator.yearly()).as(code + " yearly").isEqualByComparingTo(f[4]);
                assertThat(phrase).as(code + " says its yearly flow").contains("每年").contains(f[4]);
            }
            String words = phrase.replace("百家", "100家").replace("百个", "100个");
            boolean perYearOnly = indicator.targets().size() == 3 && indicator.targets().get(0).year() == 2017;
            String stated = perYearOnly ? indicator.targets().get(0).target().toPlainString() : f[2];
            assertThat(words).as(code + ": the number is the phrase's").contains(stated);
            if (perYearOnly) {
                assertThat(target.target()).as(code + " n a year").isEqualByComparingTo(
                        indicator.targets().get(0).target().multiply(BigDecimal.valueOf(year - 2016)));
            }
            assertThat(indicator.source().text()).startsWith("003_81eaf4dbb71cf20c.txt ");
        }
        assertThat(codes).as("8 + 10 + 5 industries' measures, and the programmes' four").hasSize(128);
        assertThat(plan.indicators().stream().filter(i -> i.category().equals("I")).count()).isEqualTo(124);
        assertThat(plan.indicator(ItemCode.of("I01C")).orElseThrow().targets().get(0).wording()).as("争取…认证").isEqualTo(TargetWording.ASPIRE);
        assertThat(plan.indicator(ItemCode.of("K01D")).orElseThrow().targets().get(0).wording()).as("50个左右").isEqualTo(TargetWording.ABOUT);
    }

    /** Each industry's measures belong to the department 003's 责任单位 put first for it, or the trade's own department. */
    @Test
    void eachIndustrysMeasuresAreOwnedByItsDepartment() {
        Map<String, String> owners = Map.of("I01", "SJXW", "I03", "SWJW", "I04", "SLYJ", "I06", "SJRB", "I08", "SWXCB",
                "J05", "SJXW", "V01", "SFGW", "V02", "SSWT", "V03", "SLYJ", "V04", "SWHT");
        owners.forEach((industry, unit) -> assertThat(plan.indicators().stream().filter(i -> i.code().value().startsWith(industry)))
                .as(industry).isNotEmpty().allSatisfy(i -> assertThat(i.leadUnit().value()).isEqualTo(unit)));
        assertThat(ShippedPlan.seedText("003")).contains("(责任单位:省经信委、省委宣传部、省发展改革委").contains("(责任单位:省发展改革委、省经信委、省商务厅、省文化厅");
    }

    /** 003's provincial rates are the province's counts over its counts: its line is the ratio of the cities' sums. */
    @Test
    void theProvincesRatesAreRatiosOfTheCitiesSums() {
        assertThat(ShippedPlan.seedText("003")).contains("全省公路密度达到119.8").contains("每万人拥有公共汽车7标台");
        for (String code : List.of("E01", "P01", "P02", "P06")) {
            Indicator indicator = plan.indicator(ItemCode.of(code)).orElseThrow();
            assertThat(indicator.isRatio()).as(code).isTrue();
            assertThat(indicator.whole()).as(code).isEqualTo(Aggregate.RATIO);
            assertThat(plan.hasOwnTarget(indicator, UnitCode.of("330400"))).as(code + ": 嘉兴 is held to its own").isTrue();
        }
        assertThat(plan.targetFor(plan.indicator(ItemCode.of("P02")).orElseThrow(), UnitCode.of("330400"), 2019).orElseThrow().target())
                .isEqualByComparingTo("119.8");
        assertThat(plan.indicator(ItemCode.of("E01")).orElseThrow().ratio().per()).isEqualByComparingTo("100");
    }

    /** 附件6's satisfaction scores are a level each city's services are held to: 000 sets 嘉兴市 the same numbers. */
    @Test
    void eachCityReportsItsOwnSatisfactionScoresAgainstTheSameLevel() {
        for (int i = 17; i <= 24; i++) {
            Indicator indicator = plan.indicator(ItemCode.of("P" + i)).orElseThrow();
            assertThat(indicator.isReportedBy(UnitCode.of("330400"))).isTrue();
            assertThat(indicator.whole()).isNull();
            assertThat(plan.hasOwnTarget(indicator, UnitCode.of("330100"))).isFalse();
        }
        assertThat(ShippedPlan.seedText("000")).contains("81.9");
    }

    @Test
    void theOtherTenCitiesOwnTargetsAreRowsForTheOfficeToFillAndThe32IsAnAspiration() {
        List<UnitCode> others = plan.unitsOf(PeerGroup.COUNTY).stream().filter(u -> !u.value().equals("330400")).toList();
        assertThat(others).hasSize(10);
        for (String code : List.of("E01", "E03", "E04", "P01", "P06")) {
            Indicator indicator = plan.indicator(ItemCode.of(code)).orElseThrow();
            for (UnitCode city : others) {
                assertThat(plan.targetFor(indicator, city, 2019)).as(code + " " + city).hasValueSatisfying(t -> assertThat(t.pending()).isTrue());
            }
        }
        assertThat(ShippedPlan.seedText("003")).contains("每千人执业(助理)医师争取达到3.2人");
        assertThat(plan.indicator(ItemCode.of("P06")).orElseThrow().targets().get(0).wording()).isEqualTo(TargetWording.ASPIRE);
    }

    @Test
    void annex5HasTheThreeYearsItStatesAndEliminatesGradeVWaterIn2017() {
        for (String code : List.of("E01", "E03", "E04", "E05")) {
            assertThat(plan.indicator(ItemCode.of(code)).orElseThrow().targets()).extracting(YearTarget::year)
                    .as(code).containsExactly(2017, 2018, 2019);
        }
        assertThat(plan.indicator(ItemCode.of("E02")).orElseThrow().rule().kind()).isEqualTo(TargetKind.ZERO);
        assertThat(plan.indicator(ItemCode.of("E03")).orElseThrow().rule().kind()).isEqualTo(TargetKind.AT_MOST);
        assertThat(ShippedPlan.seedText("003")).contains("全面消除劣V类水");
    }

    /** Reads every 责任单位 list of seed 003's plan in order and compares it with the tasks, unit by unit. */
    @Test
    void everyTaskListsItsResponsibleUnitsInTheSeedsOrder() throws Exception {
        String seed = ShippedPlan.seedText("003");
        String planText = seed.substring(seed.indexOf("二、主要任务"), seed.indexOf("四、保障措施"));
        Matcher lists = Pattern.compile("责任单位:([^)]+)\\)").matcher(planText);
        List<List<UnitCode>> fromSeed = new ArrayList<>();
        while (lists.find()) {
            String names = lists.group(1).replace(",列第一位的为牵头单位,下同", "").replace("省食品药品监督管理局", "省食品药品监管局");
            List<UnitCode> units = new ArrayList<>();
            for (String name : names.split("[、,]")) {
                if (name.startsWith("各市")) {
                    units.addAll(plan.unitsOf(PeerGroup.COUNTY));
                } else if (name.equals("县〔市") || name.equals("区〕政府")) {
                    continue;
                } else {
                    String full = name.endsWith("市政府") ? name.replace("市政府", "市") : name.startsWith("省") || name.startsWith("浙江") ? name : name + "市";
                    units.add(plan.units().stream().filter(u -> u.name().equals(full)).findFirst()
                            .orElseThrow(() -> new AssertionError("unit not in the plan: " + full)).code());
                }
            }
            fromSeed.add(units);
        }
        assertThat(fromSeed).hasSize(26);
        assertThat(plan.tasks()).extracting(Task::units).containsExactlyElementsOf(fromSeed);
    }

    @Test
    void hasTheElevenCitiesWithTheirDivisionCodesAndTheProvincialDepartments() {
        assertThat(plan.units()).filteredOn(u -> u.peerGroup() == PeerGroup.COUNTY)
                .extracting(u -> u.code().value() + " " + u.name())
                .containsExactly("330100 杭州市", "330200 宁波市", "330300 温州市", "330400 嘉兴市", "330500 湖州市", "330600 绍兴市",
                        "330700 金华市", "330800 衢州市", "330900 舟山市", "331000 台州市", "331100 丽水市");
        assertThat(plan.units()).filteredOn(u -> u.peerGroup() == PeerGroup.BUREAU).hasSize(30)
                .allMatch(u -> u.name().startsWith("省") || u.name().equals("浙江检验检疫局"));
        assertThat(plan.reporting()).isEqualTo(new ReportSettings("浙江省质量强省工作领导小组办公室", "质量提升行动计划", 3, "设区市", "省级部门", "全省"));
        assertThat(ShippedPlan.seedText("003")).contains("由省质量强省工作领导小组统一领导").contains("浙政办发〔2017〕72号");
        assertThat(plan.weightTotal()).isEqualByComparingTo("100");
    }

    @Test
    void bothShippedPlansAreInThePlansFolderAndJiaxingStaysTheDefault() throws Exception {
        assertThat(Files.isDirectory(FOLDER)).isTrue();
        assertThat(plan.isDefault()).isFalse();
        assertThat(ShippedPlan.plan().isDefault()).isTrue();
    }
}
