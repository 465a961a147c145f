package kaohe.template;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import kaohe.shared.OperatorFailure;
import kaohe.shared.Period;
import kaohe.shared.UtcTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The installation's seal keys held against the templates it has issued ({@code template_issue}): a key is
 * made only while no template was ever issued, and a key that sealed templates still in circulation must be
 * present (current or retired) before ingest judges a single return, since every genuine return sealed
 * with a lost key would otherwise be rejected as tampered with.
 */
@Component
public class SealKeys {

    private final JdbcClient jdbc;
    private final SealKeyFolder folder;
    private final Clock clock;
    private volatile SealKeyring checked;

    SealKeys(DataSource dataSource, kaohe.KaoheProperties properties, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.folder = new SealKeyFolder(properties.home(), properties.template().secret());
        this.clock = clock;
    }

    public SealKeyFolder folder() {
        return folder;
    }

    /**
     * The keys, checked against every batch of templates issued; made when none exists and none was issued.
     *
     * @throws OperatorFailure when a key that sealed issued templates is missing or was replaced
     */
    public SealKeyring checked() {
        Map<String, Integer> issued = issuedBatches();
        SealKeyring ring = issued.isEmpty() ? folder.readOrMake() : folder.read();
        if (ring.current().isEmpty()) {
            throw new OperatorFailure("模板密钥 " + folder.keyFile() + " 不存在，但已发出 " + batches(issued) + "：请从备份恢复该文件后再运行"
                    + "（在此之前不接收报表，以免真实报表被当作篡改模板退回；见 README“模板密钥”）");
        }
        Map<String, Integer> missing = new LinkedHashMap<>(issued);
        missing.keySet().removeIf(ring::holds);
        if (!missing.isEmpty()) {
            throw new OperatorFailure("已发出的 " + batches(missing) + "，而当前模板密钥（" + folder.currentSource() + "，指纹 "
                    + ring.current().get().fingerprint() + "）和 " + folder.retiredFolder() + " 中都没有这把密钥：请恢复原密钥，"
                    + "或把它放入 " + folder.retiredFolder() + "，再运行（见 README“模板密钥”）");
        }
        checked = ring;
        return ring;
    }

    /** The ring {@link #checked()} last returned, checking it now if it never was. */
    public SealKeyring current() {
        SealKeyring ring = checked;
        return ring != null ? ring : checked();
    }

    /** Records that {@code templates} templates of {@code period} went out sealed with {@code key}. */
    public void issued(String planId, Period period, TemplateSeal key, int templates) {
        if (templates == 0) {
            return;
        }
        jdbc.sql("INSERT INTO template_issue (issued_utc, plan_id, period_code, key_fingerprint, templates) VALUES (?, ?, ?, ?, ?)")
                .params(UtcTime.column(clock.instant()), planId, period.toString(), key.fingerprint(), templates)
                .update();
    }

    /** Batches issued per key fingerprint, oldest key first. */
    public Map<String, Integer> issuedBatches() {
        Map<String, Integer> batches = new LinkedHashMap<>();
        jdbc.sql("SELECT key_fingerprint, COUNT(*) FROM template_issue GROUP BY key_fingerprint ORDER BY MIN(id)")
                .query(rs -> {
                    batches.put(rs.getString(1), rs.getInt(2));
                });
        return batches;
    }

    /** Retires the current key and makes a new one; the retired key keeps verifying what it sealed. */
    public SealKeyring rotate() {
        checked();
        checked = folder.rotate();
        return checked;
    }

    private static String batches(Map<String, Integer> byKey) {
        StringBuilder text = new StringBuilder();
        byKey.forEach((key, count) -> text.append(text.isEmpty() ? "" : "、").append(count).append(" 批模板由密钥 ").append(key).append(" 盖章"));
        return text.toString();
    }
}
