package kaohe.ingest;

import java.nio.file.Path;
import kaohe.plan.Plan;
import kaohe.validate.PreviousReturns;

/** Reads and judges one file with default limits, without a database, for tests of single files. */
final class Ingester {

    private Ingester() {
    }

    static IngestOutcome judge(Plan plan, Path file) throws Exception {
        return judge(plan, file, null, PreviousReturns.NONE);
    }

    static IngestOutcome judge(Plan plan, Path file, kaohe.shared.UnitCode folderUnit, PreviousReturns previous) throws Exception {
        InboxFile inboxFile = InboxFile.of(file, folderUnit);
        return new ReturnIngest(plan, IngestLimits.defaults(), new TemplateTrust(FilledReturn.SEAL, true), StagingArea.temporary(),
                hash -> java.util.Optional.empty(), previous).process(inboxFile);
    }
}
