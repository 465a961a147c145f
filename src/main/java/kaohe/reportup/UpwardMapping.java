package kaohe.reportup;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import kaohe.plan.Plan;
import kaohe.shared.DataFileProblem;
import kaohe.shared.ItemCode;
import kaohe.shared.OfficeCsv;
import kaohe.shared.UnitCode;

/**
 * How the city plan's figures answer a parent plan's indicators: {@code <city plan>/report-up/<parent>.csv}
 * (to_code, from_code, how, reason; optionally scope, stock_at, stock) and {@code <parent>.properties} (unit: the city's code in the parent
 * plan). Each row says why the two are the same measure; a parent indicator without a row is left for the
 * clerk.
 *
 * @param unit the unit the city is in the parent plan (330400 嘉兴市 in the province's)
 */
public record UpwardMapping(String parentPlan, UnitCode unit, List<Pair> pairs) {

    public static final String FOLDER = "report-up";
    static final List<String> COLUMNS = List.of("to_code", "from_code", "how", "reason");

    /**
     * How the city's figure is taken: the lead unit's own city value, or the sum of what the city's county-level
     * units reported (a count the counties hold between them), every one of them needed: a sum short of a county would
     * understate the city, so it is left for the clerk instead.
     */
    public enum How {
        LEAD("lead", "牵头单位报送的全市值"), COUNTIES_SUM("counties-sum", "各县（市、区）报送值之和");

        private final String code;
        private final String text;

        How(String code, String text) {
            this.code = code;
            this.text = text;
        }

        public String text() {
            return text;
        }

        static How of(String code) {
            for (How how : values()) {
                if (how.code.equals(code)) {
                    return how;
                }
            }
            return null;
        }
    }

    /**
     * One parent indicator answered by one city indicator.
     *
     * @param scope   for a counties-sum over part of the city (the parent's measure is narrower than the city's), the
     *                counties it covers; empty for all of them
     * @param stockAt for a running total the parent counts from a later start (the province counts awards since 2016,
     *                the city since 2015), the year at whose end the city's stock is taken off; null when none is
     * @param stock   that stock when the row states it; null to take the city's own figure for the end of that year
     *                from its plan (baselines.csv)
     */
    public record Pair(ItemCode to, ItemCode from, How how, String reason, List<UnitCode> scope, Integer stockAt, java.math.BigDecimal stock) {

        public Pair {
            scope = List.copyOf(scope);
        }

        public Pair(ItemCode to, ItemCode from, How how, String reason) {
            this(to, from, how, reason, List.of(), null, null);
        }
    }

    public UpwardMapping {
        pairs = List.copyOf(pairs);
    }

    public java.util.Optional<Pair> pairFor(ItemCode parentItem) {
        return pairs.stream().filter(p -> p.to().equals(parentItem)).findFirst();
    }

    /** Reads the mapping from the city plan's folder, each row checked against both plans; refuses what it cannot use. */
    public static UpwardMapping load(Path cityPlanFolder, Plan city, Plan parent) {
        Path csv = cityPlanFolder.resolve(FOLDER).resolve(parent.id() + ".csv");
        Path properties = cityPlanFolder.resolve(FOLDER).resolve(parent.id() + ".properties");
        if (!Files.isRegularFile(csv) || !Files.isRegularFile(properties)) {
            throw new DataFileProblem("计划 " + city.id() + " 没有向 " + parent.id() + " 上报的对应表：应在 " + FOLDER + "/" + parent.id()
                    + ".csv 和 " + parent.id() + ".properties（见 data/plans/" + city.id() + "/" + FOLDER + "/README.md）");
        }
        UnitCode unit = unit(properties, parent);
        String name = "上报对应表 " + parent.id() + ".csv";
        List<Pair> pairs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (OfficeCsv.Row row : OfficeCsv.rows(csv, name, COLUMNS)) {
            String to = row.get("to_code").trim();
            String from = row.get("from_code").trim();
            How how = How.of(row.get("how").trim());
            String reason = row.get("reason").trim();
            String at = "第 " + row.line() + " 行";
            if (!ItemCode.isValid(to) || parent.indicator(ItemCode.of(to)).isEmpty()) {
                problems.add(at + "：“" + to + "”不是 " + parent.id() + " 的指标");
            } else if (!ItemCode.isValid(from) || city.indicator(ItemCode.of(from)).isEmpty()) {
                problems.add(at + "：“" + from + "”不是 " + city.id() + " 的指标");
            } else if (how == null) {
                problems.add(at + "：how 应为 lead（牵头单位报送的全市值）或 counties-sum（各县（市、区）报送值之和）");
            } else if (reason.isEmpty()) {
                problems.add(at + "：reason 应写明两者为何是同一口径");
            } else if (pairs.stream().anyMatch(p -> p.to().equals(ItemCode.of(to)))) {
                problems.add(at + "：" + to + " 对应了不止一次");
            } else {
                transformation(row, at, city, how, problems).ifPresent(t ->
                        pairs.add(new Pair(ItemCode.of(to), ItemCode.of(from), how, reason, t.scope(), t.stockAt(), t.stock())));
            }
        }
        if (!problems.isEmpty()) {
            throw new DataFileProblem(name + "：" + String.join("；", problems));
        }
        return new UpwardMapping(parent.id(), unit, pairs);
    }

    private record Transformation(List<UnitCode> scope, Integer stockAt, java.math.BigDecimal stock) {
    }

    /** The row's optional scope and stock, checked; empty (with the problem noted) when one is wrong. */
    private static java.util.Optional<Transformation> transformation(OfficeCsv.Row row, String at, Plan city, How how, List<String> problems) {
        List<UnitCode> scope = new ArrayList<>();
        String scopeText = row.get("scope");
        if (!scopeText.isEmpty() && how != How.COUNTIES_SUM) {
            problems.add(at + "：scope 只用于 counties-sum（上级口径只含本市部分县（市、区）时，列出这些县（市、区）的编码）");
            return java.util.Optional.empty();
        }
        for (String code : scopeText.split("[\\s;；、]+")) {
            if (code.isEmpty()) {
                continue;
            }
            if (!UnitCode.isValid(code) || !city.unitsOf(kaohe.plan.PeerGroup.COUNTY).contains(UnitCode.of(code))) {
                problems.add(at + "：scope 中的“" + code + "”不是" + city.name() + "的县（市、区）");
                return java.util.Optional.empty();
            }
            scope.add(UnitCode.of(code));
        }
        String yearText = row.get("stock_at");
        String stockText = row.get("stock");
        Integer stockAt = null;
        if (!yearText.isEmpty()) {
            if (!yearText.matches("\\d{4}")) {
                problems.add(at + "：stock_at 应为年份（如 2016，指该年年底的存量）");
                return java.util.Optional.empty();
            }
            stockAt = Integer.valueOf(yearText);
        }
        java.math.BigDecimal stock = null;
        if (!stockText.isEmpty()) {
            if (stockAt == null) {
                problems.add(at + "：stock 须与 stock_at（存量所在年份的年底）同填");
                return java.util.Optional.empty();
            }
            try {
                stock = new java.math.BigDecimal(stockText);
            } catch (NumberFormatException e) {
                problems.add(at + "：stock 应为数字（“" + stockText + "”）");
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(new Transformation(scope, stockAt, stock));
    }

    private static UnitCode unit(Path file, Plan parent) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(OfficeCsv.text(file)));
        } catch (IOException e) {
            throw new DataFileProblem(file.getFileName() + "：无法读取（" + e.getMessage() + "）");
        }
        String code = p.getProperty("unit", "").trim();
        if (!UnitCode.isValid(code) || parent.unit(UnitCode.of(code)).isEmpty()) {
            throw new DataFileProblem(file.getFileName() + "：unit=“" + code + "”不是 " + parent.id() + " 中的单位编码");
        }
        return UnitCode.of(code);
    }
}
