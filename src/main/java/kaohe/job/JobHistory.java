package kaohe.job;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recent job runs as Spring Batch's job repository recorded them, for {@code status}. */
@Repository
public class JobHistory {

    public record Run(long id, String job, String parameters, Instant start, Instant end, String status, long read, long written,
                      long skipped) {
    }

    /**
     * The steps whose counts make a run's totals: a partitioned step's manager already adds up its
     * workers' counts, so where a run has partitions only the workers (named {@code step:partitionN}) count.
     */
    private static final String COUNTED_STEPS = "FROM BATCH_STEP_EXECUTION s WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
            + "AND (s.STEP_NAME LIKE '%:partition%' OR NOT EXISTS (SELECT 1 FROM BATCH_STEP_EXECUTION p "
            + "WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.STEP_NAME LIKE '%:partition%'))";

    private final JdbcClient jdbc;

    JobHistory(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public List<Run> recent(int limit) {
        record Row(long id, String job, Instant start, Instant end, String status, long read, long written, long skipped) {
        }
        // The newest executions only, counted in the database; then their parameters in one more query.
        List<Row> rows = jdbc.sql("SELECT e.JOB_EXECUTION_ID, i.JOB_NAME, e.START_TIME, e.END_TIME, e.STATUS, "
                        + "(SELECT COALESCE(SUM(s.READ_COUNT), 0) " + COUNTED_STEPS + "), "
                        + "(SELECT COALESCE(SUM(s.WRITE_COUNT), 0) " + COUNTED_STEPS + "), "
                        + "(SELECT COALESCE(SUM(s.PROCESS_SKIP_COUNT + s.READ_SKIP_COUNT + s.WRITE_SKIP_COUNT), 0) " + COUNTED_STEPS + ") "
                        + "FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                        + "ORDER BY e.JOB_EXECUTION_ID DESC LIMIT ?")
                .param(Math.max(0, limit))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), instant(rs.getTimestamp(3)), instant(rs.getTimestamp(4)),
                        rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, List<String>> parameters = new java.util.HashMap<>();
        String ids = String.join(",", java.util.Collections.nCopies(rows.size(), "?"));
        jdbc.sql("SELECT JOB_EXECUTION_ID, PARAMETER_NAME, PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS "
                        + "WHERE JOB_EXECUTION_ID IN (" + ids + ") ORDER BY JOB_EXECUTION_ID, PARAMETER_NAME")
                .params(rows.stream().map(r -> (Object) r.id()).toList())
                .query(rs -> {
                    parameters.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getString(2) + "=" + rs.getString(3));
                });
        return rows.stream().map(r -> new Run(r.id(), r.job(), String.join(" ", parameters.getOrDefault(r.id(), List.of())), r.start(),
                r.end(), r.status(), r.read(), r.written(), r.skipped())).toList();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
