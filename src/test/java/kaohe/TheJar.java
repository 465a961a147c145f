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

    /** {@code java [archive options] [jvmOptions] -jar target/kaohe.jar}, ready for the command's arguments. */
    public static List<String> command(String... jvmOptions) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (Files.isRegularFile(ARCHIVE)) {
            command.addAll(archiveOptions());
        }
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", JAR.toString()));
        return command;
    }

    /** The options README's commands use: the archive, and no CDS chatter should it not match (the JVM then runs without). */
    public static List<String> archiveOptions() {
        return List.of("-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }
}
