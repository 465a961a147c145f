package kaohe.ingest;

import java.util.List;

/** The inbox as a run sees it: each partition's share of the ready files, and how many wait for the next run. */
public final class InboxReader {

    private final Inbox inbox;
    private final ReturnStore store;

    public InboxReader(Inbox inbox, ReturnStore store) {
        this.inbox = inbox;
        this.store = store;
    }

    /** Records how many files are left for the next run, for a run whose partitions take their own shares. */
    public void recordDeferred(long runId) {
        store.recordDeferred(runId, inbox.snapshot().deferred());
    }

    /**
     * Partition {@code index} of {@code count}'s share of the ready files: whole unit folders, so one
     * unit's files are always ingested in order by one worker; the inbox's top level is one share.
     */
    public List<InboxFile> share(int index, int count) {
        return inbox.snapshot().ready().stream().filter(file -> partitionOf(file, count) == index).toList();
    }

    static int partitionOf(InboxFile file, int count) {
        String folder = file.folderUnit() == null ? "" : file.folderUnit().value();
        return Math.floorMod(folder.hashCode(), count);
    }
}
