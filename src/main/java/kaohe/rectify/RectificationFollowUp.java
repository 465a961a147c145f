package kaohe.rectify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;

/**
 * 整改情况 of one period on a day: each unit the published 通报 asked for a 整改 report, with the report it sent
 * (its first), and the sentence the next quarter's 通报 gives it. Plain Java.
 */
public record RectificationFollowUp(Period period, List<RectificationState> states) {

    public static final RectificationFollowUp NONE = new RectificationFollowUp(null, List.of());

    public RectificationFollowUp {
        states = List.copyOf(states);
    }

    public static RectificationFollowUp of(Period period, List<RectificationDue> due, List<RectificationReport> reports, LocalDate today) {
        Map<UnitCode, RectificationReport> first = reports.stream().filter(r -> r.period().equals(period))
                .collect(Collectors.toMap(RectificationReport::unit, Function.identity(),
                        (a, b) -> a.receivedAt().isAfter(b.receivedAt()) ? b : a));
        List<RectificationState> states = new ArrayList<>();
        due.stream().filter(d -> d.period().equals(period)).sorted(Comparator.comparing(d -> d.unit().value()))
                .forEach(d -> states.add(new RectificationState(d, Optional.ofNullable(first.get(d.unit())), today)));
        return new RectificationFollowUp(period, states);
    }

    public Optional<RectificationState> of(UnitCode unit) {
        return states.stream().filter(s -> s.due().unit().equals(unit)).findFirst();
    }

    /**
     * "上期（2019年第三季度）通报要求3个单位报送整改报告：2个已按期报送，1个逾期未报送（市财政局）。", or empty when the
     * period's 通报 asked nobody.
     */
    public Optional<String> sentence() {
        if (states.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (RectificationState.Status status : RectificationState.Status.values()) {
            List<RectificationState> these = states.stream().filter(s -> s.status() == status).toList();
            if (these.isEmpty()) {
                continue;
            }
            String label = switch (status) {
                case ON_TIME -> "已按期报送";
                case LATE -> "逾期后报送";
                case WAITING -> "尚未到期、未报送";
                case OVERDUE -> "逾期未报送";
            };
            String names = status == RectificationState.Status.ON_TIME ? ""
                    : "（" + these.stream().map(s -> s.due().unitName()).collect(Collectors.joining("、")) + "）";
            parts.add(these.size() + "个" + label + names);
        }
        // Written as the 通报 writes numbers in running text: no spaces around them.
        return Optional.of("上期（" + period.label() + "）通报要求" + states.size() + "个单位报送整改报告：" + String.join("，", parts) + "。");
    }
}
