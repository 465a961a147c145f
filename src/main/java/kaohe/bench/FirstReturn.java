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

    /**
     * One way of launching Kaohe: the self-contained jar, the extracted layout (target/kaohe.jar with target/lib/), or
     * that layout with the class-data-sharing archive made at build time.
     */
    public record Launch(String label, Path jar, List<String> jvmOptions) {
    }

    /** The ways to launch that can be timed here, and the archive beside the jar when it does not map onto it. */
    public record Launches(List<Launch> ways, java.util.Optional<Path> unmappedArchive) {

        /** What bench prints under its start-up table when the archive was left out, so no one reads the rows as with it. */
        public java.util.Optional<String> unmappedNote() {
            return unmappedArchive.map(archive -> archive.getFileName() + " 与此 jar 不符（复制到别处或已重新构建），未计使用归档的启动；"
                    + "请在构建所在的位置运行 bench。");
        }
    }

    /** The launches to compare, found beside the jar this JVM runs from; none when it was not started from a jar. */
    public static Launches launches() throws IOException, InterruptedException {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return new Launches(List.of(), java.util.Optional.empty());
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        String stem = jar.getFileName().toString().replaceAll("(-standalone)?\\.jar$", "");
        List<Launch> launches = new ArrayList<>();
        Path standalone = jar.resolveSibling(stem + "-standalone.jar");
        Path layout = jar.resolveSibling(stem + ".jar");
        Path archive = jar.resolveSibling(stem + ".jsa");
        if (Files.isRegularFile(standalone)) {
            launches.add(new Launch("self-contained jar", standalone, List.of()));
        }
        java.util.Optional<Path> unmapped = java.util.Optional.empty();
        if (Files.isDirectory(layout.resolveSibling("lib"))) {
            launches.add(new Launch("extracted layout", layout, List.of()));
            if (Files.isRegularFile(archive) && !archiveMaps(layout, archive)) {
                unmapped = java.util.Optional.of(archive);
            } else if (Files.isRegularFile(archive)) {
                // -Xshare:on: a run the archive stopped mapping onto fails here instead of being timed without it.
                launches.add(new Launch("extracted layout with the class-data-sharing archive", layout,
                        List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on")));
                // For a command over in a second or two, the optimising compiler's work never pays back.
                launches.add(new Launch("the same, C1 only (short commands)", layout,
                        List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-XX:TieredStopAtLevel=1")));
            }
        }
        return new Launches(launches, unmapped);
    }

    /**
     * Whether the JVM maps {@code archive} onto {@code jar}. It records the class path it was made with, so a jar and
     * archive copied elsewhere, or rebuilt since, run without it; README's commands then only lose its gain, silently.
     */
    public static boolean archiveMaps(Path jar, Path archive) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(), "--version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return false;
        }
        return process.exitValue() == 0;
    }

    /** Seconds from launch to exit of {@code java [options] -jar JAR status} on the home {@link #seconds} left behind. */
    public static double statusSeconds(Path work, Path planDir, DatabaseSettings database, Launch launch) throws IOException, InterruptedException {
        Path home = work.resolve("first-return-" + launch.label().hashCode());
        return timed(launch, home, database, List.of("status", "--home", home.toString(), "--plans-dir", planDir.getParent().toString(),
                "--plan", planDir.toString()), "status.log");
    }

    /** Seconds from launch to exit of a new {@code ingest} process storing one return. */
    public static double seconds(Path work, Path planDir, DatabaseSettings database, Launch launch) throws IOException, InterruptedException {
        Plan plan = Benchmark.load(planDir);
        Path home = work.resolve("first-return-" + launch.label().hashCode());
        // Before the benchmark's quarter, so no earlier cumulative figure can make this one look wrong.
        Period period = Period.of("2019Q1");
        Path file = home.resolve("inbox").resolve(plan.units().get(0).code().value()).resolve("first.xlsx");
        new DemoReturns(plan, kaohe.template.TemplateSeal.forInstallation(home), period).write(plan.units().get(0), 1, false, file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        double seconds = timed(launch, home, database, List.of("ingest", "--home", home.toString(), "--plans-dir",
                planDir.getParent().toString(), "--plan", planDir.toString()), "ingest.log");
        if (!Files.exists(home.resolve("archive").resolve(period.toString()))) {
            throw new IOException("ingest of one return stored nothing; see " + home.resolve("ingest.log"));
        }
        return seconds;
    }

    private static double timed(Launch launch, Path home, DatabaseSettings database, List<String> arguments, String log)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m"));
        command.addAll(launch.jvmOptions());
        command.addAll(List.of("-jar", launch.jar().toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve(log).toFile());
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
            throw new IOException(arguments.get(0) + " did not finish in 120 s; see " + home.resolve(log));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (process.exitValue() != 0) {
            throw new IOException(arguments.get(0) + " failed (exit " + process.exitValue() + "); see " + home.resolve(log));
        }
        return seconds;
    }
}
