package kaohe.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kaohe.audit.AuditTrail;
import kaohe.validate.Finding;
import kaohe.validate.ReturnValue;
import kaohe.validate.SelfAssessment;

/**
 * The rows stored returns add beside their {@code return_file} rows (values, self-assessments, findings, audit
 * events), held until {@link ReturnStore#write} puts each table's in as few statements as its row limit allows. A
 * chunk whose files all file cleanly writes them once for all its files; a file filed alone writes its own at once.
 */
final class ChunkRows {

    record Value(long returnId, ReturnValue value) {
    }

    record Assessment(long returnId, SelfAssessment assessment) {
    }

    record NumberedFinding(long returnId, int seq, Finding finding) {
    }

    final List<Value> values = new ArrayList<>();
    final List<Assessment> assessments = new ArrayList<>();
    final List<NumberedFinding> findings = new ArrayList<>();
    final List<AuditTrail.Stamped> events = new ArrayList<>();

    void add(long returnId, List<ReturnValue> returnValues) {
        returnValues.forEach(v -> values.add(new Value(returnId, v)));
    }

    void addAssessments(long returnId, List<SelfAssessment> selfAssessments) {
        selfAssessments.forEach(a -> assessments.add(new Assessment(returnId, a)));
    }

    void addFindings(long returnId, List<Finding> returnFindings) {
        for (int seq = 0; seq < returnFindings.size(); seq++) {
            findings.add(new NumberedFinding(returnId, seq, returnFindings.get(seq)));
        }
    }

    /** Each event keeps the moment its return was filed, not the moment the chunk is written. */
    void addEvents(List<AuditTrail.Entry> entries, Instant at) {
        entries.forEach(e -> events.add(new AuditTrail.Stamped(e, at)));
    }

    void clear() {
        values.clear();
        assessments.clear();
        findings.clear();
        events.clear();
    }
}
