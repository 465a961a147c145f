package kaohe.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a plan folder in the product's own format for a province-like programme of any size:
 * {@code units} county-level units that each report every indicator quarterly and every task.
 * Indicators cycle through four shapes (percent at least, count at most, cumulative count, count at
 * least) so scoring does real work. Each indicator and task weighs 1; the plan's total is their sum.
 * Codes 900001… and the all-zero seed name mark it as synthetic wherever it shows up.
 */
final class SyntheticPlan {

    static final String SOURCE = "000_0000000000000000.txt 合成基准数据（非真实指标）";
    public static final String START = "2017Q1";
    public static final String END = "2019Q4";

    private final String id;
    private final int units;
    private final int indicators;
    private final int tasks;

    public SyntheticPlan(String id, int units, int indicators, int tasks) {
        if (units < 1 || units > 99_999 || indicators < 1 || tasks < 0) {
            throw new IllegalArgumentException("a synthetic plan has 1 to 99,999 units and at least one indicator");
        }
        this.id = id;
        this.units = units;
        this.indicators = indicators;
        this.tasks = tasks;
    }

    /** Values a unit reports per return: every indicator and every task. */
    public int itemsPerReturn() {
        return indicators + tasks;
    }

    public Path write(Path parent) throws IOException {
        Path dir = parent.resolve(id);
        Files.createDirectories(dir);
        write(dir, "plan.properties", List.of(
                "id=" + id,
                "name=合成基准计划（" + units + " 个单位，" + indicators + " 项指标）",
                "document=合成数据",
                "source=000_0000000000000000.txt",
                "default=false",
                "start=" + START,
                "end=" + END,
                "outlook-years=",
                "submission-deadline-days=5",
                "weight-total=" + (indicators + tasks),
                "late-penalty=0"));
        List<String> unitRows = new ArrayList<>(List.of("code,name,peer_group,source"));
        for (int u = 1; u <= units; u++) {
            unitRows.add(unitCode(u) + ",合成县" + String.format("%04d", u) + ",county," + SOURCE);
        }
        write(dir, "units.csv", unitRows);
        List<String> categories = new ArrayList<>(List.of("code,name,weight", "S,合成指标," + indicators));
        if (tasks > 0) {
            categories.add("T,合成任务," + tasks);
        }
        write(dir, "categories.csv", categories);
        List<String> indicatorRows = new ArrayList<>(List.of("code,name,category,kind,direction,span,unit_of_measure,baseline,"
                + "baseline_year,lead_unit,reported_by,due,weight,deduction_points,deduction_step,na_allowed,source"));
        List<String> targetRows = new ArrayList<>(List.of("code,year,target,target_max,source"));
        for (int i = 1; i <= indicators; i++) {
            String code = indicatorCode(i);
            Shape shape = Shape.values()[(i - 1) % Shape.values().length];
            indicatorRows.add(String.join(",", code, shape.label + i, "S", shape.kind, "", "", shape.unitOfMeasure,
                    shape.baseline, shape.baseline.isEmpty() ? "" : "2016", unitCode(1), "counties", "quarterly", "1", "", "",
                    "", SOURCE));
            for (int year = 2017; year <= 2019; year++) {
                targetRows.add(String.join(",", code, String.valueOf(year), shape.target(year), "", SOURCE));
            }
        }
        write(dir, "indicators.csv", indicatorRows);
        write(dir, "targets.csv", targetRows);
        List<String> taskRows = new ArrayList<>(List.of("code,name,category,group,units,weight,source"));
        for (int t = 1; t <= tasks; t++) {
            taskRows.add(String.join(",", "T" + String.format("%03d", t), "合成任务" + t, "T", "合成行动", "counties", "1", SOURCE));
        }
        write(dir, "tasks.csv", taskRows);
        return dir;
    }

    static String unitCode(int index) {
        return String.valueOf(900000 + index);
    }

    static String indicatorCode(int index) {
        return "S" + String.format("%03d", index);
    }

    private static void write(Path dir, String name, List<String> lines) throws IOException {
        Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private enum Shape {
        PERCENT("合成达标率", "AT_LEAST", "%", "") {
            @Override
            String target(int year) {
                return String.valueOf(90 + (year - 2017) * 2);
            }
        },
        INCIDENTS("合成事故起数", "AT_MOST", "起", "") {
            @Override
            String target(int year) {
                return String.valueOf(12 - (year - 2017) * 2);
            }
        },
        CUMULATIVE("合成累计培育企业", "CUMULATIVE", "家", "0") {
            @Override
            String target(int year) {
                return String.valueOf(20 * (year - 2016));
            }
        },
        COUNT("合成新增项目数", "AT_LEAST", "个", "") {
            @Override
            String target(int year) {
                return String.valueOf(40 + (year - 2017) * 5);
            }
        };

        final String label;
        final String kind;
        final String unitOfMeasure;
        final String baseline;

        Shape(String label, String kind, String unitOfMeasure, String baseline) {
            this.label = label;
            this.kind = kind;
            this.unitOfMeasure = unitOfMeasure;
            this.baseline = baseline;
        }

        abstract String target(int year);
    }
}
