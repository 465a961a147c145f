package kaohe.audit;

/** What happened, with the word the office uses for it. */
public enum AuditEvent {
    RECEIVED("收到"),
    ACCEPTED("接收"),
    REJECTED("退回（未通过校验）"),
    SUPERSEDED("被替代"),
    APPROVED("审核通过"),
    RETURNED_FOR_REVISION("退回修改"),
    ADJUSTED("加减分"),
    VETOED("一票否决"),
    ASSESSED("考核评分"),
    PUBLISHED("发布"),
    CORRECTED("更正"),
    REOPENED("撤回发布"),
    MAILED("发送邮件"),
    BASELINES_RECORDED("基数入计划"),
    RECTIFICATION_RECEIVED("收到整改报告"),
    OBJECTIONS_OPENED("征求意见（异议）"),
    OBJECTION_RECEIVED("收到异议"),
    OBJECTION_DECIDED("异议处理"),
    SAMPLED("抽取核查样本"),
    VERIFIED("核查结论"),
    EVIDENCE_RECEIVED("收到佐证材料"),
    TASK_VERIFIED("任务核实");

    private final String label;

    AuditEvent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
