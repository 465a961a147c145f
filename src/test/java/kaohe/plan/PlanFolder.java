package kaohe.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A writable copy of the shipped plan that a test can break line by line. */
public final class PlanFolder {

    private final Path dir;

    private PlanFolder(Path dir) {
        this.dir = dir;
    }

    /** Copies the shipped plan into {@code parent}/jiaxing-2017-2019. */
    public static PlanFolder copyOfShipped(Path parent) {
        Path dir = parent.resolve(ShippedPlan.FOLDER.getFileName());
        try (Stream<Path> files = Files.list(ShippedPlan.FOLDER)) {
            Files.createDirectories(dir);
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PlanFolder(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Replaces the first line starting with {@code prefix}; returns its 1-based line number. */
    public int replaceLine(String file, String prefix, String replacement) {
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                lines.set(i, replacement);
                write(file, lines);
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line starting with " + prefix + " in " + file);
    }

    /**
     * Sets one named column of the first row starting with {@code prefix}, adding the column to the header when the file
     * lacks it, so a test does not depend on where the shipped file keeps its optional columns. Cells hold no commas.
     * Returns the row's 1-based line number.
     */
    public int set(String file, String prefix, String column, String value) {
        List<String> lines = lines(file);
        List<String> header = new java.util.ArrayList<>(List.of(lines.get(0).split(",", -1)));
        int c = header.indexOf(column);
        if (c < 0) {
            header.add(column);
            c = header.size() - 1;
            lines.set(0, String.join(",", header));
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                List<String> cells = new java.util.ArrayList<>(List.of(lines.get(i).split(",", -1)));
                while (cells.size() < header.size()) {
                    cells.add("");
                }
                cells.set(c, value);
                lines.set(i, String.join(",", cells));
                write(file, lines);
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no line starting with " + prefix + " in " + file);
    }

    /** Writes {@code file} afresh with these lines (a file the shipped plan does not have, such as unit-targets.csv). */
    public void write(String file, String... lines) {
        write(file, List.of(lines));
    }

    /** Appends a line; returns its 1-based line number. */
    public int appendLine(String file, String line) {
        List<String> lines = lines(file);
        lines.add(line);
        write(file, lines);
        return lines.size();
    }

    public String line(String file, String prefix) {
        return lines(file).stream().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow();
    }

    public int lineNumber(String file, String prefix) {
        List<String> lines = lines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(prefix);
    }

    private List<String> lines(String file) {
        try {
            return new ArrayList<>(Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String file, List<String> lines) {
        try {
            Files.write(dir.resolve(file), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
