package kaohe.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;
import kaohe.plan.TargetKind;
import kaohe.shared.Decimals;

/**
 * Compares a return with the unit's own history (异常值提示): a cumulative count never falls (error); a
 * percentage that moves more than the configured number of points, another value that moves by more
 * than half, and a cumulative count unchanged since a year ago are worth a second look (warnings).
 */
public final class PeriodOverPeriodRule {

    private final PreviousReturns previousReturns;
    private final BigDecimal rateChangeWarning;

    public PeriodOverPeriodRule(PreviousReturns previousReturns, int rateChangeWarning) {
        this.previousReturns = previousReturns;
        this.rateChangeWarning = BigDecimal.valueOf(rateChangeWarning);
    }

    /** More than this share of change against the previous return, for values that are not percentages. */
    static final BigDecimal RELATIVE_CHANGE_WARNING = new BigDecimal("0.5");

    public List<Finding> check(DecodedReturn decoded, Plan plan) {
        PreviousReturns.History history = previousReturns.history(decoded.planId(), decoded.unit(), decoded.period());
        List<Finding> findings = new ArrayList<>(flatForAYear(decoded, plan, history.yearAgo()));
        findings.addAll(againstPeers(decoded, plan));
        Optional<PreviousReturn> previous = history.latest();
        if (previous.isEmpty()) {
            return findings;
        }
        for (ReturnValue value : decoded.values()) {
            BigDecimal before = previous.get().values().get(value.item());
            if (value.state() != ValueState.VALUE || value.type() != ItemType.INDICATOR || before == null) {
                continue;
            }
            Indicator indicator = plan.indicator(value.item()).orElseThrow();
            String period = previous.get().period().toString();
            if (indicator.rule().kind() == TargetKind.CUMULATIVE && value.value().compareTo(before) < 0) {
                findings.add(Finding.at(FindingCode.V201, value.sheet(), value.cell(), value.item().value(),
                        Decimals.plain(value.value()), period, Decimals.plain(before)));
            } else if (indicator.isPercent()) {
                BigDecimal change = value.value().subtract(before).abs();
                if (change.compareTo(rateChangeWarning) > 0) {
                    findings.add(Finding.at(FindingCode.V202, value.sheet(), value.cell(), value.item().value(),
                            period, Decimals.plain(before), Decimals.plain(Decimals.canonical(change)),
                            Decimals.plain(rateChangeWarning)));
                }
            } else if (indicator.rule().kind() != TargetKind.CUMULATIVE && !indicator.isCount() && before.signum() != 0) {
                BigDecimal share = value.value().subtract(before).abs().divide(before.abs(), java.math.MathContext.DECIMAL64);
                if (share.compareTo(RELATIVE_CHANGE_WARNING) > 0) {
                    findings.add(Finding.at(FindingCode.V204, value.sheet(), value.cell(), value.item().value(),
                            Decimals.plain(value.value()), period, Decimals.plain(before),
                            share.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString()));
                }
            }
        }
        return findings;
    }

    /**
     * A value far from those its peers have sent so far (modified z-score over at least five units, this one
     * included). Peers that have not reported yet are not known, so the office's review workbook, written
     * once all are in, compares again over every peer.
     */
    private List<Finding> againstPeers(DecodedReturn decoded, Plan plan) {
        kaohe.plan.PeerGroup group = plan.unit(decoded.unit()).map(u -> u.peerGroup()).orElse(null);
        if (group == null) {
            return List.of();
        }
        PeerValues peers = previousReturns.peers(decoded.planId(), decoded.period(), group, plan.unitsOf(group), decoded.unit());
        if (peers.units() < 4) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (ReturnValue value : decoded.values()) {
            if (value.state() != ValueState.VALUE || value.type() != ItemType.INDICATOR || value.value() == null) {
                continue;
            }
            int others = peers.count(value.item());
            if (others < 4) {
                continue;
            }
            PeerOutlier.ofSorted(value.value(), peers.sortedWith(value.item(), value.value())).filter(PeerOutlier.Score::isOutlier)
                    .ifPresent(score -> findings.add(Finding.at(FindingCode.V205, value.sheet(), value.cell(), value.item().value(),
                            Decimals.plain(value.value()), others,
                            // The statistic itself (modified z) is for the office's review workbook, not the unit's clerk.
                            Decimals.plain(Decimals.canonical(score.median().round(new java.math.MathContext(6)))))));
        }
        return findings;
    }

    /** A cumulative count that has not grown in four quarters, while the plan expects it to. */
    private List<Finding> flatForAYear(DecodedReturn decoded, Plan plan, Optional<PreviousReturn> then) {
        if (then.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (ReturnValue value : decoded.values()) {
            BigDecimal before = then.get().values().get(value.item());
            boolean cumulative = value.type() == ItemType.INDICATOR && plan.indicator(value.item())
                    .map(i -> i.rule().kind() == TargetKind.CUMULATIVE).orElse(false);
            if (cumulative && value.state() == ValueState.VALUE && before != null && value.value().compareTo(before) == 0) {
                findings.add(Finding.at(FindingCode.V203, value.sheet(), value.cell(), value.item().value(),
                        Decimals.plain(value.value()), then.get().period().toString()));
            }
        }
        return findings;
    }
}
