package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kaohe.plan.PeerGroup;
import kaohe.shared.ItemCode;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.validate.PeerValues;
import org.junit.jupiter.api.Test;

class PeerCacheTests {

    private static final Period P = Period.of("2019Q2");
    private static final ItemCode Q02 = ItemCode.of("Q02");
    private static final List<UnitCode> GROUP = List.of(UnitCode.of("330402"), UnitCode.of("330411"), UnitCode.of("330421"),
            UnitCode.of("330424"), UnitCode.of("330481"));

    private final Map<UnitCode, Map<ItemCode, BigDecimal>> database = new HashMap<>();
    private final List<List<UnitCode>> loads = new ArrayList<>();
    private final PeerCache cache = new PeerCache((plan, period, units, number) -> {
        loads.add(units);
        units.forEach(u -> database.getOrDefault(u, Map.of()).forEach((item, value) -> number.accept(u, item, value)));
    });

    @Test
    void aGroupIsReadFromTheDatabaseOncePerRunNotOncePerFile() {
        database.put(GROUP.get(1), Map.of(Q02, new BigDecimal("95")));
        database.put(GROUP.get(2), Map.of(Q02, new BigDecimal("93")));

        for (UnitCode unit : GROUP) {
            cache.peers("jx", P, PeerGroup.COUNTY, GROUP, unit);
        }
        assertThat(loads).hasSize(1);

        cache.clear();
        cache.peers("jx", P, PeerGroup.COUNTY, GROUP, GROUP.get(0));
        assertThat(loads).hasSize(2);
    }

    @Test
    void aUnitIsNotItsOwnPeerAndItsNewReturnReplacesItsOld() {
        database.put(GROUP.get(1), Map.of(Q02, new BigDecimal("95")));
        database.put(GROUP.get(2), Map.of(Q02, new BigDecimal("93")));
        cache.peers("jx", P, PeerGroup.COUNTY, GROUP, GROUP.get(0));

        PeerValues forNanhu = cache.peers("jx", P, PeerGroup.COUNTY, GROUP, GROUP.get(1));
        assertThat(forNanhu.units()).isEqualTo(1);
        assertThat(forNanhu.sortedWith(Q02, new BigDecimal("94"))).containsExactly(new BigDecimal("93"), new BigDecimal("94"));

        cache.accepted("jx", P, PeerGroup.COUNTY, GROUP.get(1), Map.of(Q02, new BigDecimal("80")));
        cache.accepted("jx", P, PeerGroup.COUNTY, GROUP.get(3), Map.of(Q02, new BigDecimal("99")));

        PeerValues forFirst = cache.peers("jx", P, PeerGroup.COUNTY, GROUP, GROUP.get(0));
        assertThat(forFirst.units()).isEqualTo(3);
        assertThat(forFirst.sortedWith(Q02, new BigDecimal("90")))
                .containsExactly(new BigDecimal("80"), new BigDecimal("90"), new BigDecimal("93"), new BigDecimal("99"));
    }

    /** A commit before the first question is in the database, so the load brings it; the cache must not add it twice. */
    @Test
    void aReturnCommittedBeforeTheGroupIsLoadedIsCountedOnce() {
        database.put(GROUP.get(1), Map.of(Q02, new BigDecimal("95")));
        cache.accepted("jx", P, PeerGroup.COUNTY, GROUP.get(1), Map.of(Q02, new BigDecimal("95")));

        assertThat(cache.peers("jx", P, PeerGroup.COUNTY, GROUP, GROUP.get(0)).count(Q02)).isEqualTo(1);
    }

    /** Values are kept packed; whatever their size or scale, peers see them exactly and in order. */
    @Test
    void peersSeeEveryValueExactlyWhateverItsSizeOrScale() {
        List<BigDecimal> values = List.of(new BigDecimal("93.0"), new BigDecimal("-0.0001"), new BigDecimal("123456789012345678901234.5"),
                new BigDecimal("0.123456789012345678901234567890123"), new BigDecimal("1E+3"));
        cache.peers("jx", P, PeerGroup.COUNTY, GROUP, GROUP.get(0));
        for (int i = 0; i < values.size(); i++) {
            cache.accepted("jx", P, PeerGroup.COUNTY, GROUP.get(i), Map.of(Q02, values.get(i)));
        }

        List<BigDecimal> seen = cache.peers("jx", P, PeerGroup.COUNTY, GROUP, UnitCode.of("330499")).sortedWith(Q02, BigDecimal.ONE);

        assertThat(seen).usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("-0.0001"),
                new BigDecimal("0.123456789012345678901234567890123"), BigDecimal.ONE, new BigDecimal("93"), new BigDecimal("1000"),
                new BigDecimal("123456789012345678901234.5"));
        assertThat(cache.peers("jx", P, PeerGroup.COUNTY, GROUP, GROUP.get(2)).sortedWith(Q02, BigDecimal.TEN))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("-0.0001"),
                        new BigDecimal("0.123456789012345678901234567890123"), BigDecimal.TEN, new BigDecimal("93"), new BigDecimal("1000"));

        cache.accepted("jx", P, PeerGroup.COUNTY, GROUP.get(2), Map.of(Q02, new BigDecimal("5")));
        assertThat(cache.peers("jx", P, PeerGroup.COUNTY, GROUP, GROUP.get(0)).sortedWith(Q02, new BigDecimal("93")))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("-0.0001"),
                        new BigDecimal("0.123456789012345678901234567890123"), new BigDecimal("5"), new BigDecimal("93"), new BigDecimal("1000"));
    }

    /**
     * A group loaded from the database comes in one number at a time, in no particular order and with items a unit
     * lacks: each unit still sees exactly its peers' values in ascending order, as the same numbers compared whole do.
     */
    @Test
    void aGroupLoadedOneNumberAtATimeReadsAsTheSameNumbersComparedWhole() {
        java.util.Random random = new java.util.Random(27);
        List<UnitCode> units = new ArrayList<>();
        List<ItemCode> items = List.of(Q02, ItemCode.of("Q03"), ItemCode.of("E04"));
        for (int u = 0; u < 300; u++) {
            UnitCode unit = UnitCode.of(String.valueOf(330_000 + u));
            units.add(unit);
            Map<ItemCode, BigDecimal> numbers = new HashMap<>();
            for (ItemCode item : items) {
                // Mixed scales and sizes; a unit in seven lacks an item, so items arrive in different orders.
                if (random.nextInt(7) != 0) {
                    numbers.put(item, BigDecimal.valueOf(random.nextInt(20_000) - 10_000, random.nextInt(4)));
                }
            }
            if (!numbers.isEmpty()) {
                database.put(unit, numbers);
            }
        }

        for (UnitCode unit : List.of(units.get(0), units.get(150), units.get(299))) {
            PeerValues cached = cache.peers("jx", P, PeerGroup.COUNTY, units, unit);
            Map<UnitCode, Map<ItemCode, BigDecimal>> others = new HashMap<>(database);
            others.remove(unit);
            PeerValues whole = PeerValues.of(others);
            assertThat(cached.units()).isEqualTo(whole.units()).isGreaterThan(290);
            for (ItemCode item : items) {
                assertThat(cached.sortedWith(item, BigDecimal.ONE)).usingElementComparator(BigDecimal::compareTo)
                        .containsExactlyElementsOf(whole.sortedWith(item, BigDecimal.ONE));
            }
        }
        assertThat(loads).hasSize(1);
    }
}
