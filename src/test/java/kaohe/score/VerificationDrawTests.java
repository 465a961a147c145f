package kaohe.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;
import org.junit.jupiter.api.Test;

/** 抽查 is reproducible: the same seed and returns draw the same units and values, whatever order they are listed in. */
class VerificationDrawTests {

    private static Map<UnitCode, List<ItemCode>> reported(boolean reversed) {
        Map<UnitCode, List<ItemCode>> reported = new LinkedHashMap<>();
        List<String> units = new ArrayList<>(List.of("330402", "330411", "330421", "330424", "330481", "330482", "330483"));
        if (reversed) {
            java.util.Collections.reverse(units);
        }
        for (String unit : units) {
            List<ItemCode> items = new ArrayList<>();
            for (String code : List.of("Q01", "Q02", "Q03", "E01", "E02", "P01")) {
                items.add(ItemCode.of(code));
            }
            if (reversed) {
                java.util.Collections.reverse(items);
            }
            reported.put(UnitCode.of(unit), items);
        }
        return reported;
    }

    @Test
    void theSameSeedDrawsTheSameSampleWhateverOrderTheReturnsComeIn() {
        List<VerificationDraw.Drawn> first = VerificationDraw.draw(reported(false), 3, 2, 20191231L);
        List<VerificationDraw.Drawn> again = VerificationDraw.draw(reported(true), 3, 2, 20191231L);

        assertThat(again).isEqualTo(first);
        assertThat(first).hasSize(3).allSatisfy(d -> assertThat(d.items()).hasSize(2).doesNotHaveDuplicates());
        assertThat(first).extracting(d -> d.unit().value()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void anotherSeedDrawsAnotherSampleAndNoMoreIsDrawnThanThereIs() {
        List<List<VerificationDraw.Drawn>> draws = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            draws.add(VerificationDraw.draw(reported(false), 2, 2, seed));
        }
        assertThat(draws.stream().distinct().count()).as("five seeds, more than one sample").isGreaterThan(1);
        assertThat(VerificationDraw.draw(reported(false), 20, 10, 7L)).hasSize(7).allSatisfy(d -> assertThat(d.items()).hasSize(6));
    }
}
