package kaohe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What other systems and office staff open: no submitted text turns into a live formula, no number changes. */
class InterfaceCsvTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            =HYPERLINK("http://x","点我").xlsx | '=HYPERLINK("http://x","点我").xlsx
            +cmd.xlsx                        | '+cmd.xlsx
            -rf 桐乡.xlsx                      | '-rf 桐乡.xlsx
            @SUM(A1).xlsx                    | '@SUM(A1).xlsx
            -3.5                             | -3.5
            +2                               | +2
            1E+2                             | 1E+2
            南湖区.xlsx                        | 南湖区.xlsx
            """)
    void cellsASpreadsheetWouldRunAsFormulasAreDefusedAndNumbersAreNot(String cell, String written) {
        assertThat(InterfaceCsv.defused(cell)).isEqualTo(written);
    }

    @Test
    void aTabOrCarriageReturnAtTheStartIsDefusedToo() {
        assertThat(InterfaceCsv.defused("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(InterfaceCsv.defused("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void theWrittenFileCarriesTheDefusedCellAndTheHeaderAsIs() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        InterfaceCsv.write(out, List.of("source_file", "score"), List.of(List.of("=1+1.xlsx", "-2.50")));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFsource_file,score\r\n'=1+1.xlsx,-2.50\r\n");
    }
}
