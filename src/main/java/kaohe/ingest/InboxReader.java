package kaohe.ingest;

import java.util.List;

/** Takes the run's snapshot of the inbox and records how many files were left for the next run. */
public final class InboxReader {

    private final Inbox inbox;
    private final ReturnStore store;

    public InboxReader(Inbox inbox, ReturnStore store) {
        this.inbox = inbox;
        this.store = store;
    }

    public List<InboxFile> take(long runId) {
        Inbox.Snapshot snapshot = inbox.snapshot();
        store.recordDeferred(runId, snapshot.deferred());
        return snapshot.ready();
    }
}
