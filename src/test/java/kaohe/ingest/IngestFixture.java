package kaohe.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.plan.ShippedPlan;
import org.springframework.context.ConfigurableApplicationContext;

/** A home with an inbox and the application over it, as the ingest job tests use them. */
final class IngestFixture {

    private IngestFixture() {
    }

    /** Three partitions whatever the machine's cores, so every test runs workers concurrently; nothing waits to settle. */
    static ConfigurableApplicationContext start(Path home, DatabaseSettings database) {
        return KaoheApplication.start(home, database, Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(),
                "kaohe.ingest.settle-seconds", 0, "kaohe.ingest.threads", 3));
    }

    /** A path in the home's inbox, its folders made. */
    static Path inbox(Path home, String relative) throws IOException {
        Path file = home.resolve("inbox").resolve(relative);
        Files.createDirectories(file.getParent());
        return file;
    }

    /** Every plain file below {@code dir}; none when it does not exist. */
    static List<Path> files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
