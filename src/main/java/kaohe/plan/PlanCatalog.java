package kaohe.plan;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds plan folders under a plans directory ({@code data/plans/} by default) and picks the one a
 * command means: the given id, a folder path, or the one whose plan.properties says default=true.
 */
public final class PlanCatalog {

    private final Path plansDir;

    public PlanCatalog(Path plansDir) {
        this.plansDir = plansDir;
    }

    /**
     * The folder of the plan {@code idOrPath} names, or of the default plan when it is null or blank.
     *
     * @throws IllegalArgumentException when no such plan exists, or no single default does
     */
    public Path locate(String idOrPath) {
        if (idOrPath != null && !idOrPath.isBlank()) {
            Path byId = plansDir.resolve(idOrPath);
            if (idOrPath.matches("[A-Za-z0-9._-]+") && Files.isDirectory(byId)) {
                return byId;
            }
            Path asPath = Path.of(idOrPath);
            if (Files.isDirectory(asPath)) {
                return asPath;
            }
            throw new IllegalArgumentException("no plan '" + idOrPath + "' under " + plansDir + " and no such folder");
        }
        List<Path> defaults = folders().filter(PlanCatalog::isDefault).toList();
        if (defaults.size() != 1) {
            throw new IllegalArgumentException(defaults.isEmpty()
                    ? "no plan under " + plansDir + " is marked default=true; name one with --plan"
                    : "more than one plan under " + plansDir + " is marked default=true: " + defaults);
        }
        return defaults.get(0);
    }

    private Stream<Path> folders() {
        if (!Files.isDirectory(plansDir)) {
            return Stream.empty();
        }
        try (Stream<Path> list = Files.list(plansDir)) {
            return list.filter(Files::isDirectory).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isDefault(Path dir) {
        Path file = dir.resolve(PlanHeaderReader.FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            return false;
        }
        return Boolean.parseBoolean(p.getProperty("default", "false").trim());
    }
}
