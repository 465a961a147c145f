package kaohe.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kaohe.shared.ItemCode;

/**
 * Loads a plan folder ({@code plan.properties}, {@code units.csv}, {@code categories.csv},
 * {@code indicators.csv}, {@code targets.csv}, {@code tasks.csv}) and validates it strictly. Every
 * problem is collected with its file and line; a plan is returned only when there is none.
 */
public final class PlanLoader {

    static final List<String> FILES = List.of(PlanHeaderReader.FILE, UnitTable.FILE, CategoryTable.FILE,
            IndicatorTable.FILE, TargetTable.FILE, TaskTable.FILE, BaselineTable.FILE, UnitTargetTable.FILE);

    /**
     * The last valid plan read from each folder, by version: a command reads its plan, then starts the application,
     * which reads it again; the second read of unchanged files (same bytes, same version) is the first one's plan.
     */
    private static final java.util.concurrent.ConcurrentMap<Path, Plan> READ = new java.util.concurrent.ConcurrentHashMap<>();

    public PlanLoad load(Path dir) {
        Path key = dir.toAbsolutePath().normalize();
        Plan known = READ.get(key);
        if (known != null && unchanged(dir, known)) {
            return new PlanLoad(known, List.of());
        }
        PlanLoad load = read(dir);
        if (load.isValid()) {
            READ.put(key, load.plan());
        }
        return load;
    }

    private static boolean unchanged(Path dir, Plan known) {
        try {
            return Files.isDirectory(dir) && known.version().equals(PlanVersion.of(dir, FILES));
        } catch (java.io.UncheckedIOException gone) {
            return false; // a file went missing: read the folder again, which says what is wrong
        }
    }

    private PlanLoad read(Path dir) {
        Problems problems = new Problems();
        CsvTableReader reader = new CsvTableReader(dir, problems);
        PlanHeaderReader headerReader = new PlanHeaderReader(problems);
        PlanHeader header = headerReader.read(dir);
        UnitTable units = new UnitTable(reader, problems);
        CategoryTable categories = new CategoryTable(reader, problems);
        IndicatorTable indicatorTable = new IndicatorTable(reader, problems, units, categories);
        TaskTable taskTable = new TaskTable(reader, problems, units, categories);
        Map<ItemCode, Indicator> byCode = uniqueItems(indicatorTable, taskTable, problems);
        TargetTable targets = new TargetTable(reader, problems, header, byCode);

        List<Indicator> indicators = new ArrayList<>();
        for (IndicatorTable.Row row : indicatorTable.rows()) {
            Indicator draft = row.indicator();
            if (byCode.get(draft.code()) != draft) {
                continue;
            }
            List<YearTarget> years = targets.targetsOf(draft.code());
            if (!targets.mentions(draft.code())) {
                problems.add(IndicatorTable.FILE, row.line(), "code", "指标 " + draft.code() + " 在 targets.csv 中没有任何年度目标");
            }
            indicators.add(withTargets(draft, years));
        }
        List<Task> tasks = taskTable.rows().stream().map(TaskTable.Row::task).toList();
        new WeightCheck(problems).check(header, categories, indicators, tasks, units.units());
        BaselineTable baselines = new BaselineTable(reader, problems, header, byCode);
        UnitTargetTable unitTargets = new UnitTargetTable(reader, problems, header, byCode);
        List<String> headline = header == null ? List.of() : headlineCategories(header, categories, headerReader, problems);
        if (header != null) {
            knownCategories("checklist-categories", header.checklistCategories(), categories, headerReader, problems);
        }
        if (problems.hasUnreadableFile()) {
            return new PlanLoad(null, problems.unreadableOnly());
        }
        if (!problems.isEmpty() || header == null) {
            return new PlanLoad(null, problems.sorted());
        }
        Plan plan = Plan.of(header.id(), PlanVersion.of(dir, FILES), header.name(), header.document(),
                header.isDefault(), header.start(), header.end(), header.outlookYears(), header.deadline(),
                header.weightTotal(), header.latePenalty(), units.units(), categories.categories(), indicators, tasks,
                baselines.baselines(), unitTargets.targets(), headline, header.checklistCategories(), header.reporting());
        return new PlanLoad(plan, List.of());
    }

    /** The headline categories plan.properties names; without the key, every category that carries points. */
    private static List<String> headlineCategories(PlanHeader header, CategoryTable categories, PlanHeaderReader reader,
                                                   Problems problems) {
        if (header.headlineCategories().isEmpty()) {
            return categories.categories().stream().filter(c -> c.weight().signum() > 0).map(Category::code).toList();
        }
        knownCategories("headline-categories", header.headlineCategories(), categories, reader, problems);
        return header.headlineCategories();
    }

    private static void knownCategories(String key, java.util.Collection<String> codes, CategoryTable categories,
                                        PlanHeaderReader reader, Problems problems) {
        for (String code : codes) {
            if (!categories.contains(code)) {
                problems.add(PlanHeaderReader.FILE, reader.lineOfKey(key), key, "未知分类“" + code + "”：应为 categories.csv 中的分类编码");
            }
        }
    }

    private static Indicator withTargets(Indicator d, List<YearTarget> targets) {
        return new Indicator(d.code(), d.name(), d.category(), d.rule(), d.unitOfMeasure(), d.baseline(),
                d.leadUnit(), d.reportedBy(), d.due(), d.weight(), d.deduction(), d.allowsNotApplicable(), targets, d.source(),
                d.eitherOf(), d.whole(), d.allOf(), d.yearly(), d.ratio());
    }

    /** Indicators by code; a code used twice, in either file, is a problem at its second use. */
    private static Map<ItemCode, Indicator> uniqueItems(IndicatorTable indicators, TaskTable tasks, Problems problems) {
        Map<ItemCode, String> firstUse = new LinkedHashMap<>();
        Map<ItemCode, Indicator> byCode = new LinkedHashMap<>();
        for (IndicatorTable.Row row : indicators.rows()) {
            ItemCode code = row.indicator().code();
            String place = IndicatorTable.FILE + ":" + row.line();
            if (firstUse.putIfAbsent(code, place) != null) {
                problems.add(IndicatorTable.FILE, row.line(), "code", "编码 " + code + " 重复（已用于 " + firstUse.get(code) + "）");
            } else {
                byCode.put(code, row.indicator());
            }
        }
        for (TaskTable.Row row : tasks.rows()) {
            ItemCode code = row.task().code();
            String place = TaskTable.FILE + ":" + row.line();
            if (firstUse.putIfAbsent(code, place) != null) {
                problems.add(TaskTable.FILE, row.line(), "code", "编码 " + code + " 重复（已用于 " + firstUse.get(code) + "）");
            }
        }
        return byCode;
    }
}
