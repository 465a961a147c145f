package kaohe.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import kaohe.shared.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobDefinitionsTests {

    @TempDir
    Path dir;

    @Test
    void theShippedDefinitionsAreValid() {
        JobDefinitions.Load load = JobDefinitions.load(Path.of("jobs"));

        assertThat(load.problems()).isEmpty();
        assertThat(load.definitions()).extracting(JobDefinition::job)
                .containsExactlyInAnyOrder(ScheduledJob.ASSESS_PERIOD, ScheduledJob.INGEST_RETURNS, ScheduledJob.REMIND_UNITS,
                        ScheduledJob.RECTIFY_FOLLOW_UP, ScheduledJob.OBJECTIONS_INGEST);
    }

    @Test
    void aBadCronAnUnknownJobAndABadPeriodAreEachReportedWithTheirFileAndKey() throws Exception {
        Files.writeString(dir.resolve("poll.properties"), "job=ingest-returns\ncron=0 */5 * * *\n");
        Files.writeString(dir.resolve("typo.properties"), "job=ingest-return\ncron=0 */5 * * * *\n");
        Files.writeString(dir.resolve("assess.properties"), "job=assess-period\ncron=0 0 2 10 1,4,7,10 *\nperiod=last-quarter\n");

        JobDefinitions.Load load = JobDefinitions.load(dir);

        assertThat(load.isValid()).isFalse();
        assertThat(load.problems()).containsExactlyInAnyOrder(
                "poll.properties: [cron] “0 */5 * * *”不是有效的 cron 表达式（6 段：秒 分 时 日 月 星期，如 0 */5 * * * *）",
                "typo.properties: [job] 未知作业“ingest-return”，应为 ingest-returns、assess-period、remind-units、rectify-follow-up 或 objections-ingest",
                "assess.properties: [period] “last-quarter”无效，应为 previous-quarter、current-quarter 或如 2019Q4");
    }

    @Test
    void anEmptyFolderIsAProblemNotAServiceThatDoesNothing() {
        assertThat(JobDefinitions.load(dir).problems()).singleElement().asString().contains("没有任何作业定义");
    }

    @ParameterizedTest(name = "{0} at {1} -> {2}")
    @CsvSource({
            "previous-quarter, 2020-01-10T02:00:00Z, 2019Q4",
            "previous-quarter, 2019-07-10T02:00:00Z, 2019Q2",
            "previous-quarter, 2019-03-31T17:00:00Z, 2019Q1",
            "current-quarter,  2019-07-10T02:00:00Z, 2019Q3",
            "2018Q4,           2019-07-10T02:00:00Z, 2018Q4"})
    void periodsAreReckonedInBeijingTime(String expression, Instant at, String period) {
        assertThat(new PeriodExpression(expression).at(at)).isEqualTo(Period.of(period));
    }
}
