package kaohe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Where a failed command's stack trace goes, so the terminal gets one line and the operator the whole story. */
final class FailureLog {

    private FailureLog() {
    }

    /** Appends the trace to {@code <home>/logs/kaohe-errors.log}; returns that file, or null when it cannot be written. */
    static Path write(Path home, String command, Throwable failure) {
        if (home == null) {
            return null;
        }
        Path log = home.resolve("logs").resolve("kaohe-errors.log");
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, OffsetDateTime.now(ZoneOffset.UTC) + " kaohe " + command + " failed\n" + trace + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return log;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
