package kaohe.job;

import kaohe.ingest.InboxFile;
import kaohe.ingest.IngestOutcome;
import kaohe.ingest.ReturnIngest;
import kaohe.ingest.RunLedger;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Judges one inbox file; one that changed before it could be read whole is filtered out and noted as such. Not final: step scope proxies it. */
class IngestProcessor implements ItemProcessor<InboxFile, IngestOutcome> {

    private final ReturnIngest ingest;
    private final RunLedger ledger;

    IngestProcessor(ReturnIngest ingest, RunLedger ledger) {
        this.ingest = ingest;
        this.ledger = ledger;
    }

    @Override
    public IngestOutcome process(InboxFile file) throws Exception {
        return ingest.take(file).orElseGet(() -> {
            ledger.changed(file.path());
            return null;
        });
    }
}
