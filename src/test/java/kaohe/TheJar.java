package kaohe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the jar tests launch Kaohe: as README documents it, the build's extracted layout ({@code target/kaohe.jar} beside
 * {@code target/lib/}) with the class-data-sharing archive the build made, when there is one.
 */
public final class TheJar {

    public static final Path JAR = Path.of("target/kaohe.jar");
    public static final Path ARCHIVE = Path.of("target/kaohe.jsa");

    private TheJar() {
    }

    /** A command run once, as README writes it: {@code java [archive options] -XX:TieredStopAtLevel=1 [jvmOptions] -jar target/kaohe.jar}. */
    public static List<String> command(String... jvmOptions) {
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1"));
        options.addAll(List.of(jvmOptions));
        return launch(options);
    }

    /** {@code serve}, as README writes it: with the archive and both compilers, since it runs for months. */
    public static List<String> service() {
        return launch(List.of());
    }

    private static List<String> launch(List<String> jvmOptions) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (Files.isRegularFile(ARCHIVE)) {
            command.addAll(archiveOptions());
        }
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        return command;
    }

    /** The options README's commands use: the archive, and no CDS chatter should it not match (the JVM then runs without). */
    public static List<String> archiveOptions() {
        return List.of("-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }
}
