package kaohe.job;

import kaohe.score.AssessmentStore;
import kaohe.score.UnitAssessment;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** assess-period's writer: a chunk of scorecards into the run, in the chunk's transaction. */
final class AssessmentWriter implements ItemWriter<UnitAssessment> {

    private final AssessmentStore store;
    private final long runId;

    AssessmentWriter(AssessmentStore store, long runId) {
        this.store = store;
        this.runId = runId;
    }

    @Override
    public void write(Chunk<? extends UnitAssessment> chunk) {
        store.saveAll(runId, chunk.getItems());
    }
}
