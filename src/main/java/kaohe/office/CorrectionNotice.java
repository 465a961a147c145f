package kaohe.office;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import kaohe.score.ItemScore;
import kaohe.score.RankedUnit;
import kaohe.shared.Decimals;
import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;

/**
 * 更正说明: what correcting one unit's published result changes, as the office states it. The unit's
 * total, rating and place before and after, the items whose score moved, and every other unit of its
 * group whose place moves with it (their scores do not change). Plain text lines, for the addendum
 * document and the command's output.
 *
 * @param subject what is assessed, as the 通报's title names it (质量工作)
 * @param before the period as published (or as last corrected)
 * @param after  the same with the unit scored again
 */
public record CorrectionNotice(String subject, String period, int version, int sequence, UnitCode unit, String reason,
                               LocalDate issued, List<RankedUnit> before, List<RankedUnit> after) {

    /** One item whose score the correction changes. */
    public record ItemChange(ItemCode item, String name, String valueBefore, String valueAfter, BigDecimal scoreBefore,
                             BigDecimal scoreAfter) {
    }

    /** Another unit of the group whose place moves. */
    public record PlaceChange(String unitName, String before, String after) {
    }

    public RankedUnit unitBefore() {
        return find(before, unit);
    }

    public RankedUnit unitAfter() {
        return find(after, unit);
    }

    /** Whether scoring the unit again changed anything a reader of the published reports sees. */
    public boolean changesAnything() {
        return !Objects.equals(total(unitBefore()), total(unitAfter())) || unitBefore().rating() != unitAfter().rating()
                || !unitBefore().placeText().equals(unitAfter().placeText()) || !items().isEmpty();
    }

    public List<ItemChange> items() {
        Map<ItemCode, ItemScore> old = unitBefore().assessment().items().stream()
                .collect(Collectors.toMap(ItemScore::item, Function.identity(), (a, b) -> a));
        List<ItemChange> changes = new ArrayList<>();
        for (ItemScore now : unitAfter().assessment().items()) {
            ItemScore was = old.get(now.item());
            BigDecimal scoreBefore = was == null ? null : was.score();
            String valueBefore = was == null ? "" : was.valueText();
            if (!same(scoreBefore, now.score()) || !valueBefore.equals(now.valueText())) {
                changes.add(new ItemChange(now.item(), now.name(), valueBefore, now.valueText(), scoreBefore, now.score()));
            }
        }
        return changes;
    }

    /** The other units of the unit's group whose place the correction moves. */
    public List<PlaceChange> places() {
        var group = unitAfter().assessment().unit().peerGroup();
        List<PlaceChange> moved = new ArrayList<>();
        for (RankedUnit now : after) {
            if (now.assessment().unit().peerGroup() != group || now.assessment().unit().code().equals(unit)) {
                continue;
            }
            RankedUnit was = find(before, now.assessment().unit().code());
            if (!was.placeText().equals(now.placeText())) {
                moved.add(new PlaceChange(now.assessment().unit().name(), was.placeText(), now.placeText()));
            }
        }
        return moved;
    }

    public String title() {
        return "关于" + kaohe.shared.Period.of(period).label() + subject + "考核结果的更正说明";
    }

    /** The addendum's body, paragraph by paragraph. */
    public List<String> paragraphs() {
        RankedUnit was = unitBefore();
        RankedUnit now = unitAfter();
        String name = now.assessment().unit().name();
        List<String> lines = new ArrayList<>();
        lines.add("本办已发布的" + kaohe.shared.Period.of(period).label() + subject + "考核结果（正式发布第 " + version + " 版）中，" + name + "的结果有误，现予更正（第 " + sequence
                + " 次更正）。更正理由：" + reason + "。");
        String group = now.assessment().unit().peerGroup().label();
        lines.add(name + "：总分由 " + total(was) + " 更正为 " + total(now) + "，"
                + (was.rating() == now.rating() ? "等级仍为" + rating(now) : "等级由" + rating(was) + "更正为" + rating(now)) + "，"
                + (was.placeText().equals(now.placeText()) ? group + "中名次仍为" + now.placeText()
                        : group + "中名次由" + was.placeText() + "更正为" + now.placeText()) + "。");
        for (ItemChange change : items()) {
            lines.add("“" + change.name() + "”（" + change.item().value() + "）：" + value(change.valueBefore()) + "，得分 "
                    + score(change.scoreBefore()) + "；更正为 " + value(change.valueAfter()) + "，得分 " + score(change.scoreAfter()) + "。");
        }
        List<PlaceChange> places = places();
        if (places.isEmpty()) {
            lines.add("其他单位的得分和名次不变。");
        } else {
            lines.add("其他单位的得分不变；名次随之变动的有："
                    + places.stream().map(p -> p.unitName() + "由" + p.before() + "变为" + p.after()).collect(Collectors.joining("，")) + "。");
        }
        lines.add("已发布的第 " + version + " 版其他文件不再重发，以本说明和更正后的" + name + "考核报告为准。");
        return lines;
    }

    private static RankedUnit find(List<RankedUnit> ranked, UnitCode code) {
        return ranked.stream().filter(r -> r.assessment().unit().code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no unit " + code + " in the results"));
    }

    private static String total(RankedUnit unit) {
        return unit.shownTotal() == null ? "—" : Decimals.plain(unit.shownTotal());
    }

    private static String rating(RankedUnit unit) {
        return unit.rating() == null ? "“—”" : "“" + unit.rating().name() + "”";
    }

    private static String value(String text) {
        return text == null || text.isBlank() ? "未报" : "报送值 " + text;
    }

    private static String score(BigDecimal score) {
        return score == null ? "—" : Decimals.plain(score.setScale(2, java.math.RoundingMode.HALF_UP));
    }

    /** Equal as the reports show them, to 2 places: a score read back from storage carries fewer digits than a fresh one. */
    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && shown(a).compareTo(shown(b)) == 0;
    }

    private static BigDecimal shown(BigDecimal score) {
        return score.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
