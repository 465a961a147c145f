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
    private final PeerCache cache = new PeerCache((plan, period, units) -> {
        loads.add(units);
        Map<UnitCode, Map<ItemCode, BigDecimal>> found = new HashMap<>();
        units.forEach(u -> {
            if (database.containsKey(u)) {
                found.put(u, database.get(u));
            }
        });
        return found;
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
}
