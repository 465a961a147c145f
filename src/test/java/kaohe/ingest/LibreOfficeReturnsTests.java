package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import kaohe.plan.ShippedPlan;
import kaohe.shared.ItemCode;
import kaohe.validate.ReturnValue;
import kaohe.validate.Finding;
import kaohe.validate.ValueState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Templates opened and saved by LibreOffice (fixtures, see their README) are accepted with their values. */
class LibreOfficeReturnsTests {

    @ParameterizedTest
    @ValueSource(strings = {"南湖区-2019Q2.xlsx", "南湖区-2019Q2.xls"})
    void returnSavedByLibreOfficeIsAcceptedWithItsValues(String fixture) throws Exception {
        Path file = Path.of("src/test/resources/fixtures/libreoffice").resolve(fixture);

        IngestOutcome outcome = Ingester.judge(ShippedPlan.plan(), file);

        // Sealed with the test secret: the seal on the very-hidden sheet survives a LibreOffice save too.
        assertThat(outcome.findings()).extracting(Finding::code).isEmpty();
        assertThat(outcome.status()).isEqualTo(ReturnStatus.ACCEPTED);
        assertThat(outcome.decoded().unit().value()).isEqualTo("330402");
        assertValue(outcome, "Q02", "96.5", "E6");
        assertValue(outcome, "Q03", "98.2", "E7");
        assertValue(outcome, "E01", "40", "E11");
        assertValue(outcome, "E02", "0", "E12");
        assertValue(outcome, "E03", "60", "E13");
        assertThat(value(outcome, "Q14").state()).isEqualTo(ValueState.NOT_APPLICABLE);
        assertThat(value(outcome, "T13").status()).isEqualTo("滞后");
        assertThat(value(outcome, "T13").cell()).isEqualTo("D8");
    }

    private static void assertValue(IngestOutcome outcome, String code, String expected, String cell) {
        ReturnValue value = value(outcome, code);
        assertThat(value.value()).as(code).isEqualByComparingTo(expected);
        assertThat(value.cell()).as(code + " cell").isEqualTo(cell);
        assertThat(value.sheet()).isEqualTo("指标");
    }

    private static ReturnValue value(IngestOutcome outcome, String code) {
        return outcome.decoded().value(ItemCode.of(code)).orElseThrow();
    }
}
