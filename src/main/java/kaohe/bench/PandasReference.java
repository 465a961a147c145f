package kaohe.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * pandas.read_excel on the same .xlsx returns, in a Python process of its own, run while nothing else of the bench is:
 * goal 1 sets the client's CPU per return at a fifth of this. Measured in the same run as Kaohe's figure, so the ratio
 * holds on a machine whose speed moves from one hour to the next, where a figure copied from another day does not.
 */
final class PandasReference {

    /** At most this many files a scale: enough for a stable mean (they are alike), short enough at 100×. */
    static final int SAMPLE = 400;
    static final int WARM_UP = 10;
    private static final int MISSING_MODULE = 3;

    private final String python;

    /** {@code python}: the command that runs a Python with pandas and openpyxl. */
    PandasReference(String python) {
        this.python = python;
    }

    /** What pandas cost per file and how many cells it read, or why it was not measured. */
    record Figure(int files, long cpuNanos, long cells, String notMeasured) {

        static final Figure NOT_RUN = new Figure(0, -1, 0, "not asked for");

        static Figure notMeasured(String why) {
            return new Figure(0, -1, 0, why);
        }

        public boolean measured() {
            return notMeasured == null;
        }

        public double cpuMillisPerFile() {
            return measured() && files > 0 ? cpuNanos / 1e6 / files : -1;
        }

        /** Two reads of the same sample as one: their files, CPU and cells added up. */
        Figure and(Figure other) {
            return new Figure(files + other.files, cpuNanos + other.cpuNanos, cells + other.cells, null);
        }
    }

    /** Reads an even sample of {@code files} with pandas; {@code work} keeps the script, the list and what it printed. */
    Figure measure(List<Path> files, Path work) throws IOException, InterruptedException {
        if (files.isEmpty()) {
            return Figure.notMeasured("no .xlsx return to read");
        }
        Files.createDirectories(work);
        Path script = work.resolve("pandas_read_excel.py");
        try (InputStream in = PandasReference.class.getResourceAsStream("pandas_read_excel.py")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Path listing = work.resolve("pandas-files.txt");
        Files.write(listing, sample(files, SAMPLE).stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        // Output to files, as the bench's other child processes write theirs: nothing to drain, and left to read after.
        Path output = work.resolve("pandas-output.txt");
        Path errors = work.resolve("pandas-errors.txt");
        Process process;
        try {
            process = new ProcessBuilder(python, script.toString(), listing.toString(), Integer.toString(WARM_UP))
                    .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
        } catch (IOException e) {
            return Figure.notMeasured(python + " could not be started (" + e.getMessage() + ")");
        }
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return Figure.notMeasured(python + " did not finish within 30 minutes");
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);
        String err = Files.readString(errors, StandardCharsets.UTF_8).strip();
        String lastError = err.isEmpty() ? "" : err.substring(err.lastIndexOf('\n') + 1);
        if (process.exitValue() == MISSING_MODULE) {
            return Figure.notMeasured(python + " has no pandas or openpyxl (" + lastError + ")");
        }
        String[] fields = out.strip().split("\\s+");
        if (process.exitValue() != 0 || fields.length != 3) {
            return Figure.notMeasured(python + " failed with exit status " + process.exitValue() + (lastError.isEmpty() ? "" : ": " + lastError));
        }
        return new Figure(Integer.parseInt(fields[0]), Math.round(Double.parseDouble(fields[1]) * 1e9), Long.parseLong(fields[2]), null);
    }

    /** At most {@code limit} of {@code files}, spread evenly over the list, first included. */
    static List<Path> sample(List<Path> files, int limit) {
        if (files.size() <= limit) {
            return files;
        }
        List<Path> sample = new ArrayList<>(limit);
        for (int i = 0; i < limit; i++) {
            sample.add(files.get((int) ((long) i * files.size() / limit)));
        }
        return sample;
    }
}
