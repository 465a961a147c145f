package kaohe.report;

import kaohe.ingest.ReturnStatus;
import kaohe.plan.TargetKind;
import kaohe.validate.ItemType;
import kaohe.validate.ValueState;

/**
 * The staff workbook speaks the office's language: every code the system stores (AT_LEAST, REJECTED …)
 * has its Chinese word here; lights and score flags carry theirs ({@code label()}). The CSV files keep the codes, which other systems read.
 */
final class WorkbookLabels {

    private WorkbookLabels() {
    }

    static String kind(TargetKind kind) {
        return switch (kind) {
            case AT_LEAST -> "达到";
            case AT_MOST -> "控制在";
            case ZERO -> "零发生";
            case RANGE -> "区间";
            case CUMULATIVE -> "累计";
            case RANK_WITHIN -> "名次";
            case RANK_FRONT -> "居前列";
            case VS_REFERENCE -> "对比参照值";
            case TREND -> "逐年变化";
            case MILESTONE -> "工作进展";
        };
    }

    static String type(ItemType type) {
        return type == ItemType.TASK ? "任务" : "指标";
    }

    static String status(ReturnStatus status) {
        return switch (status) {
            case ACCEPTED -> "已采用";
            case SUPERSEDED -> "已被替代";
            case REJECTED -> "退回";
            case DUPLICATE -> "重复";
            case RETURNED -> "退回修改";
        };
    }

    static String state(ValueState state) {
        return switch (state) {
            case VALUE -> "已填";
            case NOT_APPLICABLE -> "不适用";
            case BLANK -> "未填";
            case INVALID -> "无法识别";
        };
    }

    static String severity(String severity) {
        return switch (severity) {
            case "ERROR" -> "错误";
            case "WARNING" -> "提示";
            default -> severity;
        };
    }
}
