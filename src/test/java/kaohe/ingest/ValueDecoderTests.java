package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import kaohe.plan.Indicator;
import kaohe.plan.ShippedPlan;
import kaohe.shared.ItemCode;
import kaohe.validate.Finding;
import kaohe.validate.ValueState;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What people type, and what Kaohe reads. Q02 is a percentage, Q05 a count, Q14 allows 不适用. */
class ValueDecoderTests {

    private final ValueDecoder decoder = new ValueDecoder();

    @ParameterizedTest(name = "{0}: text \"{1}\" -> {2} {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Q02 | 95          | VALUE          | 95    | null
            Q02 | 95%         | VALUE          | 95    | null
            Q02 | ９５         | VALUE          | 95    | null
            Q02 | ９５．５％     | VALUE          | 95.5  | null
            Q02 | '  95.0 '   | VALUE          | 95    | null
            Q02 | 0.5%        | VALUE          | 0.5   | null
            Q02 | 0.95        | INVALID        | null  | C105
            Q02 | 九十          | INVALID        | null  | C101
            Q02 | 无           | INVALID        | null  | C106
            Q02 | —           | INVALID        | null  | C106
            Q14 | 无           | NOT_APPLICABLE | null  | null
            Q14 | /           | NOT_APPLICABLE | null  | null
            Q14 | —           | NOT_APPLICABLE | null  | null
            Q05 | 1,234       | VALUE          | 1234  | null
            Q05 | 1，234       | VALUE          | 1234  | null
            Q05 | 1,5         | INVALID        | null  | C115
            Q02 | 58,9        | INVALID        | null  | C115
            Q05 | 1,2345      | INVALID        | null  | C115
            Q05 | 1,23,4      | INVALID        | null  | C105
            Q02 | 1个          | INVALID        | null  | C101
            Q05 | 12%         | INVALID        | null  | C105
            Q05 | +3          | VALUE          | 3     | null
            Q05 | 1e20        | INVALID        | null  | C111
            Q05 | 1e15        | INVALID        | null  | C111
            Q05 | 1e999999999 | INVALID        | null  | C111
            Q05 | NaN         | INVALID        | null  | C101
            Q02 | 95.1234567  | INVALID        | null  | C114
            Q02 | 1e-7%       | INVALID        | null  | C114
            Q02 | 95.123456   | VALUE          | 95.123456 | null
            """)
    void decodesTypedText(String code, String typed, ValueState state, String value, String findingCode) {
        ValueDecoder.Decoded decoded = decoder.indicator(indicator(code), new RawCell("E6", typed, null, false, null), "");

        assertThat(decoded.value().state()).isEqualTo(state);
        if (value == null) {
            assertThat(decoded.value().value()).isNull();
        } else {
            assertThat(decoded.value().value()).isEqualByComparingTo(value);
        }
        assertThat(decoded.finding() == null ? null : decoded.finding().code().name()).isEqualTo(findingCode);
    }

    @ParameterizedTest(name = "{0}: number {1}, percent format {2} -> {3} {4}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Q02 | 95    | false | 95    | null
            Q02 | 0.95  | true  | 95    | null
            Q02 | 0.955 | true  | 95.5  | null
            Q02 | 0.95  | false | null  | C105
            Q02 | 1     | false | null  | C105
            Q02 | 0     | false | 0     | null
            Q05 | 4     | false | 4     | null
            Q05 | 0.04  | true  | null  | C105
            Q05 | 1e15  | false | null  | C111
            Q05 | NaN   | false | null  | C111
            Q05 | Infinity | false | null | C111
            Q02 | 95.1234567 | false | null | C114
            Q02 | 0.30000000000000004 | true | 30 | null
            Q05 | 9999999999999 | false | 9999999999999 | null
            """)
    void decodesNumbersByTheirCellFormat(String code, double number, boolean percentFormat, String value, String findingCode) {
        ValueDecoder.Decoded decoded = decoder.indicator(indicator(code),
                new RawCell("E6", String.valueOf(number), number, percentFormat, null), "");

        if (value == null) {
            assertThat(decoded.value().state()).isEqualTo(ValueState.INVALID);
        } else {
            assertThat(decoded.value().value()).isEqualByComparingTo(value);
        }
        assertThat(decoded.finding() == null ? null : decoded.finding().code().name()).isEqualTo(findingCode);
    }

    @ParameterizedTest(name = "status \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            已完成     | VALUE   | null
            ' 滞后 '   | VALUE   | null
            进行中     | INVALID | C107
            ''        | BLANK   | C110
            """)
    void decodesTaskStatuses(String typed, ValueState state, String findingCode) {
        ValueDecoder.Decoded decoded = decoder.task(ItemCode.of("T11"), new RawCell("D6", typed == null ? "" : typed, null, false, null), "");

        assertThat(decoded.value().state()).isEqualTo(state);
        assertThat(decoded.finding() == null ? null : decoded.finding().code().name()).isEqualTo(findingCode);
    }

    @org.junit.jupiter.api.Test
    void aDateFormattedNumberIsNotTakenAsTheCountItLooksLike() {
        ValueDecoder.Decoded decoded = decoder.indicator(indicator("Q05"),
                new RawCell("E6", "2019/6/30", 43646.0, false, null, true, false), "");

        assertThat(decoded.value().state()).isEqualTo(ValueState.INVALID);
        assertThat(decoded.finding().code()).isEqualTo(kaohe.validate.FindingCode.C112);
        assertThat(decoded.finding().message()).contains("2019/6/30");
    }

    @org.junit.jupiter.api.Test
    void aFormulaSavedWithoutItsResultIsAnErrorNotABlank() {
        ValueDecoder.Decoded decoded = decoder.indicator(indicator("Q02"), new RawCell("E6", "", null, false, null, false, true), "");

        assertThat(decoded.value().state()).isEqualTo(ValueState.INVALID);
        assertThat(decoded.finding().code()).isEqualTo(kaohe.validate.FindingCode.C113);
        assertThat(decoded.finding().isError()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aFindingPointsAtTheCellAndSaysHowToFixIt() {
        Finding finding = decoder.indicator(indicator("Q02"), new RawCell("E6", "0.95", 0.95, false, null), "").finding();

        assertThat(finding.location()).isEqualTo("指标!E6");
        assertThat(finding.message()).isEqualTo("数值“0.95”含义不明确：可能是 95%，也可能是 0.95%");
        assertThat(finding.hint()).contains("95% 填 95");
    }

    private static Indicator indicator(String code) {
        return ShippedPlan.plan().indicator(ItemCode.of(code)).orElseThrow();
    }
}
