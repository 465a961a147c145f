package kaohe.score;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kaohe.plan.Plan;
import kaohe.shared.Period;

/**
 * The adjustments folder, {@code <home>/adjustments/}: one file per period, {@code 2019Q4.csv}. A file is
 * read again only when it changed, since every unit of a run asks for its period's adjustments.
 */
public final class AdjustmentFiles {

    private record Read(long size, long modified, Adjustments adjustments) {
    }

    private final Path folder;
    private final Plan plan;
    private final Map<Period, Read> cache = new ConcurrentHashMap<>();

    public AdjustmentFiles(Path folder, Plan plan) {
        this.folder = folder;
        this.plan = plan;
    }

    public Path fileOf(Period period) {
        return folder.resolve(period + ".csv");
    }

    public Adjustments of(Period period) {
        Path file = fileOf(period);
        if (!Files.isRegularFile(file)) {
            cache.remove(period);
            return Adjustments.none();
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Read read = cache.get(period);
            if (read == null || read.size() != attributes.size() || read.modified() != attributes.lastModifiedTime().toMillis()) {
                read = new Read(attributes.size(), attributes.lastModifiedTime().toMillis(), Adjustments.load(file, plan));
                cache.put(period, read);
            }
            return read.adjustments();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
