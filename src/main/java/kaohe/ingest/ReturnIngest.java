package kaohe.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kaohe.plan.Plan;
import kaohe.validate.Finding;
import kaohe.validate.PeriodOverPeriodRule;
import kaohe.validate.PreviousReturns;
import kaohe.validate.ValueRangeRule;

/**
 * Decides what one inbox file is: a duplicate of stored content, a rejected file with its findings, or
 * an accepted return. Reads and checks only; storing and moving are {@link ReturnFiler}'s.
 */
public final class ReturnIngest {

    private final Plan plan;
    private final WorkbookGuard guard;
    private final ReturnReader reader;
    private final ReturnDecoder decoder;
    private final ValueRangeRule ranges = new ValueRangeRule();
    private final PeriodOverPeriodRule periodOverPeriod;
    private final Function<String, Optional<Long>> storedHash;

    public ReturnIngest(Plan plan, IngestLimits limits, Function<String, Optional<Long>> storedHash,
                        PreviousReturns previousReturns) {
        this.plan = plan;
        this.guard = new WorkbookGuard(limits);
        this.reader = new ReturnReader(limits);
        this.decoder = new ReturnDecoder(plan);
        this.periodOverPeriod = new PeriodOverPeriodRule(previousReturns, limits.rateChangeWarning());
        this.storedHash = storedHash;
    }

    public IngestOutcome process(InboxFile file) throws IOException {
        String hash = ContentHash.of(file.path());
        Optional<Long> duplicateOf = storedHash.apply(hash);
        if (duplicateOf.isPresent()) {
            return new IngestOutcome(file, hash, ReturnStatus.DUPLICATE, null, List.of(), duplicateOf.get());
        }
        Optional<Finding> refused = guard.check(file.path(), file.originalName());
        if (refused.isPresent()) {
            return rejected(file, hash, null, List.of(refused.get()));
        }
        ReadResult read = reader.read(file.path());
        if (!read.isRead()) {
            return rejected(file, hash, null, List.of(read.failure()));
        }
        DecodeResult result = decoder.decode(read.raw(), file.folderUnit());
        List<Finding> findings = new ArrayList<>(result.findings());
        if (result.decoded() == null) {
            return rejected(file, hash, null, findings);
        }
        findings.addAll(ranges.check(result.decoded(), plan));
        findings.addAll(periodOverPeriod.check(result.decoded(), plan));
        boolean hasErrors = findings.stream().anyMatch(Finding::isError);
        return new IngestOutcome(file, hash, hasErrors ? ReturnStatus.REJECTED : ReturnStatus.ACCEPTED,
                result.decoded(), findings, null);
    }

    private static IngestOutcome rejected(InboxFile file, String hash, kaohe.validate.DecodedReturn decoded, List<Finding> findings) {
        return new IngestOutcome(file, hash, ReturnStatus.REJECTED, decoded, findings, null);
    }
}
