package kaohe.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The ledgers of the ingest runs going on in this process, by run id. */
public final class IngestRuns {

    private final Map<Long, RunLedger> ledgers = new ConcurrentHashMap<>();

    public RunLedger open(long runId, Inbox.Snapshot snapshot) {
        RunLedger ledger = new RunLedger(snapshot);
        ledgers.put(runId, ledger);
        return ledger;
    }

    public RunLedger ledger(long runId) {
        RunLedger ledger = ledgers.get(runId);
        if (ledger == null) {
            throw new IllegalStateException("ingest run " + runId + " is not running in this process");
        }
        return ledger;
    }

    public void close(long runId) {
        ledgers.remove(runId);
    }
}
