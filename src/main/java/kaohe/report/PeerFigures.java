package kaohe.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kaohe.plan.PeerGroup;
import kaohe.score.Exact;
import kaohe.score.RankedUnit;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;

/**
 * What every unit report compares its unit with, worked out once per period rather than once per unit (a province's
 * thousands of reports would otherwise each scan every unit): each peer group's median total, and each unit's rank
 * among its peers in every earlier quarter (ties share a rank).
 */
record PeerFigures(Map<PeerGroup, String> medians, Map<Period, Map<UnitCode, Long>> earlierRanks,
                   Map<PeerGroup, Map<kaohe.shared.ItemCode, BigDecimal>> itemMedians, Map<PeerGroup, Long> rankedUnits) {

    static PeerFigures of(PeriodReportData data) {
        Map<PeerGroup, String> medians = new EnumMap<>(PeerGroup.class);
        for (PeerGroup group : PeerGroup.values()) {
            List<BigDecimal> totals = data.units().stream()
                    .filter(u -> u.assessment().unit().peerGroup() == group && u.shownTotal() != null)
                    .map(RankedUnit::shownTotal).sorted().toList();
            if (totals.size() >= 2) {
                int n = totals.size();
                BigDecimal median = n % 2 == 1 ? totals.get(n / 2)
                        : totals.get(n / 2 - 1).add(totals.get(n / 2)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
                medians.put(group, median.setScale(2, RoundingMode.HALF_UP).toPlainString());
            }
        }
        Map<Period, Map<UnitCode, Long>> ranks = new HashMap<>();
        data.earlierTotals().forEach((period, totals) -> ranks.put(period, ranks(data, totals)));
        // Counted once here: counted per unit report, 10,000 reports walked 10,000 units each.
        Map<PeerGroup, Long> ranked = data.units().stream().filter(u -> u.rank() > 0)
                .collect(java.util.stream.Collectors.groupingBy(u -> u.assessment().unit().peerGroup(), java.util.stream.Collectors.counting()));
        return new PeerFigures(medians, ranks, itemMedians(data), ranked);
    }

    /** How many units of the group have a place in the ranking: the "共 N 个" of "第 n 名 / 共 N 个". */
    long ranked(PeerGroup group) {
        return rankedUnits.getOrDefault(group, 0L);
    }

    /** Each item's median completion among the peers that reported it, where at least two did. */
    private static Map<PeerGroup, Map<kaohe.shared.ItemCode, BigDecimal>> itemMedians(PeriodReportData data) {
        Map<PeerGroup, Map<kaohe.shared.ItemCode, List<BigDecimal>>> completions = new EnumMap<>(PeerGroup.class);
        for (RankedUnit u : data.units()) {
            for (kaohe.score.ItemScore item : u.assessment().items()) {
                // Only peers that sent a value: a peer without a return counts 0, which says nothing of the item.
                if (item.counts() && item.completion() != null && item.flag() != kaohe.score.ScoreFlag.NOT_REPORTED
                        && item.flag() != kaohe.score.ScoreFlag.REJECTED) {
                    completions.computeIfAbsent(u.assessment().unit().peerGroup(), g -> new HashMap<>())
                            .computeIfAbsent(item.item(), i -> new ArrayList<>()).add(item.completion());
                }
            }
        }
        Map<PeerGroup, Map<kaohe.shared.ItemCode, BigDecimal>> medians = new EnumMap<>(PeerGroup.class);
        completions.forEach((group, byItem) -> byItem.forEach((item, values) -> {
            if (values.size() >= 2) {
                List<BigDecimal> sorted = values.stream().sorted().toList();
                int n = sorted.size();
                BigDecimal median = n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
                medians.computeIfAbsent(group, g -> new HashMap<>()).put(item, median);
            }
        }));
        return medians;
    }

    /** The peers' median completion of {@code item}; empty when fewer than two peers count it. */
    Optional<BigDecimal> itemMedian(PeerGroup group, kaohe.shared.ItemCode item) {
        return Optional.ofNullable(itemMedians.getOrDefault(group, Map.of()).get(item));
    }

    /** Competition ranks (1, 2, 2, 4) within each peer group of the totals as shown (2 decimals). */
    private static Map<UnitCode, Long> ranks(PeriodReportData data, Map<UnitCode, BigDecimal> totals) {
        Map<PeerGroup, List<Map.Entry<UnitCode, BigDecimal>>> byGroup = new EnumMap<>(PeerGroup.class);
        totals.forEach((unit, total) -> {
            if (total != null) {
                data.plan().unit(unit).ifPresent(u -> byGroup.computeIfAbsent(u.peerGroup(), g -> new ArrayList<>())
                        .add(Map.entry(unit, Exact.rounded(total, 2))));
            }
        });
        Map<UnitCode, Long> ranks = new HashMap<>();
        for (List<Map.Entry<UnitCode, BigDecimal>> peers : byGroup.values()) {
            peers.sort(Map.Entry.<UnitCode, BigDecimal>comparingByValue(Comparator.reverseOrder()));
            for (int i = 0; i < peers.size(); i++) {
                boolean tied = i > 0 && peers.get(i).getValue().compareTo(peers.get(i - 1).getValue()) == 0;
                ranks.put(peers.get(i).getKey(), tied ? ranks.get(peers.get(i - 1).getKey()) : i + 1L);
            }
        }
        return ranks;
    }

    Optional<String> median(PeerGroup group) {
        return Optional.ofNullable(medians.get(group));
    }

    /** The unit's rank among its peers in {@code period}; empty when it had no total then. */
    Optional<Long> rankIn(Period period, UnitCode unit) {
        return Optional.ofNullable(earlierRanks.getOrDefault(period, Map.of()).get(unit));
    }
}
