package kaohe.ingest;

/** The tally of one ingest run, as printed at its end and stored with it. */
public record IngestSummary(long runId, int accepted, int rejected, int duplicates, int warnings, int deferred,
                            boolean dryRun) {

    public String text() {
        return String.format("%s第 %d 次接收：接受 %d 份，退回 %d 份，重复 %d 份，警告 %d 条，待下次处理 %d 份",
                dryRun ? "［试运行，未保存、未移动文件］" : "", runId, accepted, rejected, duplicates, warnings, deferred);
    }
}
