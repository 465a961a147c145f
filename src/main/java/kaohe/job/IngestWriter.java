package kaohe.job;

import java.util.Map;
import kaohe.ingest.IngestOutcome;
import kaohe.ingest.ReturnFiler;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Hands each chunk's outcomes to the filer, inside the chunk's transaction. A file the filer could not
 * store (rolled back to its savepoint, see {@link ReturnFiler#fileChunk}) is skipped here, as the step's skip
 * would, so its batch-mates stay in the transaction instead of the whole chunk going back for Spring Batch to
 * write again file by file.
 * Not final: step scope proxies it.
 */
class IngestWriter implements ItemWriter<IngestOutcome> {

    private final ReturnFiler filer;
    private final IngestSkipLog skipLog;
    private final long runId;
    private final String worker;
    private final boolean dryRun;

    IngestWriter(ReturnFiler filer, IngestSkipLog skipLog, long runId, String worker, boolean dryRun) {
        this.filer = filer;
        this.skipLog = skipLog;
        this.runId = runId;
        this.worker = worker;
        this.dryRun = dryRun;
    }

    @Override
    public void write(Chunk<? extends IngestOutcome> chunk) {
        Map<IngestOutcome, RuntimeException> failed = filer.fileChunk(runId, worker, dryRun, chunk.getItems());
        if (failed.isEmpty()) {
            return;
        }
        for (var items = chunk.iterator(); items.hasNext(); ) {
            IngestOutcome outcome = items.next();
            RuntimeException why = failed.get(outcome);
            if (why != null) {
                skipLog.onSkipInWrite(outcome, why);
                // Taken out of the chunk so the step counts it as skipped, not written.
                items.remove(why);
            }
        }
        var context = StepSynchronizationManager.getContext();
        if (context != null) {
            var step = context.getStepExecution();
            step.setWriteSkipCount(step.getWriteSkipCount() + failed.size());
        }
    }
}
