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
import kaohe.shared.DataFileProblem;

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
     * @throws DataFileProblem when no such plan exists, or no single default does, saying where it looked
     */
    public Path locate(String idOrPath) {
        if (!Files.isDirectory(plansDir) && (idOrPath == null || idOrPath.isBlank() || !Files.isDirectory(Path.of(idOrPath)))) {
            throw new DataFileProblem("找不到计划文件夹 " + plansDir.toAbsolutePath().normalize() + "（当前目录 "
                    + Path.of("").toAbsolutePath() + "）：请在 Kaohe 的目录（含 data/plans 的那一层）运行，"
                    + "或用 --plans-dir 或环境变量 KAOHE_PLANS_DIR 指明计划文件夹");
        }
        if (idOrPath != null && !idOrPath.isBlank()) {
            Path byId = plansDir.resolve(idOrPath);
            if (idOrPath.matches("[A-Za-z0-9._-]+") && Files.isDirectory(byId)) {
                return byId;
            }
            Path asPath = Path.of(idOrPath);
            if (Files.isDirectory(asPath)) {
                return asPath;
            }
            throw new DataFileProblem("没有计划“" + idOrPath + "”：" + plansDir.toAbsolutePath().normalize()
                    + " 下没有这个计划编号，也没有这个文件夹");
        }
        List<Path> defaults = folders().filter(PlanCatalog::isDefault).toList();
        if (defaults.size() != 1) {
            throw new DataFileProblem(defaults.isEmpty()
                    ? plansDir.toAbsolutePath().normalize() + " 下没有标为 default=true 的计划：请用 --plan 指明计划编号"
                    : plansDir.toAbsolutePath().normalize() + " 下有多个计划标为 default=true（" + defaults + "）：只能有一个");
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
