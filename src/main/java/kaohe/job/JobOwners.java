package kaohe.job;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which process on which machine runs a job execution, and whether that process is still alive. */
@Component
class JobOwners {

    /** A process: the host, its pid and when it started (a pid is reused; pid and start time are not). */
    record Owner(String host, long pid, String started) {

        static Owner current() {
            ProcessHandle self = ProcessHandle.current();
            return new Owner(thisHost(), self.pid(), startOf(self));
        }

        /** True for a process of this machine that no longer runs. */
        boolean isDeadHere() {
            if (!host.equals(thisHost())) {
                return false;
            }
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> !startOf(p).equals(started)).orElse(true);
        }

        private static String startOf(ProcessHandle process) {
            return process.info().startInstant().map(Object::toString).orElse("?");
        }

        private static String thisHost() {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "localhost";
            }
        }
    }

    private final JdbcClient jdbc;

    JobOwners(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    void claim(long execution) {
        Owner owner = Owner.current();
        jdbc.sql("INSERT INTO job_owner (job_execution_id, host, pid, process_started) VALUES (?, ?, ?, ?)")
                .params(execution, owner.host(), owner.pid(), owner.started()).update();
    }

    Optional<Owner> of(long execution) {
        return jdbc.sql("SELECT host, pid, process_started FROM job_owner WHERE job_execution_id = ?").param(execution)
                .query((rs, n) -> new Owner(rs.getString(1), rs.getLong(2), rs.getString(3))).optional();
    }
}
