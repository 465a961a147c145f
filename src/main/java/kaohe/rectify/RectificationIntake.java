package kaohe.rectify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import kaohe.audit.AuditEvent;
import kaohe.audit.AuditTrail;
import kaohe.ingest.DroppedFiles;
import kaohe.ingest.DroppedFiles.Tally;
import kaohe.ingest.SafeFileName;
import kaohe.plan.DeadlineRule;
import kaohe.plan.Plan;
import kaohe.shared.AtomicFiles;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the 整改 reports units drop into {@code <home>/rectification/inbox/<unit-code>/} (PDF, Word, WPS, OFD or a
 * scan). Each file is stored once under {@code rectification/archive/P/<unit-code>/}, named from its content, for the
 * earliest period whose published 通报 asked the unit for a report it has not sent (else, as a supplement, for the
 * latest one that asked), recorded and audited, and only then removed from the inbox. A file the office cannot take
 * goes to {@code rectification/rejected/} with a {@code .反馈.txt} saying why; a link is never followed, a file still
 * being copied waits, and one that fails stays where it is for the next run, without stopping the others.
 */
@Component
public class RectificationIntake {

    private static final Logger LOG = LoggerFactory.getLogger(RectificationIntake.class);

    static final Set<String> EXTENSIONS = Set.of("pdf", "doc", "docx", "wps", "ofd", "jpg", "jpeg", "png");
    static final long MAX_BYTES = 20L << 20;

    /** What one run did: counts and one line per file, in Chinese. */
    public record Result(int received, int duplicates, int rejected, int waiting, List<String> lines) {
        public String text() {
            return "收到整改报告 " + received + " 份，重复 " + duplicates + " 份，退回 " + rejected + " 份，待下次处理 " + waiting + " 份";
        }
    }

    private final Plan plan;
    private final Path home;
    private final int settleSeconds;
    private final RectificationRecords records;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    public RectificationIntake(Plan plan, kaohe.KaoheProperties properties, RectificationRecords records, AuditTrail audit, Clock clock,
                               javax.sql.DataSource dataSource) {
        this.plan = plan;
        this.home = properties.home();
        this.settleSeconds = properties.ingest().settleSeconds();
        this.records = records;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource));
    }

    public Path inbox() {
        return home.resolve("rectification").resolve("inbox");
    }

    public Result run() throws IOException {
        Files.createDirectories(inbox());
        Tally tally = new Tally();
        List<RectificationDue> due = records.dueInForce(plan.id());
        List<RectificationReport> reports = new ArrayList<>(records.reports(plan.id()));
        for (Path entry : DroppedFiles.listed(inbox())) {
            if (Files.isSymbolicLink(entry)) {
                tally.waiting("“" + entry.getFileName() + "”是链接，不予读取，请放入文件本身");
            } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                reject(entry, null, "请把整改报告放在以本单位编码命名的文件夹中，如 rectification/inbox/330402/", tally);
            } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                String name = entry.getFileName().toString();
                Optional<UnitCode> unit = UnitCode.isValid(name) ? plan.unit(UnitCode.of(name)).map(u -> u.code()) : Optional.empty();
                for (Path file : DroppedFiles.listed(entry)) {
                    if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        tally.waiting("“" + name + "/" + file.getFileName() + "”不是普通文件（链接或文件夹），不予读取");
                    } else if (unit.isEmpty()) {
                        reject(file, null, "文件夹名“" + name + "”不是本计划的单位编码", tally);
                    } else {
                        take(unit.get(), file, due, reports, tally);
                    }
                }
            }
        }
        return new Result(tally.taken(), tally.duplicates(), tally.rejected(), tally.waiting(), tally.lines());
    }

    private void take(UnitCode unit, Path file, List<RectificationDue> due, List<RectificationReport> reports, Tally tally) {
        String original = file.getFileName().toString();
        String unitName = plan.unit(unit).map(u -> u.name()).orElse(unit.value());
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Instant now = clock.instant();
            if (attributes.lastModifiedTime().toInstant().isAfter(now.minusSeconds(settleSeconds))) {
                tally.waiting(unitName + "“" + original + "”可能仍在复制，下次再收");
                return;
            }
            String extension = original.contains(".") ? original.substring(original.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            if (!EXTENSIONS.contains(extension)) {
                reject(file, unit, "整改报告只收 PDF、Word（doc、docx）、WPS、OFD 或扫描图片（jpg、png），“" + original + "”不是", tally);
                return;
            }
            if (attributes.size() == 0 || attributes.size() > MAX_BYTES) {
                reject(file, unit, "文件大小应在 0 到 20 MB 之间，“" + original + "”为 " + attributes.size() + " 字节", tally);
                return;
            }
            Optional<RectificationDue> owed = owed(unit, due, reports);
            if (owed.isEmpty()) {
                reject(file, unit, "已发布的通报没有要求" + unitName + "报送整改报告，无需报送", tally);
                return;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            String hash = kaohe.shared.Sha256.of(new java.io.ByteArrayInputStream(bytes));
            Period period = owed.get().period();
            if (records.sameContent(plan.id(), period, unit, hash).isPresent()) {
                Files.deleteIfExists(file);
                tally.duplicate(unitName + "“" + original + "”与已收到的整改报告相同，不重复登记");
                return;
            }
            String name = SafeFileName.of(original, hash);
            Path stored = home.resolve("rectification").resolve("archive").resolve(period.toString()).resolve(unit.value()).resolve(name);
            AtomicFiles.write(stored, out -> out.write(bytes));
            LocalDate received = LocalDate.ofInstant(attributes.lastModifiedTime().toInstant(), DeadlineRule.PLAN_TIME);
            Instant at = attributes.lastModifiedTime().toInstant().isBefore(now) ? attributes.lastModifiedTime().toInstant() : now;
            String lateness = received.isAfter(owed.get().due())
                    ? "（逾期 " + java.time.temporal.ChronoUnit.DAYS.between(owed.get().due(), received) + " 天）" : "（按期）";
            try {
                long id = transaction.execute(status -> {
                    long saved = records.recordReport(plan.id(), period, unit, original, home.relativize(stored).toString(), hash, bytes.length, at);
                    audit.record(plan.id(), period.toString(), unit.value(), 0, AuditEvent.RECTIFICATION_RECEIVED, original + lateness);
                    return saved;
                });
                reports.add(new RectificationReport(id, period, unit, original, home.relativize(stored).toString(), at));
            } catch (RuntimeException e) {
                Files.deleteIfExists(stored);
                throw e;
            }
            Files.deleteIfExists(file);
            tally.taken(unitName + " " + period + " 整改报告“" + original + "”已收到" + lateness);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} could not be taken and stays in the rectification inbox: {}", file, e.toString(), e);
            tally.waiting(unitName + "“" + original + "”未能保存，留在收件箱下次再收（" + e.getMessage() + "）");
        }
    }

    /** The earliest period asking the unit for a report it has not sent; else the latest asking one, for a supplement. */
    static Optional<RectificationDue> owed(UnitCode unit, List<RectificationDue> due, List<RectificationReport> reports) {
        List<RectificationDue> mine = due.stream().filter(d -> d.unit().equals(unit)).toList();
        Optional<RectificationDue> outstanding = mine.stream()
                .filter(d -> reports.stream().noneMatch(r -> r.unit().equals(unit) && r.period().equals(d.period()))).findFirst();
        return outstanding.isPresent() ? outstanding : mine.stream().reduce((a, b) -> b);
    }

    private void reject(Path file, UnitCode unit, String why, Tally tally) {
        Path folder = home.resolve("rectification").resolve("rejected");
        DroppedFiles.reject(file, unit == null ? folder : folder.resolve(unit.value()), file.getFileName().toString(), why, tally);
    }
}
