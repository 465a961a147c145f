package kaohe.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kaohe.shared.AtomicFiles;
import kaohe.validate.FindingCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores an ingest outcome and moves its file, crash-safely: ingest's own copy of the checked bytes is
 * first copied (atomically) to archive/ or rejected/ under a name derived from its content, then the
 * database rows are written. Only after the transaction commits is the inbox file deleted, and only if
 * it still holds exactly those bytes; one rewritten meanwhile stays for the next run. If the
 * transaction rolls back, the copies it made are removed, so archive/ never holds a file with no row.
 * A crash at any point leaves the file in the inbox, where the next run recognises its content.
 */
public final class ReturnFiler {

    private static final Logger LOG = LoggerFactory.getLogger(ReturnFiler.class);

    /** Findings that mean the workbook must not, or cannot, be opened to annotate it. */
    private static final java.util.Set<FindingCode> UNOPENABLE = java.util.EnumSet.of(
            FindingCode.F001, FindingCode.F002, FindingCode.F003, FindingCode.F004, FindingCode.F005, FindingCode.F013, FindingCode.F017);

    private final Path home;
    private final ReturnStore store;
    private final IngestRuns runs;
    private final FeedbackWriter feedback;
    private final Clock clock;

    /** Judges a file again from its staged copy, against what has been stored since. */
    @FunctionalInterface
    public interface JudgeAgain {
        IngestOutcome judgeAgain(IngestOutcome earlier) throws IOException;
    }

    private final JudgeAgain again;
    private final Savepoints savepoint;

    public ReturnFiler(Path home, ReturnStore store, IngestRuns runs, Clock clock, kaohe.plan.Plan plan, JudgeAgain again,
                       javax.sql.DataSource dataSource) {
        this.again = again;
        this.savepoint = new Savepoints(dataSource);
        this.feedback = new FeedbackWriter(code -> kaohe.shared.ItemCode.isValid(code) ? plan.itemName(kaohe.shared.ItemCode.of(code)).orElse("") : "");
        this.home = home;
        this.store = store;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * Files a chunk's outcomes in the caller's transaction. First all together, under one savepoint: each return's row as
     * it is filed, and the rows that go with them (values, findings, audit events) in a few statements at the end. Should
     * any file fail, the chunk is rolled back to that savepoint, and filed again one file at a time under a savepoint
     * each, so a file that fails leaves nothing of itself behind while the others are stored. A file that follows one of
     * the same unit or the same content in the chunk is judged again first: it was judged before the earlier one was
     * stored, and must be checked against it (a quarter against the last, a copy as a duplicate). Returns the files that
     * failed, with why; they stay in the inbox. When the transaction itself is lost (a deadlock rolls all of it back),
     * the exception goes to the caller, who writes the chunk again.
     */
    public Map<IngestOutcome, RuntimeException> fileChunk(long runId, String worker, boolean dryRun,
                                                          List<? extends IngestOutcome> outcomes) {
        boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
        if (!inTransaction || outcomes.size() < 2) {
            return fileOneByOne(runId, worker, dryRun, outcomes, inTransaction);
        }
        List<java.util.function.Consumer<Boolean>> completions = new ArrayList<>();
        try {
            savepoint.run(() -> fileTogether(runId, worker, dryRun, outcomes, completions));
        } catch (org.springframework.transaction.TransactionException e) {
            throw e;
        } catch (RuntimeException e) {
            // Rolled back to the chunk's savepoint: the copies made for it go too.
            completions.forEach(completion -> completion.accept(false));
            if (transactionLost(e)) {
                throw e;
            }
            LOG.debug("a file of the chunk could not be filed ({}); the chunk is filed again one file at a time", e.toString());
            return fileOneByOne(runId, worker, dryRun, outcomes, true);
        }
        completions.forEach(ReturnFiler::settleAtCommit);
        return Map.of();
    }

    /** The chunk's files, each completion kept for the caller to settle once all of them are filed. */
    private void fileTogether(long runId, String worker, boolean dryRun, List<? extends IngestOutcome> outcomes,
                              List<java.util.function.Consumer<Boolean>> completions) {
        ChunkRows rows = new ChunkRows();
        Set<String> storedUnits = new HashSet<>();
        Set<String> storedHashes = new HashSet<>();
        ReturnStore.Tally tally = new ReturnStore.Tally();
        for (IngestOutcome judged : outcomes) {
            IngestOutcome outcome = judged;
            if (storedUnits.contains(unitOf(judged)) || storedHashes.contains(judged.contentHash())) {
                // Judged again against what the chunk stored so far, its held rows included.
                store.write(rows);
                try {
                    outcome = again.judgeAgain(judged);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            completions.add(file(runId, worker, dryRun, outcome, rows));
            tally.add(outcome);
            if (outcome.status() == ReturnStatus.ACCEPTED) {
                storedUnits.add(unitOf(outcome));
                storedHashes.add(outcome.contentHash());
            }
        }
        store.write(rows);
        store.count(runId, worker, tally);
    }

    private Map<IngestOutcome, RuntimeException> fileOneByOne(long runId, String worker, boolean dryRun,
                                                              List<? extends IngestOutcome> outcomes, boolean savepoints) {
        Map<IngestOutcome, RuntimeException> failed = new LinkedHashMap<>();
        Set<String> storedUnits = new HashSet<>();
        Set<String> storedHashes = new HashSet<>();
        ReturnStore.Tally tally = new ReturnStore.Tally();
        for (IngestOutcome judged : outcomes) {
            try {
                IngestOutcome outcome = judged;
                if (storedUnits.contains(unitOf(judged)) || storedHashes.contains(judged.contentHash())) {
                    outcome = again.judgeAgain(judged);
                }
                IngestOutcome filed = fileRacing(runId, worker, dryRun, outcome, savepoints);
                tally.add(filed);
                if (filed.status() == ReturnStatus.ACCEPTED) {
                    storedUnits.add(unitOf(filed));
                    storedHashes.add(filed.contentHash());
                }
            } catch (org.springframework.transaction.TransactionException e) {
                // The savepoint could not be made or released: the transaction is gone, and the chunk is written again.
                throw e;
            } catch (IOException e) {
                failed.put(judged, new UncheckedIOException(e));
            } catch (RuntimeException e) {
                if (TransactionSynchronizationManager.isActualTransactionActive() && transactionLost(e)) {
                    throw e;
                }
                failed.put(judged, e);
            }
        }
        // The chunk's files counted in one statement, in the chunk's transaction: a file rolled back is not counted.
        store.count(runId, worker, tally);
        return failed;
    }

    /**
     * Another worker or machine can accept the same unit's return, or the same content, at the same time;
     * the database's unique keys let one win and the other fails here. The loser is judged again and
     * filed again: now it supersedes the winner, or is its duplicate.
     */
    private IngestOutcome fileRacing(long runId, String worker, boolean dryRun, IngestOutcome outcome, boolean savepoints)
            throws IOException {
        IngestOutcome attempt = outcome;
        for (int tries = 1; ; tries++) {
            IngestOutcome filed = attempt;
            try {
                if (savepoints) {
                    savepoint.run(() -> file(runId, worker, dryRun, filed));
                } else {
                    file(runId, worker, dryRun, filed);
                }
                return filed;
            } catch (org.springframework.dao.DuplicateKeyException e) {
                if (!savepoints || tries == RACE_ATTEMPTS) {
                    throw e;
                }
                store.mayBeStoredElsewhere(outcome);
                attempt = again.judgeAgain(outcome);
            }
        }
    }

    private static final int RACE_ATTEMPTS = 3;

    /** A deadlock or a dropped connection takes the whole transaction with it, savepoints and all. */
    private static boolean transactionLost(RuntimeException e) {
        return e instanceof org.springframework.dao.TransientDataAccessException
                || e instanceof org.springframework.dao.DataAccessResourceFailureException;
    }

    private static String unitOf(IngestOutcome outcome) {
        if (outcome.decoded() != null) {
            return outcome.decoded().unit().value();
        }
        return outcome.file().folderUnit() == null ? "" : outcome.file().folderUnit().value();
    }

    /**
     * Files one outcome. Its completion (moving the inbox file, or taking back the copies made) is
     * registered once the work succeeded, so a file rolled back to its savepoint is never settled by
     * the chunk's commit; a file that fails takes back its own copies at once.
     */
    void file(long runId, String worker, boolean dryRun, IngestOutcome outcome) {
        settleAtCommit(file(runId, worker, dryRun, outcome, null));
    }

    /**
     * Files one outcome and returns its completion, for the caller to settle when the transaction ends. {@code rows}:
     * where the return's values, findings and events wait to be written with the chunk's; {@code null} to write them
     * with the return's row. A file that fails takes back its own copies at once.
     */
    private java.util.function.Consumer<Boolean> file(long runId, String worker, boolean dryRun, IngestOutcome outcome, ChunkRows rows) {
        RunLedger ledger = runs.ledger(runId);
        List<Path> made = new ArrayList<>();
        java.util.function.Consumer<Boolean> completion = committed -> {
            if (!committed) {
                made.forEach(ReturnFiler::deleteQuietly);
                return;
            }
            InboxFile file = outcome.file();
            if (!ledger.settleOnce(file.path())) {
                // A retried write registered this completion again; the first one settled the file.
                return;
            }
            if (!dryRun && outcome.status() == ReturnStatus.ACCEPTED) {
                store.joinPeers(outcome.decoded());
            }
            if (dryRun) {
                ledger.answered(file.path());
            } else if (StagingArea.stillHolds(outcome.staged())) {
                deleteQuietly(file.path());
                ledger.answered(file.path());
            } else if (!Files.exists(file.path(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                // Taken out of the inbox by someone else meanwhile: its checked bytes are stored, nothing waits.
                ledger.answered(file.path());
                LOG.info("{} left the inbox while it was ingested; the version checked is stored", file.path().getFileName());
            } else {
                ledger.changed(file.path());
                LOG.warn("{} was saved over while it was ingested: the version checked is stored, the newer one stays in the inbox "
                        + "for the next run", file.path().getFileName());
            }
            outcome.staged().discard();
        };
        try {
            if (dryRun) {
                dryRun(runId, outcome);
            } else if (rows == null) {
                ChunkRows own = new ChunkRows();
                store(runId, outcome, made, own);
                store.write(own);
            } else {
                store(runId, outcome, made, rows);
            }
        } catch (IOException | RuntimeException e) {
            completion.accept(false);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        return completion;
    }

    /**
     * Moves the file (or takes back its copies) when the transaction ends; at once outside one. Registered only once the
     * file's work succeeded, so a file rolled back to a savepoint is never settled by the chunk's commit.
     */
    private static void settleAtCommit(java.util.function.Consumer<Boolean> completion) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    completion.accept(status == STATUS_COMMITTED);
                }
            });
        } else {
            completion.accept(true);
        }
    }

    private void store(long runId, IngestOutcome outcome, List<Path> made, ChunkRows rows) throws IOException {
        InboxFile file = outcome.file();
        Instant received = arrival(file, clock.instant());
        String name = SafeFileName.of(file.originalName(), outcome.contentHash());
        switch (outcome.status()) {
            case ACCEPTED -> {
                Path folder = home.resolve("archive").resolve(outcome.decoded().period().toString())
                        .resolve(outcome.decoded().unit().value());
                keep(outcome, folder.resolve(name), made);
                store.save(runId, outcome, home.relativize(folder.resolve(name)).toString(), received, rows);
            }
            case REJECTED -> {
                // A unit's folder holds only its own feedback; a file that names no unit stays at the top.
                kaohe.shared.UnitCode unit = outcome.decoded() != null ? outcome.decoded().unit() : file.folderUnit();
                Path folder = unit == null ? home.resolve("rejected") : home.resolve("rejected").resolve(unit.value());
                keep(outcome, folder.resolve(name), made);
                made.add(writeFeedback(outcome, folder, baseOf(name)));
                store.save(runId, outcome, home.relativize(folder.resolve(name)).toString(), received, rows);
            }
            case DUPLICATE -> store.saveDuplicate(runId, outcome, received);
            default -> throw new IllegalStateException("not an ingest outcome: " + outcome.status());
        }
    }

    /**
     * When the file arrived, which is what lateness is judged by: its modification time, the moment its
     * copy into the inbox ended, never later than now. An outage of Kaohe over the deadline does not make
     * a return dropped before it late. (A copy that keeps the sender's times, such as unzip, carries the
     * time the sender saved the file.)
     */
    static Instant arrival(InboxFile file, Instant now) {
        return file.modified().isBefore(now) ? file.modified() : now;
    }

    /** The checked bytes under their name in archive/ or rejected/, noted so a rollback can take the name back. */
    private static void keep(IngestOutcome outcome, Path target, List<Path> made) {
        made.add(target);
        AtomicFiles.place(outcome.content(), target);
    }

    private void dryRun(long runId, IngestOutcome outcome) throws IOException {
        if (outcome.status() != ReturnStatus.DUPLICATE && !outcome.findings().isEmpty()) {
            Path folder = home.resolve("dry-run").resolve("run-" + runId);
            writeFeedback(outcome, folder, baseOf(SafeFileName.of(outcome.file().originalName(), outcome.contentHash())));
        }
    }

    private Path writeFeedback(IngestOutcome outcome, Path folder, String base) throws IOException {
        boolean readable = outcome.findings().stream().noneMatch(f -> UNOPENABLE.contains(f.code()));
        String extension = FeedbackWriter.extensionFor(outcome.content(), readable);
        Path target = folder.resolve(base + ".反馈." + extension);
        AtomicFiles.write(target, out -> feedback.write(outcome.content(), readable, outcome.findings(), out));
        return target;
    }

    private static String baseOf(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Left in the inbox, the file is recognised by its content next run and cleared then.
        }
    }
}
