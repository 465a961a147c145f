package kaohe.ingest;

/** Why a file is still in the inbox after a run; every such file has one. */
public enum LeftReason {
    /** Modified within the settle time, or dropped while the run was going: it may still be being copied. */
    SETTLING("正在写入"),
    /** A symbolic link: never followed, never read, never deleted through; left for the operator. */
    LINK("符号链接，拒收"),
    /** Failed for a technical reason this run; tried again next run, up to the quarantine limit. */
    FAILED("技术故障"),
    /** In the run's snapshot, but the run stopped (shutdown) before taking it. */
    STOPPED("作业停止"),
    /** Rewritten while it was being ingested: what was checked is stored, the newer version waits. */
    CHANGED("处理中被改写"),
    /** Not a plain file (a pipe, a device) or deeper than the folders ingest looks into. */
    NOT_A_RETURN("非普通文件或层级过深");

    private final String label;

    LeftReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the next run will take it up again by itself. */
    public boolean retried() {
        return this == SETTLING || this == FAILED || this == STOPPED || this == CHANGED;
    }
}
