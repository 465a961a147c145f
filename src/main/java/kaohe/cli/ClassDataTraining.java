package kaohe.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * The build's class-data-sharing run: a command, as {@link Kaohe} runs it, after loading the MySQL driver's
 * classes. The archive holds the classes its run loaded, and the build's run plays the demo on the embedded
 * database, so without this every command against MySQL loaded and verified some 300 driver classes from
 * their jar (about a tenth of a second of {@code status}).
 */
public final class ClassDataTraining {

    private ClassDataTraining() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("预载 MySQL 驱动的类：" + loadDriverClasses() + " 个");
        System.exit(KaoheCommand.commandLine(args).execute(args));
    }

    /** Loads every class of the driver's jar that loads here (its optional parts need libraries Kaohe leaves out); how many. */
    static int loadDriverClasses() throws IOException {
        Path jar;
        try {
            jar = Path.of(com.mysql.cj.jdbc.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return 0;
        }
        ClassLoader loader = ClassDataTraining.class.getClassLoader();
        int loaded = 0;
        try (JarFile classes = new JarFile(jar.toFile())) {
            for (JarEntry entry : java.util.Collections.list(classes.entries())) {
                String name = entry.getName();
                if (name.startsWith("com/mysql/cj/") && name.endsWith(".class")) {
                    try {
                        Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false, loader);
                        loaded++;
                    } catch (LinkageError | ClassNotFoundException e) {
                        // Needs a library that is not on the class path (protocol buffers, OpenTelemetry, …).
                    }
                }
            }
        }
        return loaded;
    }
}
