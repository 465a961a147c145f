package kaohe.job;

import kaohe.ingest.IngestOutcome;
import kaohe.ingest.ReturnFiler;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Hands each chunk's outcomes to the filer, inside the chunk's transaction. Not final: step scope proxies it. */
class IngestWriter implements ItemWriter<IngestOutcome> {

    private final ReturnFiler filer;
    private final long runId;
    private final String worker;
    private final boolean dryRun;

    IngestWriter(ReturnFiler filer, long runId, String worker, boolean dryRun) {
        this.filer = filer;
        this.runId = runId;
        this.worker = worker;
        this.dryRun = dryRun;
    }

    @Override
    public void write(Chunk<? extends IngestOutcome> chunk) {
        filer.fileAll(runId, worker, dryRun, chunk.getItems());
    }
}
