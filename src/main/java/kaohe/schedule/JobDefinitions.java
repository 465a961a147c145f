package kaohe.schedule;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.springframework.scheduling.support.CronExpression;

/**
 * Reads and validates every {@code *.properties} file under the jobs folder. Every problem is reported at
 * once, with its file and key, in Chinese for the operator; nothing runs until the definitions are right.
 */
public final class JobDefinitions {

    public record Load(List<JobDefinition> definitions, List<String> problems) {

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    private JobDefinitions() {
    }

    public static Load load(Path dir) {
        List<JobDefinition> definitions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(dir + ": 作业定义文件夹不存在");
            return new Load(definitions, problems);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".properties")).sorted().toList();
        } catch (IOException e) {
            problems.add(dir + ": 无法读取（" + e.getMessage() + "）");
            return new Load(definitions, problems);
        }
        if (files.isEmpty()) {
            problems.add(dir + ": 没有任何作业定义（*.properties）");
        }
        for (Path file : files) {
            read(file, definitions, problems);
        }
        return new Load(definitions, problems);
    }

    private static void read(Path file, List<JobDefinition> definitions, List<String> problems) {
        String where = file.getFileName().toString();
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            problems.add(where + ": 无法读取（" + e.getMessage() + "）");
            return;
        }
        int before = problems.size();
        String jobText = p.getProperty("job", "").trim();
        ScheduledJob job = ScheduledJob.of(jobText).orElse(null);
        if (job == null) {
            problems.add(where + ": [job] 未知作业“" + jobText + "”，应为 ingest-returns、assess-period、remind-units、rectify-follow-up 或 objections-ingest");
        }
        String cron = p.getProperty("cron", "").trim();
        if (!CronExpression.isValidExpression(cron)) {
            problems.add(where + ": [cron] “" + cron + "”不是有效的 cron 表达式（6 段：秒 分 时 日 月 星期，如 0 */5 * * * *）");
        }
        String periodText = p.getProperty("period", "").trim();
        PeriodExpression period = null;
        if (job != null && job.needsPeriod()) {
            if (!PeriodExpression.isValid(periodText)) {
                problems.add(where + ": [period] “" + periodText + "”无效，应为 previous-quarter、current-quarter 或如 2019Q4");
            } else {
                period = new PeriodExpression(periodText);
            }
        }
        String enabled = p.getProperty("enabled", "true").trim();
        if (!enabled.equals("true") && !enabled.equals("false")) {
            problems.add(where + ": [enabled] 应为 true 或 false");
        }
        Duration lockAtMost = Duration.ofHours(2);
        String lock = p.getProperty("lock-at-most-minutes", "120").trim();
        try {
            lockAtMost = Duration.ofMinutes(Long.parseLong(lock));
        } catch (NumberFormatException e) {
            problems.add(where + ": [lock-at-most-minutes] “" + lock + "”应为分钟数");
        }
        if (problems.size() == before) {
            definitions.add(new JobDefinition(where.replace(".properties", ""), job, cron, period, Boolean.parseBoolean(enabled), lockAtMost));
        }
    }
}
