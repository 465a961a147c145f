package kaohe.ingest;

import java.nio.file.Path;
import java.util.List;
import kaohe.validate.DecodedReturn;
import kaohe.validate.Finding;

/**
 * What ingest concluded about one file, before anything is stored or moved.
 *
 * @param decoded     null when the file could not be decoded as a return
 * @param duplicateOf the stored return with the same content, for a DUPLICATE
 * @param staged      ingest's own copy of the bytes that were hashed and judged: what is archived
 */
public record IngestOutcome(InboxFile file, String contentHash, ReturnStatus status, DecodedReturn decoded,
                            List<Finding> findings, Long duplicateOf, StagingArea.Staged staged) {

    public IngestOutcome {
        findings = List.copyOf(findings);
    }

    /** The bytes that were judged: the staged copy. */
    public Path content() {
        return staged.copy();
    }

    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }
}
