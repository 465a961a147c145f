package kaohe.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kaohe.plan.DueItems;
import kaohe.plan.Indicator;
import kaohe.plan.Plan;
import kaohe.plan.Task;
import kaohe.shared.ItemCode;
import kaohe.shared.UnitCode;
import kaohe.template.TemplateLayout;
import kaohe.validate.DecodedReturn;
import kaohe.validate.Finding;
import kaohe.validate.FindingCode;
import kaohe.validate.ReturnValue;
import kaohe.validate.ValueState;
import org.apache.poi.ss.util.CellReference;

/**
 * Raw cells to a decoded return: checks the template's identity and structure (sheets, headers, rows,
 * merged cells) against what the unit owes for the period, then decodes every value.
 */
final class ReturnDecoder {

    private final Plan plan;
    private final TemplateTrust trust;
    private final ValueDecoder values = new ValueDecoder();

    public ReturnDecoder(Plan plan, TemplateTrust trust) {
        this.plan = plan;
        this.trust = trust;
    }

    /** @param folderUnit the unit of the inbox sub-folder the file came from, or null for the inbox itself */
    public DecodeResult decode(RawReturn raw, UnitCode folderUnit) {
        TemplateIdentity identity = TemplateIdentity.of(raw, plan, folderUnit, trust);
        if (!identity.isTrusted()) {
            return new DecodeResult(null, identity.problems());
        }
        DueItems due = DueItems.of(plan, identity.unit().code(), identity.period());
        List<Finding> findings = new ArrayList<>(identity.problems());
        List<ReturnValue> decoded = new ArrayList<>();

        Map<String, Indicator> indicators = new LinkedHashMap<>();
        Set<String> expected = new java.util.LinkedHashSet<>();
        for (Indicator i : due.indicators()) {
            indicators.put(i.code().value(), i);
            expected.add(i.code().value());
            if (i.isRatio()) {
                expected.add(TemplateLayout.partCode(i.code().value(), TemplateLayout.NUMERATOR));
                expected.add(TemplateLayout.partCode(i.code().value(), TemplateLayout.DENOMINATOR));
            }
        }
        Map<String, RawItemRow> byCode = new LinkedHashMap<>();
        for (RawItemRow row : rows(raw.indicators(), TemplateLayout.INDICATOR_SHEET, TemplateLayout.INDICATOR_HEADERS, expected, findings)) {
            byCode.put(row.code(), row);
        }
        List<kaohe.validate.SelfAssessment> selfAssessed = new java.util.ArrayList<>();
        for (RawItemRow row : byCode.values()) {
            Indicator indicator = indicators.get(row.code());
            if (indicator == null) {
                continue; // a ratio's part, read with its item
            }
            self(row, kaohe.validate.ItemType.INDICATOR, selfAssessed);
            if (indicator.isRatio()) {
                RawItemRow numerator = byCode.get(TemplateLayout.partCode(row.code(), TemplateLayout.NUMERATOR));
                RawItemRow denominator = byCode.get(TemplateLayout.partCode(row.code(), TemplateLayout.DENOMINATOR));
                if (numerator == null || denominator == null) {
                    continue; // the missing row is already an F022
                }
                ValueDecoder.Decoded d = values.ratio(indicator, numerator.input(), denominator.input(), row.note());
                decoded.add(d.value());
                add(findings, d.finding());
                continue;
            }
            ValueDecoder.Decoded d = values.indicator(indicator, row.input(), row.note());
            decoded.add(d.value());
            add(findings, d.finding());
        }
        Map<String, Task> tasks = new LinkedHashMap<>();
        due.tasks().forEach(t -> tasks.put(t.code().value(), t));
        for (RawItemRow row : rows(raw.tasks(), TemplateLayout.TASK_SHEET, TemplateLayout.TASK_HEADERS,
                tasks.keySet(), findings)) {
            ValueDecoder.Decoded d = values.task(ItemCode.of(row.code()), row.input(), row.note());
            decoded.add(d.value());
            add(findings, d.finding());
            self(row, kaohe.validate.ItemType.TASK, selfAssessed);
        }
        if (!decoded.isEmpty() && decoded.stream().allMatch(v -> v.state() == ValueState.BLANK)) {
            findings.removeIf(f -> f.code() == FindingCode.C109 || f.code() == FindingCode.C110);
            findings.add(Finding.ofFile(FindingCode.F012));
        }
        return new DecodeResult(new DecodedReturn(plan.id(), plan.version(), identity.unit().code(),
                identity.period(), decoded, selfAssessed), findings);
    }

    /** The row's 自评, when the unit wrote one: an indicator's 自评, 原因 and 整改措施; a task's 进展状态 with its 原因 and 措施. */
    private static void self(RawItemRow row, kaohe.validate.ItemType type, List<kaohe.validate.SelfAssessment> into) {
        if (row.self().isEmpty() || row.self().stream().allMatch(String::isEmpty)) {
            return;
        }
        kaohe.validate.SelfAssessment self = type == kaohe.validate.ItemType.INDICATOR
                ? new kaohe.validate.SelfAssessment(ItemCode.of(row.code()), type, row.self().get(0), row.self().get(1), row.self().get(2))
                : new kaohe.validate.SelfAssessment(ItemCode.of(row.code()), type, row.input().text(), row.self().get(0), row.self().get(1));
        into.add(self);
    }

    /** The sheet's rows whose codes are expected, once each; every structural problem goes to findings. */
    private List<RawItemRow> rows(RawSheet sheet, String name, List<String> headers, Set<String> expected,
                                  List<Finding> findings) {
        if (sheet == null) {
            findings.add(Finding.at(FindingCode.F020, name, null, null, name));
            return List.of();
        }
        for (int c = 0; c < headers.size(); c++) {
            if (!headers.get(c).equals(sheet.headers().get(c))) {
                String ref = new CellReference(TemplateLayout.HEADER_ROW, c).formatAsString();
                findings.add(Finding.at(FindingCode.F021, name, ref, null, ref, headers.get(c), sheet.headers().get(c)));
            }
        }
        sheet.mergedInputRanges().forEach(range -> findings.add(Finding.at(FindingCode.F025, name, range, null, range)));
        List<RawItemRow> usable = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RawItemRow row : sheet.rows()) {
            String codeRef = new CellReference(row.row(), TemplateLayout.CODE_COLUMN).formatAsString();
            if (!expected.contains(row.code())) {
                findings.add(Finding.at(FindingCode.F023, name, codeRef, null, row.code().isEmpty() ? "（空）" : row.code()));
            } else if (!seen.add(row.code())) {
                findings.add(Finding.at(FindingCode.F024, name, codeRef, row.code(), row.code()));
            } else {
                usable.add(row);
            }
        }
        for (String code : expected) {
            if (!seen.contains(code)) {
                findings.add(Finding.at(FindingCode.F022, name, null, code, code, itemName(code)));
            }
        }
        return usable;
    }

    private String itemName(String code) {
        String item = TemplateLayout.partOf(code);
        if (item != null) {
            return plan.itemName(ItemCode.of(item)).orElse("") + "（" + code.substring(item.length() + 1) + "）";
        }
        return plan.itemName(ItemCode.of(code)).orElse("");
    }

    private static void add(List<Finding> findings, Finding finding) {
        if (finding != null) {
            findings.add(finding);
        }
    }
}
