package kaohe.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import kaohe.shared.AtomicFiles;
import kaohe.validate.FindingCode;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores an ingest outcome and moves its file, crash-safely: the file is first copied (atomically) to
 * archive/ or rejected/ under a name derived from its content, then the database rows are written, and
 * only after the transaction commits is the inbox copy deleted. A crash at any point leaves the file
 * in the inbox, where the next run recognises its content; nothing is lost or stored twice.
 */
public final class ReturnFiler {

    /** Findings that mean the workbook must not, or cannot, be opened to annotate it. */
    private static final java.util.Set<FindingCode> UNOPENABLE = java.util.EnumSet.of(
            FindingCode.F001, FindingCode.F002, FindingCode.F003, FindingCode.F004, FindingCode.F005, FindingCode.F013);

    private final Path home;
    private final ReturnStore store;
    private final FeedbackWriter feedback = new FeedbackWriter();
    private final Clock clock;

    public ReturnFiler(Path home, ReturnStore store, Clock clock) {
        this.home = home;
        this.store = store;
        this.clock = clock;
    }

    /** Files a worker's outcomes; {@code worker} names the partition whose tally they count in. */
    public void fileAll(long runId, String worker, boolean dryRun, List<? extends IngestOutcome> outcomes) {
        outcomes.forEach(outcome -> file(runId, worker, dryRun, outcome));
    }

    public void file(long runId, String worker, boolean dryRun, IngestOutcome outcome) {
        try {
            if (dryRun) {
                dryRun(runId, outcome);
            } else {
                store(runId, outcome);
            }
            store.count(runId, worker, outcome);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void store(long runId, IngestOutcome outcome) throws IOException {
        Instant received = clock.instant();
        InboxFile file = outcome.file();
        String name = SafeFileName.of(file.originalName(), outcome.contentHash());
        switch (outcome.status()) {
            case ACCEPTED -> {
                Path folder = home.resolve("archive").resolve(outcome.decoded().period().toString())
                        .resolve(outcome.decoded().unit().value());
                AtomicFiles.copy(file.path(), folder.resolve(name));
                store.save(runId, outcome, home.relativize(folder.resolve(name)).toString(), received);
            }
            case REJECTED -> {
                Path folder = home.resolve("rejected");
                AtomicFiles.copy(file.path(), folder.resolve(name));
                writeFeedback(outcome, folder, baseOf(name));
                store.save(runId, outcome, home.relativize(folder.resolve(name)).toString(), received);
            }
            case DUPLICATE -> store.saveDuplicate(runId, outcome, received);
            default -> throw new IllegalStateException("not an ingest outcome: " + outcome.status());
        }
        afterCommit(() -> deleteQuietly(file.path()));
    }

    private void dryRun(long runId, IngestOutcome outcome) throws IOException {
        if (outcome.status() != ReturnStatus.DUPLICATE && !outcome.findings().isEmpty()) {
            Path folder = home.resolve("dry-run").resolve("run-" + runId);
            writeFeedback(outcome, folder, baseOf(SafeFileName.of(outcome.file().originalName(), outcome.contentHash())));
        }
    }

    private void writeFeedback(IngestOutcome outcome, Path folder, String base) throws IOException {
        Files.createDirectories(folder);
        boolean readable = outcome.findings().stream().noneMatch(f -> UNOPENABLE.contains(f.code()));
        String extension = FeedbackWriter.extensionFor(outcome.file().path(), readable);
        AtomicFiles.write(folder.resolve(base + ".反馈." + extension),
                out -> feedback.write(outcome.file().path(), readable, outcome.findings(), out));
    }

    private static String baseOf(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }


    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Left in the inbox, the file is recognised by its content next run and cleared then.
        }
    }
}
