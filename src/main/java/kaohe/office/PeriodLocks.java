package kaohe.office;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import kaohe.shared.Period;
import kaohe.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Serialises assess, publish and reopen of one period, whichever process or machine runs them: each holds a
 * row lock on the period's {@code period_lock} row, in a transaction of its own connection, for as long as it
 * runs. A second one waits for the first; a process that dies loses its connection and with it the lock, so
 * no crash leaves a period locked.
 */
@Component
public class PeriodLocks {

    private static final Logger LOG = LoggerFactory.getLogger(PeriodLocks.class);
    /** Longer than any assessment of a city has taken; past it the waiting command gives up in Chinese. */
    static final Duration PATIENCE = Duration.ofMinutes(30);

    private final DataSource dataSource;
    private final String planId;

    PeriodLocks(DataSource dataSource, kaohe.plan.Plan plan) {
        this.dataSource = dataSource;
        this.planId = plan.id();
    }

    /** The held lock; closing it lets the next command of the period run. */
    public static final class Held implements AutoCloseable {
        private final Connection connection;

        private Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (connection) {
                connection.rollback();
            } catch (SQLException e) {
                LOG.warn("releasing a period lock: {}", e.toString());
            }
        }
    }

    /** Waits until no other assess, publish or reopen of {@code period} runs, then holds the period until closed. */
    public Held hold(Period period, String what) {
        return acquire(period, PATIENCE).orElseThrow(() -> new Refusal(period + " 的考核、发布或撤回正由另一进程进行，等待 "
                + PATIENCE.toMinutes() + " 分钟后仍未结束，本次" + what + "未运行：请稍后再试，或用 status 查看"));
    }

    /** Like {@link #hold}, but empty at once when another process holds the period. */
    public java.util.Optional<Held> tryHold(Period period) {
        return acquire(period, Duration.ZERO);
    }

    /**
     * Tries the row lock without waiting inside the database ({@code FOR UPDATE NOWAIT}, so no session setting is left
     * on a pooled connection), again every half second until {@code patience} has passed.
     */
    private java.util.Optional<Held> acquire(Period period, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        try {
            ensureRow(period);
            Connection connection = dataSource.getConnection();
            try {
                connection.setAutoCommit(false);
                for (boolean told = false; ; told = true) {
                    if (tryLock(connection, period)) {
                        return java.util.Optional.of(new Held(connection));
                    }
                    if (!Instant.now().isBefore(deadline)) {
                        connection.close();
                        return java.util.Optional.empty();
                    }
                    if (!told) {
                        LOG.info("{}: waiting for another assess, publish or reopen of the period to finish", period);
                    }
                    Thread.sleep(500);
                }
            } catch (RuntimeException | SQLException e) {
                connection.close();
                throw e;
            } catch (InterruptedException e) {
                connection.close();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for period " + period, e);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock period " + period + ": " + e.getMessage(), e);
        }
    }

    private void ensureRow(Period period) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT COUNT(*) FROM period_lock WHERE plan_id = ? AND period_code = ?")) {
            connection.setAutoCommit(true);
            exists.setString(1, planId);
            exists.setString(2, period.toString());
            try (var rs = exists.executeQuery()) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO period_lock (plan_id, period_code) VALUES (?, ?)")) {
                insert.setString(1, planId);
                insert.setString(2, period.toString());
                insert.executeUpdate();
            } catch (SQLException raced) {
                // Another process inserted it first; the row is what matters.
                LOG.debug("period_lock row for {} made by another process: {}", period, raced.toString());
            }
        }
    }

    private boolean tryLock(Connection connection, Period period) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT period_code FROM period_lock WHERE plan_id = ? AND period_code = ? FOR UPDATE NOWAIT")) {
            lock.setString(1, planId);
            lock.setString(2, period.toString());
            lock.executeQuery().close();
            return true;
        } catch (SQLException e) {
            if (isLockTimeout(e)) {
                connection.rollback();
                return false;
            }
            throw e;
        }
    }

    /** The row is locked by another: MariaDB 1205, MySQL 8 3572 (ER_LOCK_NOWAIT), H2 50200. */
    private static boolean isLockTimeout(SQLException e) {
        return e.getErrorCode() == 1205 || e.getErrorCode() == 3572 || e.getErrorCode() == 50200 || "HYT00".equals(e.getSQLState());
    }
}
