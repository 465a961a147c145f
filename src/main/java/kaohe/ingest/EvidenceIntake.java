package kaohe.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kaohe.audit.AuditEvent;
import kaohe.audit.AuditTrail;
import kaohe.plan.Plan;
import kaohe.shared.AtomicFiles;
import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 佐证材料: evidence a unit sends with its return, in {@code inbox/<unit-code>/佐证材料/}, each file named by the item it
 * backs ({@code T11-协调会纪要.pdf}) or put in a folder of that name ({@code 佐证材料/T11/…}). Each file is held to the
 * returns' rules: links are never followed, a file still being copied waits, the type and size are limited, and it is
 * stored once by content under {@code <home>/evidence/P/<unit-code>/<item>/}, linked to the unit's latest accepted
 * return and audited, before it leaves the inbox. A file that cannot be taken goes to {@code rejected/<unit-code>/佐证材料/}
 * with a {@code .反馈.txt}; evidence for a unit with no accepted return yet waits for it.
 */
@Component
public class EvidenceIntake {

    private static final Logger LOG = LoggerFactory.getLogger(EvidenceIntake.class);

    public static final String FOLDER = "佐证材料";
    static final Set<String> EXTENSIONS = Set.of("pdf", "jpg", "jpeg", "png", "doc", "docx", "xls", "xlsx", "wps", "ofd");
    static final long MAX_BYTES = 20L << 20;
    /** Files an item of one return may carry: enough for minutes, photos and documents, not a whole archive. */
    static final int MAX_PER_ITEM = 20;
    private static final Pattern LEADING_CODE = Pattern.compile("^([A-Z]{1,3}\\d{2,3}[A-Z]?)(?![0-9A-Za-z])");

    /** What one run took, in Chinese lines. */
    public record Taken(int stored, int duplicates, int rejected, int waiting, List<String> lines) {
        public boolean any() {
            return stored + duplicates + rejected + waiting > 0;
        }

        public String text() {
            return "佐证材料：收到 " + stored + " 份，重复 " + duplicates + " 份，退回 " + rejected + " 份，待下次处理 " + waiting + " 份";
        }
    }

    private final Plan plan;
    private final Path home;
    private final int settleSeconds;
    private final EvidenceFiles files;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    EvidenceIntake(Plan plan, kaohe.KaoheProperties properties, EvidenceFiles files, AuditTrail audit, Clock clock, javax.sql.DataSource dataSource) {
        this.plan = plan;
        this.home = properties.home();
        this.settleSeconds = properties.ingest().settleSeconds();
        this.files = files;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource));
    }

    /** Whether any unit's 佐证材料 folder holds a file: for the scheduler, which starts no run for an empty inbox. */
    public boolean hasWork() {
        try {
            for (Path folder : folders()) {
                try (Stream<Path> walk = Files.walk(folder, 2)) {
                    if (walk.anyMatch(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private List<Path> folders() throws IOException {
        Path inbox = home.resolve("inbox");
        if (!Files.isDirectory(inbox)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (Stream<Path> units = Files.list(inbox)) {
            for (Path unit : units.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                Path folder = unit.resolve(FOLDER);
                if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(folder);
                }
            }
        }
        return found;
    }

    public Taken run() throws IOException {
        DroppedFiles.Tally tally = new DroppedFiles.Tally();
        for (Path folder : folders()) {
            String unitName = folder.getParent().getFileName().toString();
            Optional<UnitCode> unit = UnitCode.isValid(unitName) ? plan.unit(UnitCode.of(unitName)).map(u -> u.code()) : Optional.empty();
            List<Path> entries;
            try (Stream<Path> walk = Files.walk(folder, 2)) {
                entries = walk.filter(p -> !p.equals(folder)).sorted().toList();
            }
            for (Path entry : entries) {
                String shown = unitName + "/" + FOLDER + "/" + folder.relativize(entry);
                if (Files.isSymbolicLink(entry)) {
                    tally.waiting("“" + shown + "”是链接，不予读取，请放入文件本身");
                } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                    if (unit.isEmpty()) {
                        reject(entry, null, shown, "文件夹“" + unitName + "”不是本计划的单位编码", tally);
                    } else {
                        take(unit.get(), folder, entry, shown, tally);
                    }
                }
            }
        }
        return new Taken(tally.taken(), tally.duplicates(), tally.rejected(), tally.waiting(), tally.lines());
    }

    private void take(UnitCode unit, Path folder, Path file, String shown, DroppedFiles.Tally tally) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Instant now = clock.instant();
            Instant modified = attributes.lastModifiedTime().toInstant();
            if (modified.isAfter(now.minusSeconds(settleSeconds))) {
                tally.waiting("“" + shown + "”可能仍在复制，下次再收");
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            if (!EXTENSIONS.contains(extension)) {
                reject(file, unit, shown, "佐证材料只收 PDF、图片（jpg、png）、Word、Excel、WPS 或 OFD 文件", tally);
                return;
            }
            if (attributes.size() == 0 || attributes.size() > MAX_BYTES) {
                reject(file, unit, shown, "文件大小应在 0 到 20 MB 之间，此文件为 " + attributes.size() + " 字节", tally);
                return;
            }
            Optional<ItemCode> item = itemOf(folder, file);
            if (item.isEmpty()) {
                reject(file, unit, shown, "无法确定这份材料佐证哪个项目：文件名请以项目编码开头（如 T11-协调会纪要.pdf），或放在以项目编码命名的文件夹中（如 "
                        + FOLDER + "/T11/）", tally);
                return;
            }
            Optional<EvidenceFiles.Latest> latest = files.latestAccepted(plan.id(), unit);
            if (latest.isEmpty()) {
                tally.waiting("“" + shown + "”：本单位还没有被接收的报表，佐证材料待报表接收后再收");
                return;
            }
            if (files.count(latest.get().returnId(), item.get()) >= MAX_PER_ITEM) {
                reject(file, unit, shown, item.get() + " 已有 " + MAX_PER_ITEM + " 份佐证材料，不再增加；请合并后报送", tally);
                return;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            String hash = kaohe.shared.Sha256.of(new java.io.ByteArrayInputStream(bytes));
            long returnId = latest.get().returnId();
            var period = latest.get().period();
            if (files.has(returnId, item.get(), hash)) {
                Files.deleteIfExists(file);
                tally.duplicate("“" + shown + "”与已收到的佐证材料相同，不重复登记");
                return;
            }
            Path stored = home.resolve("evidence").resolve(period.toString()).resolve(unit.value()).resolve(item.get().value())
                    .resolve(SafeFileName.of(name, hash));
            AtomicFiles.write(stored, out -> out.write(bytes));
            Instant received = modified.isBefore(now) ? modified : now;
            try {
                transaction.executeWithoutResult(status -> {
                    files.record(returnId, plan.id(), period, unit, item.get(), name, home.relativize(stored).toString(), hash, bytes.length, received);
                    audit.record(plan.id(), period.toString(), unit.value(), returnId, AuditEvent.EVIDENCE_RECEIVED, item.get() + " " + name);
                });
            } catch (RuntimeException e) {
                Files.deleteIfExists(stored);
                throw e;
            }
            Files.deleteIfExists(file);
            tally.taken("“" + shown + "”作为 " + item.get() + " 的佐证材料，附于第 " + returnId + " 号报表（" + period + "）");
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} could not be taken and stays in the inbox: {}", file, e.toString(), e);
            tally.waiting("“" + shown + "”未能保存，留在收件箱下次再收（" + e.getMessage() + "）");
        }
    }

    /** The item a file backs: the folder it is in, if named by a code of the plan, else the code its name begins with. */
    private Optional<ItemCode> itemOf(Path folder, Path file) {
        Path parent = file.getParent();
        if (!parent.equals(folder)) {
            String code = parent.getFileName().toString().trim().toUpperCase(Locale.ROOT);
            return known(code);
        }
        Matcher m = LEADING_CODE.matcher(file.getFileName().toString().toUpperCase(Locale.ROOT));
        return m.find() ? known(m.group(1)) : Optional.empty();
    }

    private Optional<ItemCode> known(String code) {
        if (!ItemCode.isValid(code)) {
            return Optional.empty();
        }
        ItemCode item = ItemCode.of(code);
        return plan.task(item).isPresent() || plan.indicator(item).isPresent() ? Optional.of(item) : Optional.empty();
    }

    private void reject(Path file, UnitCode unit, String shown, String why, DroppedFiles.Tally tally) {
        Path folder = home.resolve("rejected");
        DroppedFiles.reject(file, (unit == null ? folder : folder.resolve(unit.value())).resolve(FOLDER), shown, why, tally);
    }
}
