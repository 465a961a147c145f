package kaohe.job;

import kaohe.ingest.InboxFile;
import kaohe.ingest.IngestOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.SkipListener;

/**
 * Says which file failed for a technical reason (not bad content, which is a rejection) and that it
 * stays in the inbox for the next run; without it a skipped file would only show in the step's counts.
 */
final class IngestSkipLog implements SkipListener<InboxFile, IngestOutcome> {

    private static final Logger LOG = LoggerFactory.getLogger(IngestSkipLog.class);

    @Override
    public void onSkipInProcess(InboxFile file, Throwable t) {
        warn(file, t);
    }

    @Override
    public void onSkipInWrite(IngestOutcome outcome, Throwable t) {
        warn(outcome.file(), t);
    }

    private static void warn(InboxFile file, Throwable t) {
        LOG.warn("{} could not be ingested and stays in the inbox for the next run: {}", file.path(), t.toString(), t);
    }
}
