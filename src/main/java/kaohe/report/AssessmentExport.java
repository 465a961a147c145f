package kaohe.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import kaohe.plan.Plan;
import kaohe.score.AssessmentStore;
import kaohe.score.RankedUnit;
import kaohe.score.Ranking;
import kaohe.shared.Period;

/**
 * Ranks a finished scoring run and writes its outputs to {@code <home>/outbox/P/}. Each file is
 * written beside its final name and then renamed, so a reader never sees half a file; the same run
 * always writes the same bytes.
 */
public final class AssessmentExport {

    private final Plan plan;
    private final AssessmentStore store;
    private final Path home;

    public AssessmentExport(Plan plan, AssessmentStore store, Path home) {
        this.plan = plan;
        this.store = store;
        this.home = home;
    }

    public List<RankedUnit> export(long runId, Period period) {
        List<RankedUnit> ranked = Ranking.rank(store.load(runId, plan));
        Path outbox = outbox(period);
        write(outbox.resolve("scores.csv"), out -> ScoresCsv.write(ranked, out));
        write(outbox.resolve("totals.csv"), out -> TotalsCsv.write(ranked, out));
        return ranked;
    }

    public Path outbox(Period period) {
        return home.resolve("outbox").resolve(period.toString());
    }

    private static void write(Path file, Consumer<OutputStream> content) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.accept(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
