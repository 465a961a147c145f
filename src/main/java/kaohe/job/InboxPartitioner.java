package kaohe.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kaohe.ingest.InboxFile;
import kaohe.ingest.RunLedger;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The ingest job's manager step: deals the run's one inbox snapshot out to the workers, as
 * MultiResourcePartitioner hands each partition its resource. The files stay in the run's ledger (a
 * quarter's thousands of paths would not fit an execution context column); the context names the
 * partition and says how many files it was given.
 */
final class InboxPartitioner implements Partitioner {

    static final String PARTITION = "partition";
    static final String FILES = "files";

    private final RunLedger ledger;

    InboxPartitioner(RunLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (Map.Entry<String, List<InboxFile>> share : ledger.partitions(gridSize).entrySet()) {
            ExecutionContext context = new ExecutionContext();
            context.putString(PARTITION, share.getKey());
            context.putInt(FILES, share.getValue().size());
            contexts.put(share.getKey(), context);
        }
        return contexts;
    }
}
