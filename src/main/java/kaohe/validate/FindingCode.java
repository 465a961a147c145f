package kaohe.validate;

import static kaohe.validate.Severity.ERROR;
import static kaohe.validate.Severity.WARNING;

/**
 * Every problem ingest can report. Codes are stable: never renumbered, only retired. F0xx concern the
 * file and its structure, C1xx one cell, V2xx rules across cells or periods. Messages take their
 * details as %s arguments, in order.
 */
public enum FindingCode {
    F001(ERROR, "文件无法打开：不是有效的 Excel 工作簿（可能已损坏，或只复制了一半）",
            "请用 Excel 或 WPS 打开确认无误，另存为 .xlsx 后重新报送"),
    F002(ERROR, "工作簿设置了密码，系统无法读取",
            "请取消工作簿密码（文件 → 信息 → 保护工作簿）后重新报送"),
    F003(ERROR, "文件过大（%s MB，上限 %s MB）",
            "请使用系统下发的模板填写，不要粘贴图片或大量数据"),
    F004(ERROR, "文件内容异常（%s），为安全起见未予处理",
            "请使用系统下发的模板重新填写"),
    F005(ERROR, "不支持的文件类型“%s”",
            "请报送 .xlsx 或 .xls 格式的 Excel 工作簿"),
    F006(ERROR, "不是考核系统生成的报表模板（缺少模板标识）",
            "请使用本季度下发的模板填写，不要新建表格或把数据复制到其他工作簿"),
    F007(ERROR, "模板版本“%s”不受支持",
            "请使用本季度下发的最新模板"),
    F008(ERROR, "模板属于考核计划“%s”，不是当前的考核计划“%s”",
            "请使用本季度下发的模板"),
    F009(ERROR, "这是%s的报表，却放在了%s的报送文件夹中",
            "请把报表放入本单位的文件夹，或使用本单位的模板"),
    F010(ERROR, "模板中的单位编码“%s”不在考核计划中",
            "请使用本单位本季度下发的模板"),
    F011(ERROR, "模板的考核期“%s”无效或不在计划考核期 %s–%s 内",
            "请使用本季度下发的模板"),
    F012(ERROR, "报表没有填写任何数据（本期值和进展状态均为空）",
            "请填写后重新报送"),
    F013(ERROR, "工作表“%s”有 %s 行，远多于模板的行数",
            "请使用系统下发的模板，不要粘贴大量数据"),
    F014(ERROR, "模板的防伪校验码与其隐藏标识（单位“%s”、考核期“%s”）不符：标识被改动过，或模板不是本系统为本单位下发的",
            "请使用考核办下发给本单位本季度的原模板填写；不要修改隐藏工作表，也不要使用其他单位的模板"),
    F015(ERROR, "工作表“%s”表头写的填报单位是“%s”，与模板标识的%s不一致",
            "请使用本单位本季度下发的模板，不要复制其他单位的模板或改动表头"),
    F016(WARNING, "模板是旧版（没有防伪校验码），已核对表头与模板标识一致后接收",
            "今后请使用考核办新下发的模板"),
    F017(ERROR, "文件是空的（0 字节）：可能只复制了文件名，或保存时出错",
            "请在 Excel 或 WPS 中打开本单位填好的报表，确认内容完整后另存，再重新报送"),
    F020(ERROR, "缺少工作表“%s”",
            "请勿删除或重命名工作表；请使用原模板重新填写"),
    F021(ERROR, "表头被改动：%s 应为“%s”，现为“%s”",
            "请勿修改表头；请使用原模板重新填写"),
    F022(ERROR, "缺少“%s %s”这一行（行被删除）",
            "请勿删除行；请使用原模板重新填写"),
    F023(ERROR, "编码“%s”不是本单位本季度应报的项目",
            "请勿增加行或改动编码"),
    F024(ERROR, "编码“%s”出现了不止一次",
            "每个项目只填写一行；请删除重复的行或使用原模板重新填写"),
    F025(ERROR, "填报区有合并单元格 %s",
            "请取消合并（开始 → 合并后居中），每个项目单独填写"),
    C101(ERROR, "“%s”不是数字",
            "请只填写数字，如 95 或 5.94；单位已在“计量单位”列注明"),
    C102(ERROR, "百分数 %s 超出 0–100 的范围",
            "百分数填写 0 到 100 之间的数值：95% 填 95"),
    C103(ERROR, "数值 %s 不能为负数",
            "请填写 0 或正数"),
    C104(ERROR, "“%s”应为整数",
            "个数、家数、次数和名次请填写整数"),
    C105(ERROR, "数值“%s”含义不明确：%s",
            "百分数请填写百分数的数值，如 95% 填 95；如确为小于 1 的百分数，请写成“0.5%”"),
    C106(ERROR, "该指标不能填写“不适用”（“%s”）",
            "请填写数值；如确无数据，请在“说明”列说明原因"),
    C107(ERROR, "进展状态“%s”无效",
            "请从下拉列表中选择：已完成、按进度推进、滞后、未启动"),
    C108(ERROR, "单元格是错误值 %s，多为公式出错",
            "请改正公式，或直接填写数值"),
    C109(WARNING, "本期值未填写，将按“未报送”计分",
            "如有数据请补填后重新报送"),
    C110(WARNING, "进展状态未填写，将按“未报送”计分",
            "请从下拉列表中选择进展状态后重新报送"),
    C111(ERROR, "“%s”超出可处理的数值范围（不是有限的数，或绝对值达到 10 万亿）",
            "请填写实际数值；如为公式结果，请检查公式"),
    C112(ERROR, "单元格是日期格式（显示为“%s”），不是数值",
            "请把单元格格式改为“常规”或“数值”，再填写数值"),
    C113(ERROR, "单元格是公式，但文件中没有保存公式的计算结果",
            "请在 Excel 或 WPS 中打开并保存一次（让公式算出结果），或直接填写数值"),
    C114(ERROR, "“%s”的小数超过 6 位",
            "请四舍五入到 6 位小数以内后重新报送"),
    C115(ERROR, "“%s”用逗号作了小数点",
            "小数点请用英文句点“.”，如 58,9 写作 58.9；不要写千位分隔符以外的逗号"),
    C116(ERROR, "比率的分子、分母%s",
            "分子、分母都填写实数，分母不能为 0；不适用时两格都填“无”"),
    V201(ERROR, "累计数 %s 少于上期（%s）已报的 %s",
            "自计划开始以来的累计数不会减少，请核对后更正"),
    V202(WARNING, "比上期（%s）的 %s 变动了 %s 个百分点，超过 %s 个百分点",
            "请核对数据；如属实，请在“说明”列说明原因"),
    V203(WARNING, "累计数 %s 与一年前（%s）所报相同，一年没有新增",
            "请核对；如确无新增，请在“说明”列说明原因"),
    V204(WARNING, "%s 比上期（%s）的 %s 变动了 %s%%，超过一半",
            "请核对数据和计量单位；如属实，请在“说明”列说明原因"),
    V205(WARNING, "%s 与已报送的 %s 个同类单位相差很大（它们的中间值为 %s）",
            "请核对数据和计量单位；如属实，请在“说明”列说明原因");

    private final Severity severity;
    private final String message;
    private final String hint;

    FindingCode(Severity severity, String message, String hint) {
        this.severity = severity;
        this.message = message;
        this.hint = hint;
    }

    public Severity severity() {
        return severity;
    }

    public String hint() {
        return hint;
    }

    public String message(Object... details) {
        return String.format(message, details);
    }

    /** The message template as documented, with its %s placeholders. */
    public String template() {
        return message;
    }
}
