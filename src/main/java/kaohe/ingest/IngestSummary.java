package kaohe.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The tally of one ingest run, as printed at its end and stored with it: what was answered, and every
 * file it left in the inbox with the reason.
 *
 * @param left files still in the inbox when the run ended, by reason
 * @param sealFailures files rejected because their seal did not verify (F014)
 */
public record IngestSummary(long runId, int accepted, int rejected, int duplicates, int warnings, int quarantined,
                            Map<LeftReason, Integer> left, boolean dryRun, List<String> rejectedFiles, int sealFailures, String evidence) {

    public IngestSummary {
        left = left.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(left));
        rejectedFiles = List.copyOf(rejectedFiles);
        evidence = evidence == null ? "" : evidence;
    }

    public IngestSummary(long runId, int accepted, int rejected, int duplicates, int warnings, int quarantined,
                         Map<LeftReason, Integer> left, boolean dryRun) {
        this(runId, accepted, rejected, duplicates, warnings, quarantined, left, dryRun, List.of(), 0, "");
    }

    /** The same summary naming the files it rejected. */
    public IngestSummary withRejectedFiles(List<String> names) {
        return new IngestSummary(runId, accepted, rejected, duplicates, warnings, quarantined, left, dryRun, names, sealFailures, evidence);
    }

    /** The same summary counting the files rejected for their seal. */
    public IngestSummary withSealFailures(int failures) {
        return new IngestSummary(runId, accepted, rejected, duplicates, warnings, quarantined, left, dryRun, rejectedFiles, failures, evidence);
    }

    /** The same summary with what the run's 佐证材料 step did, as one line ("" when there was none). */
    public IngestSummary withEvidence(String line) {
        return new IngestSummary(runId, accepted, rejected, duplicates, warnings, quarantined, left, dryRun, rejectedFiles, sealFailures, line);
    }

    /**
     * Most of the files judged failed the seal: units rarely tamper with templates, so this is almost always
     * the office's own key that was lost or replaced, and the operator must hear of it before the units do.
     */
    public boolean sealAlarm() {
        return sealFailures >= 2 && sealFailures * 2 > accepted + rejected;
    }

    /** Files the next run takes up again by itself. */
    public int deferred() {
        return left.entrySet().stream().filter(e -> e.getKey().retried()).mapToInt(Map.Entry::getValue).sum();
    }

    public int left(LeftReason reason) {
        return left.getOrDefault(reason, 0);
    }

    public String text() {
        List<String> why = new ArrayList<>();
        for (LeftReason reason : LeftReason.values()) {
            if (reason.retried() && left(reason) > 0) {
                why.add(reason.label() + " " + left(reason) + " 份");
            }
        }
        StringBuilder text = new StringBuilder(String.format("%s第 %d 次接收：接受 %d 份，退回 %d 份，重复 %d 份，警告 %d 条，待下次处理 %d 份",
                dryRun ? "［试运行，未保存、未移动文件］" : "", runId, accepted, rejected, duplicates, warnings, deferred()));
        if (!why.isEmpty()) {
            text.append("（").append(String.join("，", why)).append("）");
        }
        if (left(LeftReason.LINK) > 0) {
            text.append("，拒收符号链接 ").append(left(LeftReason.LINK)).append(" 个（留在原处）");
        }
        if (left(LeftReason.NOT_A_RETURN) > 0) {
            text.append("，未处理非普通文件或过深文件夹 ").append(left(LeftReason.NOT_A_RETURN)).append(" 个");
        }
        if (quarantined > 0) {
            text.append("，转入隔离区 ").append(quarantined).append(" 份（failed/，见 status）");
        }
        if (!rejectedFiles.isEmpty()) {
            text.append("；退回：").append(String.join("、", rejectedFiles));
        }
        if (!evidence.isEmpty()) {
            text.append("；").append(evidence);
        }
        if (sealAlarm()) {
            text.append(String.format("%n注意：本次判定的 %d 份中有 %d 份因模板校验未通过（F014）被退回。各单位很少改动模板，"
                    + "这多半是本机的模板密钥丢失或被更换：请先核对 secret/template-seal.key 与 KAOHE_TEMPLATE_SECRET"
                    + "（见 README“模板密钥”），恢复密钥后这些文件可原样重报，会重新判定", accepted + rejected, sealFailures));
        }
        return text.toString();
    }
}
