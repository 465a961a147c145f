package kaohe.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import kaohe.plan.DeadlineRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds technical failures: a file that fails for a reason that is not its content (a full disk, a
 * database error, a bug) is tried again on the next runs, and after {@code maxAttempts} failures of the
 * same file (same path, size and time) it is moved out of the inbox to {@code <home>/failed/}, with a
 * note in Chinese for the operator beside it, so no file is retried forever and none is lost.
 */
public final class Quarantine {

    private static final Logger LOG = LoggerFactory.getLogger(Quarantine.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(DeadlineRule.PLAN_TIME);

    private final Path home;
    private final Path inboxRoot;
    private final IngestFailures failures;
    private final int maxAttempts;
    private final Clock clock;

    public Quarantine(Path home, Path inboxRoot, IngestFailures failures, int maxAttempts, Clock clock) {
        this.home = home;
        this.inboxRoot = inboxRoot;
        this.failures = failures;
        this.maxAttempts = maxAttempts;
        this.clock = clock;
    }

    /** Records the failure; returns true when the file has now been moved to quarantine. */
    public boolean failed(InboxFile file, Throwable error) {
        String relative = relative(file.path());
        String key = key(relative, file);
        String reason = describe(error);
        int attempts;
        try {
            attempts = failures.record(key, relative, reason, clock.instant());
        } catch (RuntimeException e) {
            LOG.error("could not record the failure of {} (the database may be down); it stays in the inbox", relative, e);
            return false;
        }
        if (attempts < maxAttempts) {
            LOG.warn("{} failed for a technical reason ({} of {} attempts) and stays in the inbox for the next run: {}",
                    relative, attempts, maxAttempts, reason);
            return false;
        }
        if (!Inbox.isStill(file)) {
            return false;
        }
        Path folder = home.resolve("failed");
        String name = SafeFileName.of(file.originalName(), key);
        Path target = folder.resolve(name);
        try {
            Files.createDirectories(folder);
            Files.move(file.path(), target);
            Files.writeString(folder.resolve(name + ".说明.txt"), note(relative, attempts, reason), StandardCharsets.UTF_8);
            failures.quarantined(key, home.relativize(target).toString());
        } catch (IOException | RuntimeException e) {
            LOG.error("could not move {} to quarantine after {} failed attempts; it stays in the inbox", relative, attempts, e);
            return false;
        }
        LOG.error("{} failed {} times for technical reasons and was moved to {}; see the note beside it", relative, attempts,
                home.relativize(target));
        return true;
    }

    private String note(String relative, int attempts, String reason) {
        return "该文件已连续 " + attempts + " 次因技术原因（不是文件内容的问题）未能处理，已从收件箱移到这里，不再自动重试。\n"
                + "原位置：inbox/" + relative + "\n"
                + "最后一次失败：" + WHEN.format(clock.instant()) + "（北京时间）\n"
                + "原因：" + reason + "\n\n"
                + "处理办法：请运维人员查看日志，排除故障（如磁盘空间、数据库连接）后，把本文件放回收件箱原位置即可重新处理。\n"
                + "报送单位无需重新报送。\n";
    }

    private String relative(Path file) {
        try {
            return inboxRoot.toRealPath().relativize(file).toString();
        } catch (IOException | IllegalArgumentException e) {
            return file.getFileName().toString();
        }
    }

    /** One file's identity across runs: the same bytes in the same place; a new version starts its count afresh. */
    private static String key(String relative, InboxFile file) {
        return kaohe.shared.Sha256.of(relative + "|" + file.size() + "|" + file.modified());
    }

    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return root == error ? message : error.getClass().getSimpleName() + " ← " + message;
    }
}
