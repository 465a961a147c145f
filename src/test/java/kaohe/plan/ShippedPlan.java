package kaohe.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The plan and seed documents as shipped, for tests that check one against the other. */
public final class ShippedPlan {

    public static final Path FOLDER = Path.of("data/plans/jiaxing-2017-2019");
    public static final Path SEEDS = Path.of("../shared/seeds");

    private static Plan plan;

    private ShippedPlan() {
    }

    public static synchronized Plan plan() {
        if (plan == null) {
            PlanLoad load = new PlanLoader().load(FOLDER);
            if (!load.isValid()) {
                throw new IllegalStateException("shipped plan is invalid: " + load.problems());
            }
            plan = load.plan();
        }
        return plan;
    }

    /**
     * Skips the calling test, saying why, on a clone with no seed documents beside it: the checks
     * against the seeds run where they are (CI has them), everything else runs anywhere.
     */
    public static Path seeds() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(SEEDS),
                "the seed documents are not at " + SEEDS + " beside this clone: this check against them is skipped");
        return SEEDS;
    }

    /** A seed file's text with all whitespace removed, so phrases can be found across line breaks. */
    public static String seedText(String seedFilePrefix) {
        seeds();
        try (var files = Files.list(SEEDS)) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(seedFilePrefix + "_"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no seed " + seedFilePrefix + " in " + SEEDS));
            return Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
