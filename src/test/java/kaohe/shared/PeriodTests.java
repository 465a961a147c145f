package kaohe.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTests {

    @Test
    void parsesAndPrintsTheQuarterForm() {
        Period p = Period.of("2019Q2");

        assertThat(p).isEqualTo(new Period(2019, 2));
        assertThat(p.toString()).isEqualTo("2019Q2");
        assertThat(p.firstDay()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(p.lastDay()).isEqualTo(LocalDate.of(2019, 6, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019Q5", "2019Q0", "2019-Q2", "19Q2", "", "Q2"})
    void rejectsTextThatIsNotAQuarter(String text) {
        assertThat(Period.isValid(text)).isFalse();
        assertThatThrownBy(() -> Period.of(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsTheQuarterOfADayAndTheQuarterBeforeAcrossYears() {
        assertThat(Period.containing(LocalDate.of(2019, 3, 31))).isEqualTo(Period.of("2019Q1"));
        assertThat(Period.containing(LocalDate.of(2019, 4, 1))).isEqualTo(Period.of("2019Q2"));
        assertThat(Period.containing(LocalDate.of(2019, 12, 31))).isEqualTo(Period.of("2019Q4"));
        assertThat(Period.of("2019Q1").previous()).isEqualTo(Period.of("2018Q4"));
        assertThat(Period.of("2019Q3").previous()).isEqualTo(Period.of("2019Q2"));
    }

    @Test
    void countsQuartersAcrossYears() {
        assertThat(Period.of("2019Q4").quartersSince(Period.of("2017Q1"))).isEqualTo(11);
        assertThat(Period.of("2017Q4").next()).isEqualTo(Period.of("2018Q1"));
        assertThat(Period.of("2018Q4").isAnnual()).isTrue();
        assertThat(Period.of("2018Q1").compareTo(Period.of("2017Q4"))).isPositive();
    }
}
