package kaohe.ingest;

import java.util.List;
import kaohe.validate.DecodedReturn;
import kaohe.validate.Finding;

/** A decoded return (null when the workbook is not a usable template at all) and what was found. */
record DecodeResult(DecodedReturn decoded, List<Finding> findings) {

    public DecodeResult {
        findings = List.copyOf(findings);
    }
}
