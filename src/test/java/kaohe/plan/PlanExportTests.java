package kaohe.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PlanExportTests {

    private final Plan plan = ShippedPlan.plan();

    @Test
    void csvHasTheInterfaceColumnsAByteOrderMarkAndOneRowPerIndicatorYearAndTask() throws Exception {
        byte[] bytes = csv();

        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(text.lines().findFirst()).contains(
                "code,name,category,kind,year,target,target_max,unit_of_measure,baseline,lead_unit,reported_by,weight,source");
        assertThat(text).contains("\r\n");
        int indicatorYears = plan.indicators().stream().mapToInt(i -> i.targets().size()).sum();
        assertThat(records(text)).hasSize(indicatorYears + plan.tasks().size());
    }

    @Test
    void csvRowsCarryTargetsUnitsAndCitations() throws Exception {
        List<CSVRecord> rows = records(new String(csv(), StandardCharsets.UTF_8).substring(1));

        CSVRecord pm25 = rows.stream().filter(r -> r.get("code").equals("E04") && r.get("year").equals("2018")).findFirst().orElseThrow();
        assertThat(pm25.get("kind")).isEqualTo("AT_MOST");
        assertThat(pm25.get("target")).isEqualTo("43");
        assertThat(pm25.get("unit_of_measure")).isEqualTo("微克/立方米");
        assertThat(pm25.get("lead_unit")).isEqualTo("HBJ");
        assertThat(pm25.get("source")).isEqualTo("000_4953c69a70887cfe.txt 附件3 治气");

        CSVRecord range = rows.stream().filter(r -> r.get("code").equals("I07S")).findFirst().orElseThrow();
        assertThat(range.get("target") + "-" + range.get("target_max")).isEqualTo("2-3");

        CSVRecord task = rows.stream().filter(r -> r.get("code").equals("T12")).findFirst().orElseThrow();
        assertThat(task.get("kind")).isEqualTo("MILESTONE");
        assertThat(task.get("year")).isEmpty();
        assertThat(task.get("lead_unit")).isEqualTo("MZJ");
        assertThat(task.get("reported_by")).startsWith("MZJ JYJ GAJ").endsWith("330482 330483");
    }

    @Test
    void jsonHasTheSameRowsWithTheKindsParameters() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanExport(plan).writeJson(out);

        JsonNode root = JsonMapper.builder().build().readTree(out.toByteArray());

        assertThat(root.get("plan").asString()).isEqualTo("jiaxing-2017-2019");
        assertThat(root.get("items").size()).isEqualTo(records(new String(csv(), StandardCharsets.UTF_8).substring(1)).size());
        JsonNode trend = null;
        for (JsonNode item : root.get("items")) {
            if (item.get("code").asString().equals("D07")) {
                trend = item;
            }
        }
        assertThat(trend.get("direction").asString()).isEqualTo("falling");
        assertThat(trend.get("span").asInt()).isEqualTo(3);
        assertThat(trend.get("either_of").asString()).as("D07 or D10 (004 附件2 43.1)").isEqualTo("D07");
        assertThat(trend.get("checklist").asBoolean()).isTrue();
        assertThat(root.get("unit_baselines").isArray()).isTrue();
        assertThat(root.get("items").get(0).get("target").decimalValue()).isEqualByComparingTo("70");
    }

    /** How each target is meant, and the province's own targets of its cities, travel in the JSON export. */
    @Test
    void theJsonExportSaysHowEachTargetIsMeantAndListsUnitTargets() throws Exception {
        Plan province = new PlanLoader().load(Path.of("data/plans/zhejiang-2017-2019")).plan();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanExport(province).writeJson(out);

        JsonNode root = JsonMapper.builder().build().readTree(out.toByteArray());

        java.util.Map<String, JsonNode> items = new java.util.HashMap<>();
        root.get("items").forEach(i -> items.putIfAbsent(i.get("code").asString() + "/" + i.get("year").asString(), i));
        assertThat(items.get("P06/2019").get("wording").asString()).isEqualTo("争取");
        assertThat(items.get("E03/2019").get("whole").asString()).isEqualTo("mean");
        assertThat(items.get("Q12/2019").get("yearly").decimalValue()).isEqualByComparingTo("8");
        assertThat(items.get("P02/2019").get("whole").asString()).isEqualTo("ratio");
        assertThat(items.get("P02/2019").get("ratio").asString()).isEqualTo("公路里程（公里）/土地面积（百平方公里）");
        assertThat(items.get("E01/2019").get("per").decimalValue()).isEqualByComparingTo("100");
        assertThat(root.get("unit_targets").size()).isEqualTo(province.unitTargets().size());
        JsonNode first = root.get("unit_targets").get(0);
        assertThat(first.has("pending")).isTrue();
        assertThat(root.get("unit_targets").findValuesAsString("unit")).contains("330400", "330100");
    }

    private byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanExport(plan).writeCsv(out);
        return out.toByteArray();
    }

    private static List<CSVRecord> records(String text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }
}
