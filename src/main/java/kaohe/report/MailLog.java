package kaohe.report;

import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which mail each recipient has had, so a rerun of {@code assess} or {@code remind} mails each of them once. */
@Repository
public class MailLog {

    /** What a mail carries: the figures of a report, or a reminder of a unit's state. */
    public enum Kind {
        REPORT("考核报告"), REMINDER("催报"), FEEDBACK("退回反馈"), RECEIPT("接收回执"), REVISION("退回修改通知"),
        RECTIFICATION("整改催报"), OBJECTION_FORM("异议表"), OBJECTION("异议答复");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final JdbcClient jdbc;

    private final kaohe.audit.AuditTrail audit;

    public MailLog(DataSource dataSource, kaohe.audit.AuditTrail audit) {
        this.jdbc = JdbcClient.create(dataSource);
        this.audit = audit;
    }

    public boolean sent(String planId, String recipient, Kind kind, String period, String fingerprint) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_sent WHERE plan_id = ? AND recipient = ? AND kind = ? AND period_code = ? AND fingerprint = ?")
                .params(planId, recipient, kind.name(), period, fingerprint).query(Integer.class).single() > 0;
    }

    /** Recorded after the SMTP server accepted the mail; a --resend of the same content is recorded once. */
    public void record(String planId, String recipient, Kind kind, String period, String fingerprint, String item, Instant at) {
        if (sent(planId, recipient, kind, period, fingerprint)) {
            return;
        }
        jdbc.sql("INSERT INTO mail_sent (plan_id, recipient, kind, period_code, fingerprint, item, sent_utc) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(planId, recipient, kind.name(), period, fingerprint, item.length() <= 200 ? item : item.substring(0, 200),
                        kaohe.shared.UtcTime.column(at))
                .update();
        audit.record(planId, period, unitOf(item), 0, kaohe.audit.AuditEvent.MAILED, kind.label() + " → " + recipient + "：" + item);
    }

    /** The unit a mailed item concerns, when its name starts with a unit code ("330402-南湖区.pdf"). */
    private static String unitOf(String item) {
        int dash = item.indexOf('-');
        return dash > 0 && kaohe.shared.UnitCode.isValid(item.substring(0, dash)) ? item.substring(0, dash) : "";
    }

    static String fingerprint(String text) {
        return kaohe.shared.Sha256.of(text);
    }
}
