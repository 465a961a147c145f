package kaohe.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kaohe.plan.Plan;
import kaohe.validate.DecodedReturn;
import kaohe.validate.Finding;
import kaohe.validate.PeriodOverPeriodRule;
import kaohe.validate.PreviousReturns;
import kaohe.validate.ValueRangeRule;

/**
 * Decides what one inbox file is: a duplicate of stored content, a rejected file with its findings, or
 * an accepted return. It reads the inbox file once, into a private copy, and judges only that copy.
 * Reads and checks only; storing and moving are {@link ReturnFiler}'s.
 */
public final class ReturnIngest {

    private final Plan plan;
    private final WorkbookGuard guard;
    private final ReturnReader reader;
    private final ReturnDecoder decoder;
    private final ValueRangeRule ranges = new ValueRangeRule();
    private final PeriodOverPeriodRule periodOverPeriod;
    private final StagingArea staging;
    private final Function<String, Optional<Long>> storedHash;

    public ReturnIngest(Plan plan, IngestLimits limits, TemplateTrust trust, StagingArea staging,
                        Function<String, Optional<Long>> storedHash, PreviousReturns previousReturns) {
        this.plan = plan;
        this.guard = new WorkbookGuard(limits);
        this.reader = new ReturnReader(limits);
        this.decoder = new ReturnDecoder(plan, trust);
        this.periodOverPeriod = new PeriodOverPeriodRule(previousReturns, limits.rateChangeWarning());
        this.staging = staging;
        this.storedHash = storedHash;
    }

    /** The outcome for the file, or empty when it changed or went away before it could be read whole. */
    public Optional<IngestOutcome> take(InboxFile file) throws IOException {
        Optional<StagingArea.Staged> staged = staging.stage(file);
        if (staged.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(judge(staged.get()));
        } catch (IOException | RuntimeException e) {
            staged.get().discard();
            throw e;
        }
    }

    /** {@link #take}, for a file nobody else touches. */
    public IngestOutcome process(InboxFile file) throws IOException {
        return take(file).orElseThrow(() -> new IOException(file.path() + " changed while it was read"));
    }

    /** The file judged again from the same staged bytes, against what has been stored since it was first judged. */
    public IngestOutcome again(IngestOutcome earlier) throws IOException {
        return judge(earlier.staged());
    }

    private IngestOutcome judge(StagingArea.Staged staged) throws IOException {
        InboxFile file = staged.source();
        String hash = staged.contentHash();
        Optional<Long> duplicateOf = storedHash.apply(hash);
        if (duplicateOf.isPresent()) {
            return new IngestOutcome(file, hash, ReturnStatus.DUPLICATE, null, List.of(), duplicateOf.get(), staged);
        }
        WorkbookGuard.Inspection inspected = guard.inspect(staged.copy(), file.originalName());
        if (inspected.refusal().isPresent()) {
            return rejected(staged, null, List.of(inspected.refusal().get()));
        }
        ReadResult read = reader.read(staged.copy(), inspected.parts());
        if (!read.isRead()) {
            return rejected(staged, null, List.of(read.failure()));
        }
        DecodeResult result = decoder.decode(read.raw(), file.folderUnit());
        List<Finding> findings = new ArrayList<>(result.findings());
        if (result.decoded() == null) {
            return rejected(staged, null, findings);
        }
        findings.addAll(ranges.check(result.decoded(), plan));
        findings.addAll(periodOverPeriod.check(result.decoded(), plan));
        boolean hasErrors = findings.stream().anyMatch(Finding::isError);
        return new IngestOutcome(file, hash, hasErrors ? ReturnStatus.REJECTED : ReturnStatus.ACCEPTED,
                result.decoded(), findings, null, staged);
    }

    private static IngestOutcome rejected(StagingArea.Staged staged, DecodedReturn decoded, List<Finding> findings) {
        return new IngestOutcome(staged.source(), staged.contentHash(), ReturnStatus.REJECTED, decoded, findings, null, staged);
    }
}
