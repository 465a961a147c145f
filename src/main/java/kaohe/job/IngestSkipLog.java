package kaohe.job;

import kaohe.ingest.InboxFile;
import kaohe.ingest.IngestOutcome;
import kaohe.ingest.Quarantine;
import kaohe.ingest.RunLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;

/**
 * A file that failed for a technical reason (not bad content, which is a rejection): logged with its
 * stack trace, counted towards its quarantine, and noted in the run's ledger so the summary says why it
 * is still in the inbox. Not final: step scope proxies it.
 */
class IngestSkipLog implements SkipListener<InboxFile, IngestOutcome> {

    private static final Logger LOG = LoggerFactory.getLogger(IngestSkipLog.class);

    private final Quarantine quarantine;
    private final RunLedger ledger;

    IngestSkipLog(Quarantine quarantine, RunLedger ledger) {
        this.quarantine = quarantine;
        this.ledger = ledger;
    }

    @Override
    public void onSkipInProcess(InboxFile file, Throwable t) {
        failed(file, t);
    }

    @Override
    public void onSkipInWrite(IngestOutcome outcome, Throwable t) {
        outcome.staged().discard();
        failed(outcome.file(), t);
    }

    private void failed(InboxFile file, Throwable t) {
        LOG.warn("{} could not be ingested and stays in the inbox for the next run: {}", file.path(), t.toString(), t);
        ledger.failed(file.path());
        if (quarantine.failed(file, t)) {
            ledger.quarantined(file.path());
        }
    }
}
