package kaohe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The box beside a unit's total and rating: its place in the group on one line, last quarter's place on the next. */
class RankBoxTests {

    @TempDir
    Path temp;

    @Test
    void aPlaceAmongTenThousandUnitsStaysOnOneLineWithLastQuartersBelowIt() throws Exception {
        ReportInput input = ReportSamples.firstUnitReport();
        String place = UnitReport.rankLine(9_999, 10_000, "县（市、区）");
        String before = "（上期第 10000 名，↑1）";
        Map<String, Object> parameters = new HashMap<>(input.parameters());
        parameters.put("rankText", place + "\n" + before);
        Path pdf = ReportSamples.unitPdf(parameters, input.rows(), temp.resolve("unit.pdf"));

        List<String> firstPage = PdfLines.of(pdf).stream().filter(l -> l.page() == 1).map(l -> flat(l.text())).toList();
        assertThat(firstPage).as("the place, whole on one line").contains(flat(place));
        assertThat(firstPage).as("last quarter's place, on its own line").contains(flat(before));
    }

    private static String flat(String text) {
        return text.replaceAll("\\s", "");
    }
}
