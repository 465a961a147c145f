package kaohe.plan;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import kaohe.shared.Decimals;
import kaohe.shared.Period;

/** Reads {@code plan.properties} (UTF-8), reporting each bad or missing key with its line. */
final class PlanHeaderReader {

    static final String FILE = "plan.properties";

    private final Problems problems;
    private List<String> lines = List.of();

    PlanHeaderReader(Problems problems) {
        this.problems = problems;
    }

    /** The header, or null when it is unusable; the problems say why. */
    PlanHeader read(Path dir) {
        Path path = dir.resolve(FILE);
        Properties p = new Properties();
        try {
            String text = kaohe.shared.OfficeCsv.text(path);
            lines = text.lines().toList();
            p.load(new StringReader(text));
        } catch (kaohe.shared.OfficeCsv.NotUtf8 e) {
            problems.unreadable(FILE, 0, e.getMessage());
            return null;
        } catch (IOException e) {
            problems.add(FILE, 0, "", "文件不存在或无法读取");
            return null;
        }
        String id = required(p, "id");
        if (id != null && !id.equals(dir.getFileName().toString())) {
            problem("id", "计划编号“" + id + "”应与所在文件夹名“" + dir.getFileName() + "”一致");
        }
        String name = required(p, "name");
        String document = p.getProperty("document", "").trim();
        Period start = period(p, "start");
        Period end = period(p, "end");
        if (start != null && end != null && start.compareTo(end) > 0) {
            problem("end", "结束期 " + end + " 早于开始期 " + start);
        }
        Set<Integer> outlook = years(p, "outlook-years");
        Integer days = number(p, "submission-deadline-days");
        Integer total = number(p, "weight-total");
        BigDecimal latePenalty = BigDecimal.ZERO;
        String penalty = p.getProperty("late-penalty", "0").trim();
        try {
            latePenalty = Decimals.parse(penalty.isEmpty() ? "0" : penalty);
            if (latePenalty.signum() < 0) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            problem("late-penalty", "“" + penalty + "”应为非负数（迟报扣分，0 表示不扣）");
        }
        String isDefault = p.getProperty("default", "false").trim();
        if (!isDefault.equals("true") && !isDefault.equals("false")) {
            problem("default", "应为 true 或 false");
        }
        Integer minimumRanked = p.getProperty("min-ranked-items", "").isBlank() ? Integer.valueOf(1) : number(p, "min-ranked-items");
        if (minimumRanked != null && minimumRanked < 1) {
            problem("min-ranked-items", "应为不小于 1 的整数（计分项目少于此数的单位不参与排名）");
            minimumRanked = null;
        }
        if (id == null || name == null || start == null || end == null || days == null || total == null || minimumRanked == null) {
            return null;
        }
        String office = p.getProperty("office", "").trim();
        String subject = p.getProperty("subject", "").trim();
        ReportSettings reporting = new ReportSettings(office.isEmpty() ? ReportSettings.DEFAULT_OFFICE : office,
                subject.isEmpty() ? name : subject, minimumRanked, text(p, "county-group", PeerGroup.COUNTY.label()),
                text(p, "bureau-group", PeerGroup.BUREAU.label()), text(p, "area", ReportSettings.DEFAULT_AREA));
        return new PlanHeader(id, name, document, Boolean.parseBoolean(isDefault), start, end, outlook,
                new DeadlineRule(days), BigDecimal.valueOf(total), latePenalty,
                codes(p, "headline-categories"), Set.copyOf(codes(p, "checklist-categories")), reporting);
    }

    private static String text(Properties p, String key, String otherwise) {
        String value = p.getProperty(key, "").trim();
        return value.isEmpty() ? otherwise : value;
    }

    private void problem(String key, String message) {
        problems.add(FILE, lineOf(key), key, message);
    }

    private int lineOf(String key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().matches(java.util.regex.Pattern.quote(key) + "\\s*[=:].*")) {
                return i + 1;
            }
        }
        return 0;
    }

    private String required(Properties p, String key) {
        String value = p.getProperty(key, "").trim();
        if (value.isEmpty()) {
            problem(key, "缺少必填项");
            return null;
        }
        return value;
    }

    private Period period(Properties p, String key) {
        String value = required(p, key);
        if (value != null && !Period.isValid(value)) {
            problem(key, "“" + value + "”不是考核期（应写作如 2019Q2）");
            return null;
        }
        return value == null ? null : Period.of(value);
    }

    private Integer number(Properties p, String key) {
        String value = required(p, key);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal n = Decimals.parse(value);
            if (n.scale() > 0 || n.signum() < 0) {
                throw new NumberFormatException();
            }
            return n.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            problem(key, "“" + value + "”应为非负整数");
            return null;
        }
    }

    /** Category codes separated by commas or spaces; whether each exists is checked with categories.csv. */
    private static List<String> codes(Properties p, String key) {
        return java.util.Arrays.stream(p.getProperty(key, "").split("[,\\s]+")).filter(s -> !s.isBlank()).distinct().toList();
    }

    int lineOfKey(String key) {
        return lineOf(key);
    }

    private Set<Integer> years(Properties p, String key) {
        Set<Integer> years = new HashSet<>();
        for (String part : p.getProperty(key, "").split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            if (part.matches("\\d{4}")) {
                years.add(Integer.parseInt(part));
            } else {
                problem(key, "“" + part + "”不是年份");
            }
        }
        return years;
    }
}
