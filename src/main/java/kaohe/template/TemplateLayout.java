package kaohe.template;

import java.util.List;

/**
 * The fixed shape of a return workbook, version {@value #VERSION}. A change to anything here that a
 * filled return depends on needs a new version, and the reader must keep accepting the old one for
 * returns still in circulation.
 */
public final class TemplateLayout {

    public static final String VERSION = "1";

    public static final String INSTRUCTIONS_SHEET = "填报说明";
    public static final String INDICATOR_SHEET = "指标";
    public static final String TASK_SHEET = "任务";
    /** Hidden sheet of key/value rows identifying the template; survives Excel, WPS and LibreOffice saves. */
    public static final String META_SHEET = "kaohe_meta";

    public static final List<String> INDICATOR_HEADERS = List.of("指标编码", "指标名称", "计量单位", "目标值", "本期值", "说明");
    public static final List<String> TASK_HEADERS = List.of("任务编码", "任务内容", "责任类型", "进展状态", "进展说明");

    /** 0-based row of the headers on the indicator and task sheets; rows above are the cover. */
    public static final int HEADER_ROW = 4;
    public static final int FIRST_ITEM_ROW = HEADER_ROW + 1;

    public static final int CODE_COLUMN = 0;
    public static final int VALUE_COLUMN = 4;
    public static final int NOTE_COLUMN = 5;
    /**
     * Beside the inputs, last period's accepted value for reference. It is outside the parsed headers, so
     * ingest ignores it and templates written before it existed read the same.
     */
    public static final int PREVIOUS_COLUMN = 6;
    public static final String PREVIOUS_HEADER = "上期已采用值（参考）";
    public static final int STATUS_COLUMN = 3;
    public static final int PROGRESS_COLUMN = 4;

    /**
     * 自评: the unit's own view beside what it reports, right of the reference column on the indicator sheet (自评 达到 /
     * 未达到, 原因, 整改措施) and right of 进展说明 on the task sheet, whose 进展状态 is already the unit's own status (原因,
     * 整改措施). Ingest finds them by their headers, so templates written before them read the same.
     */
    public static final int INDICATOR_SELF_COLUMN = 7;
    public static final List<String> INDICATOR_SELF_HEADERS = List.of("自评（达到 / 未达到）", "未达目标原因", "整改措施");
    public static final int TASK_SELF_COLUMN = 5;
    public static final List<String> TASK_SELF_HEADERS = List.of("滞后原因", "整改措施");
    public static final List<String> SELF_STATUSES = List.of("达到", "未达到");

    public static final String META_VERSION = "template-version";
    public static final String META_PLAN = "plan";
    public static final String META_PLAN_VERSION = "plan-version";
    public static final String META_UNIT = "unit";
    public static final String META_PERIOD = "period";
    /** {@link TemplateSeal}'s check over the five entries above; templates written before it have none. */
    public static final String META_SEAL = "seal";
    /** The fingerprint of the key behind {@link #META_SEAL}, so a rotated key still verifies what it sealed; older templates have none. */
    public static final String META_SEAL_KEY = "seal-key";

    /**
     * What a workbook is, for workbooks that are not a quarter's return: {@value #KIND_BASELINES} for a 基数表, whose
     * period is the year-end its values stand for (2016Q4). A return has no such entry.
     */
    public static final String META_KIND = "kind";
    public static final String KIND_BASELINES = "baselines";

    /** The cover line naming the unit, on the indicator and task sheets: what the person filling it sees. */
    public static final int COVER_UNIT_ROW = 1;

    public static String coverUnitLine(String unitName, String unitCode) {
        return "填报单位：" + unitName + "（" + unitCode + "）";
    }

    /** The identity fields the seal covers, in order. */
    public static java.util.List<String> sealedFields(String version, String plan, String planVersion, String unit, String period) {
        return java.util.List.of(version, plan, planVersion, unit, period);
    }

    /**
     * A ratio's two input rows sit under its own row, coded {@code D03/分子} and {@code D03/分母}: no item code has a
     * slash, so they never collide with one; the item's own 本期值 is worked out from them.
     */
    public static final String NUMERATOR = "分子";
    public static final String DENOMINATOR = "分母";

    public static String partCode(String itemCode, String part) {
        return itemCode + "/" + part;
    }

    /** The item code of a part row's code, or null when the code is not a part's. */
    public static String partOf(String code) {
        int slash = code.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String part = code.substring(slash + 1);
        return part.equals(NUMERATOR) || part.equals(DENOMINATOR) ? code.substring(0, slash) : null;
    }

    /** Task progress statuses, in drop-down order; scoring maps them to completion. */
    public static final List<String> STATUSES = List.of("已完成", "按进度推进", "滞后", "未启动");

    private TemplateLayout() {
    }
}
