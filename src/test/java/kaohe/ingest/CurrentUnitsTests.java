package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.junit.jupiter.api.Test;

class CurrentUnitsTests {

    private static final Period Q2 = Period.of("2019Q2");
    private static final Period Q3 = Period.of("2019Q3");
    private static final UnitCode NANHU = UnitCode.of("330402");
    private static final UnitCode XIUZHOU = UnitCode.of("330411");

    private final List<Period> reads = new ArrayList<>();
    private final CurrentUnits current = new CurrentUnits((plan, period) -> {
        reads.add(period);
        return period.equals(Q2) ? List.of("330402") : List.<String>of();
    });

    @Test
    void aUnitWithAnAcceptedReturnInTheDatabaseMayHaveACurrentOneAndOthersHaveNone() {
        assertThat(current.mayHaveCurrent("jiaxing", Q2, NANHU)).isTrue();
        assertThat(current.mayHaveCurrent("jiaxing", Q2, XIUZHOU)).isFalse();
        assertThat(current.mayHaveCurrent("jiaxing", Q3, NANHU)).as("another quarter").isFalse();
        assertThat(reads).as("each period read once").containsExactly(Q2, Q3);
    }

    @Test
    void aUnitAcceptedDuringTheRunHasACurrentReturnForItsNextFile() {
        assertThat(current.mayHaveCurrent("jiaxing", Q3, XIUZHOU)).isFalse();
        current.note("jiaxing", Q3, XIUZHOU);

        assertThat(current.mayHaveCurrent("jiaxing", Q3, XIUZHOU)).isTrue();
        assertThat(current.mayHaveCurrent("jiaxing", Q2, XIUZHOU)).as("only for that quarter").isFalse();
    }
}
