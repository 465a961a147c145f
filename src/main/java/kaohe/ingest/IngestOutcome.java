package kaohe.ingest;

import java.util.List;
import kaohe.validate.DecodedReturn;
import kaohe.validate.Finding;

/**
 * What ingest concluded about one file, before anything is stored or moved.
 *
 * @param decoded     null when the file could not be decoded as a return
 * @param duplicateOf the stored return with the same content, for a DUPLICATE
 */
public record IngestOutcome(InboxFile file, String contentHash, ReturnStatus status, DecodedReturn decoded,
                            List<Finding> findings, Long duplicateOf) {

    public IngestOutcome {
        findings = List.copyOf(findings);
    }

    public long errors() {
        return findings.stream().filter(Finding::isError).count();
    }

    public long warnings() {
        return findings.size() - errors();
    }
}
