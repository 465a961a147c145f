package kaohe.job;

import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import kaohe.ingest.InboxFile;
import org.springframework.batch.infrastructure.item.ItemReader;

/** A worker's files, one at a time. Once shutdown has begun its share ends: the files left wait in the inbox for the next run. */
final class InboxShareReader implements ItemReader<InboxFile> {

    private final Iterator<InboxFile> files;
    private final BooleanSupplier stopRequested;

    InboxShareReader(List<InboxFile> files, BooleanSupplier stopRequested) {
        this.files = List.copyOf(files).iterator();
        this.stopRequested = stopRequested;
    }

    @Override
    public synchronized InboxFile read() {
        return stopRequested.getAsBoolean() || !files.hasNext() ? null : files.next();
    }
}
