package kaohe.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import kaohe.plan.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pandas figure goal 1 is set against, read in the same run as Kaohe's. */
class PandasReferenceTests {

    @TempDir
    Path work;

    @Test
    void pandasReadsTheSameXlsxReturnsAndItsCpuPerFileIsGiven() throws Exception {
        Optional<String> python = pythonWithPandas();
        assumeTrue(python.isPresent(), "no Python with pandas and openpyxl here (python3-pandas, python3-openpyxl): the reference is not checked");
        List<Path> returns = xlsxReturns(6);

        PandasReference.Figure figure = new PandasReference(python.get()).measure(returns, work.resolve("pandas"));

        assertThat(figure.notMeasured()).isNull();
        assertThat(figure.files()).isEqualTo(returns.size());
        assertThat(figure.cpuMillisPerFile()).as("pandas spends CPU on every return").isPositive();
        assertThat(figure.cells()).as("every sheet's values, at least the 4 indicators and 2 tasks of each return").isGreaterThan(6L * returns.size());
    }

    @Test
    void aPythonThatCannotBeStartedLeavesAReasonInsteadOfAFigure() throws Exception {
        PandasReference.Figure figure = new PandasReference("kaohe-no-such-python").measure(xlsxReturns(2), work.resolve("pandas"));

        assertThat(figure.measured()).isFalse();
        assertThat(figure.cpuMillisPerFile()).isNegative();
        assertThat(figure.notMeasured()).startsWith("kaohe-no-such-python could not be started");
    }

    @Test
    void aLargeScaleIsSampledEvenlyFromItsFirstFileToNearItsLast() {
        List<Path> files = IntStream.range(0, 8000).mapToObj(i -> Path.of("r" + i + ".xlsx")).toList();

        List<Path> sample = PandasReference.sample(files, 400);

        assertThat(sample).hasSize(400).doesNotHaveDuplicates().startsWith(Path.of("r0.xlsx")).endsWith(Path.of("r7980.xlsx"));
        assertThat(PandasReference.sample(files.subList(0, 300), 400)).as("a small scale is read whole").hasSize(300);
    }

    private List<Path> xlsxReturns(int units) throws Exception {
        Plan plan = Benchmark.load(new SyntheticPlan("pandas-" + units, units, 4, 2).write(work.resolve("plans")));
        return new SyntheticReturns(plan, kaohe.template.TemplateSeal.of("pandas-test"), Benchmark.PERIOD).write(work.resolve("staging"))
                .stream().filter(g -> g.kind() == SyntheticReturns.Kind.XLSX && !g.bad()).map(SyntheticReturns.Generated::file).toList();
    }

    /** The PATH's python3 first, then Debian's, where python3-pandas installs. */
    private static Optional<String> pythonWithPandas() {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process check = new ProcessBuilder(python, "-c", "import pandas, openpyxl").redirectErrorStream(true).start();
                check.getInputStream().readAllBytes();
                if (check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0) {
                    return Optional.of(python);
                }
            } catch (Exception e) {
                // this one is absent: try the next
            }
        }
        return Optional.empty();
    }
}
