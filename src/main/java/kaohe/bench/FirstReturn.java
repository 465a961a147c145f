package kaohe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kaohe.DatabaseSettings;
import kaohe.demo.DemoReturns;
import kaohe.plan.Plan;
import kaohe.shared.Period;

/**
 * How soon a cold JVM stores a return: starts {@code java -jar kaohe.jar ingest} as a new process on
 * an inbox holding one return and times it from launch to exit. The return is stored before the
 * process exits, so the figure is an upper bound.
 */
public final class FirstReturn {

    private FirstReturn() {
    }

    /** Seconds from launch to exit, or -1 when this JVM was not started from the jar. */
    public static double seconds(Path work, Path planDir, DatabaseSettings database) throws IOException, InterruptedException {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return -1;
        }
        Plan plan = Benchmark.load(planDir);
        Path home = work.resolve("first-return");
        // Before the benchmark's quarter, so no earlier cumulative figure can make this one look wrong.
        Period period = Period.of("2019Q1");
        Path file = home.resolve("inbox").resolve(plan.units().get(0).code().value()).resolve("first.xlsx");
        new DemoReturns(plan, kaohe.template.TemplateSeal.forInstallation(home), period).write(plan.units().get(0), 1, false, file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-jar", classPath, "ingest",
                "--home", home.toString(), "--plans-dir", planDir.getParent().toString(), "--plan", planDir.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("ingest.log").toFile());
        String secret = System.getProperty(kaohe.template.TemplateSeal.PROPERTY);
        if (secret != null && !secret.isBlank()) {
            // The child seals nothing, but must check with the secret this process sealed with.
            builder.environment().put(kaohe.template.TemplateSeal.ENVIRONMENT, secret);
        }
        if (!database.isEmbedded()) {
            builder.environment().put("KAOHE_DB_URL", database.url());
            builder.environment().put("KAOHE_DB_USER", database.user() == null ? "" : database.user());
            builder.environment().put("KAOHE_DB_PASSWORD", database.password() == null ? "" : database.password());
        }
        long started = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("ingest of one return did not finish in 120 s; see " + home.resolve("ingest.log"));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (process.exitValue() != 0 || !Files.exists(home.resolve("archive").resolve(period.toString()))) {
            throw new IOException("ingest of one return failed (exit " + process.exitValue() + "); see " + home.resolve("ingest.log"));
        }
        return seconds;
    }
}
