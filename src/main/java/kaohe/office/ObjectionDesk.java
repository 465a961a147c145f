package kaohe.office;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kaohe.audit.AuditEvent;
import kaohe.audit.AuditTrail;
import kaohe.ingest.DroppedFiles;
import kaohe.ingest.SafeFileName;
import kaohe.plan.DeadlineRule;
import kaohe.plan.Plan;
import kaohe.report.MailLog;
import kaohe.report.ReportMailer;
import kaohe.score.AssessmentStore;
import kaohe.score.ItemScore;
import kaohe.score.RankedUnit;
import kaohe.score.Ranking;
import kaohe.shared.AtomicFiles;
import kaohe.shared.Period;
import kaohe.shared.Refusal;
import kaohe.shared.UnitCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 征求意见 and 异议: while a period's draft is out, the office opens it for objections until a deadline and sends each
 * unit its 异议表; filled forms come back through {@code <home>/objections/inbox/}; the office answers each objection
 * (采纳 / 不采纳, with a reason) in an 异议处理表, and each unit is mailed its answers once. Objections after the
 * deadline are recorded and answered as late. Upheld objections lead the office to correct the data and assess again.
 */
@Component
public class ObjectionDesk {

    private static final Logger LOG = LoggerFactory.getLogger(ObjectionDesk.class);

    /** Where a unit's 异议表 takes its first claim, and where the 异议处理表 takes an answer: for filling them in code (the demo). */
    public static final int FORM_FIRST_ROW = ObjectionForm.FIRST_ROW;
    public static final int FORM_CLAIM_COLUMN = ObjectionForm.CLAIM_COLUMN;
    public static final int FORM_EVIDENCE_COLUMN = ObjectionForm.EVIDENCE_COLUMN;
    public static final int REVIEW_DECISION_COLUMN = ObjectionReview.DECISION_COLUMN;
    public static final int REVIEW_REASON_COLUMN = ObjectionReview.REASON_COLUMN;

    public record Opened(LocalDate deadline, long runId, Path folder, int forms, int mailed) {
    }

    public record Taken(int objections, int late, int files, int duplicates, int rejected, int waiting, List<String> lines) {
        public String text() {
            return "收到异议表 " + files + " 份（异议 " + objections + " 条，其中逾期 " + late + " 条），重复 " + duplicates + " 份，退回 " + rejected
                    + " 份，待下次处理 " + waiting + " 份";
        }
    }

    public record Applied(int adopted, int rejected, int mailed, List<String> adoptedLines) {
    }

    private final Plan plan;
    private final Path home;
    private final int settleSeconds;
    private final Objections objections;
    private final AssessmentStore assessments;
    private final Publications publications;
    private final ReportMailer mailer;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ObjectionDesk(Plan plan, kaohe.KaoheProperties properties, Objections objections, AssessmentStore assessments, Publications publications,
                  ReportMailer mailer, AuditTrail audit, Clock clock, javax.sql.DataSource dataSource) {
        this.plan = plan;
        this.home = properties.home();
        this.settleSeconds = properties.ingest().settleSeconds();
        this.objections = objections;
        this.assessments = assessments;
        this.publications = publications;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), DeadlineRule.PLAN_TIME);
    }

    public Path inbox() {
        return home.resolve("objections").resolve("inbox");
    }

    /** Opens the period's draft for objections until {@code deadline} (Beijing date, inclusive) and writes every unit's 异议表. */
    public Opened open(Period period, LocalDate deadline) throws IOException {
        publications.inForce(plan.id(), period.toString()).ifPresent(p -> {
            throw new Refusal(period + " 已发布第 " + p.version() + " 版：征求意见在发布之前；发布后某个单位的结果有误，请用 correct 更正");
        });
        long runId = assessments.latestRun(plan.id(), period)
                .orElseThrow(() -> new Refusal(period + " 还没有考核，没有可征求意见的结果：请先运行 assess --period " + period));
        if (deadline.isBefore(today())) {
            throw new Refusal("异议截止日期 " + deadline + " 已经过去（今天是 " + today() + "，北京时间）");
        }
        List<RankedUnit> ranked = Ranking.rank(assessments.load(runId, plan), plan.reporting().minimumRanked());
        Path folder = home.resolve("outbox").resolve(period.toString()).resolve("异议表");
        int mailed = 0;
        for (RankedUnit unit : ranked) {
            Path form = folder.resolve(unit.assessment().unit().code() + "-" + unit.assessment().unit().name() + "-异议表-" + period + ".xlsx");
            AtomicFiles.write(form, out -> ObjectionForm.write(plan, period, unit, deadline, out));
        }
        transaction.executeWithoutResult(status -> {
            objections.open(plan.id(), period, deadline, runId, audit.actor(), clock.instant());
            audit.record(plan.id(), period.toString(), "", 0, AuditEvent.OBJECTIONS_OPENED, "征求意见稿（第 " + runId + " 次评分）接受异议至 " + deadline);
        });
        for (RankedUnit unit : ranked) {
            UnitCode code = unit.assessment().unit().code();
            Path form = folder.resolve(code + "-" + unit.assessment().unit().name() + "-异议表-" + period + ".xlsx");
            mailed += mailer.notifyUnit(period, code, MailLog.Kind.OBJECTION_FORM, code + "|" + period + "|" + runId + "|" + deadline,
                    period.label() + "考核结果征求意见：" + unit.assessment().unit().name() + "异议表（截止 " + deadline + "）",
                    unit.assessment().unit().name() + "：\n\n附件是贵单位" + period.label() + "考核结果（征求意见稿）的异议表。对得分有异议的，请于 " + deadline
                            + "（含当日）前填写异议内容和佐证材料，放入考核系统异议收件箱中本单位的文件夹（objections/inbox/" + code + "/）。逾期提出的异议不再受理。",
                    Optional.of(form));
        }
        return new Opened(deadline, runId, folder, ranked.size(), mailed);
    }

    /** Takes the filled 异议表 in {@code <home>/objections/inbox/} (at its top or in unit folders). */
    public Taken ingest() throws IOException {
        Files.createDirectories(inbox());
        Tally tally = new Tally();
        for (Path entry : DroppedFiles.listed(inbox())) {
            if (Files.isSymbolicLink(entry)) {
                tally.waiting("“" + entry.getFileName() + "”是链接，不予读取");
            } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                take(entry, null, tally);
            } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                String name = entry.getFileName().toString();
                UnitCode folderUnit = UnitCode.isValid(name) ? UnitCode.of(name) : null;
                for (Path file : DroppedFiles.listed(entry)) {
                    if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        tally.waiting("“" + name + "/" + file.getFileName() + "”不是普通文件（链接或文件夹），不予读取");
                    } else {
                        take(file, folderUnit, tally);
                    }
                }
            }
        }
        return new Taken(tally.objections, tally.late, tally.files.taken(), tally.files.duplicates(), tally.files.rejected(), tally.files.waiting(),
                tally.files.lines());
    }

    private void take(Path file, UnitCode folderUnit, Tally tally) {
        String original = file.getFileName().toString();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Instant now = clock.instant();
            Instant modified = attributes.lastModifiedTime().toInstant();
            if (modified.isAfter(now.minusSeconds(settleSeconds))) {
                tally.waiting("“" + original + "”可能仍在复制，下次再收");
                return;
            }
            ObjectionForm.Filled filled;
            try {
                filled = ObjectionForm.read(file, plan);
            } catch (Refusal refusal) {
                reject(file, folderUnit, refusal.getMessage(), tally);
                return;
            }
            String unitName = plan.unit(filled.unit()).map(u -> u.name()).orElse(filled.unit().value());
            if (folderUnit != null && !folderUnit.equals(filled.unit())) {
                reject(file, folderUnit, "这是" + unitName + "的异议表，却放在了 " + folderUnit + " 的文件夹中", tally);
                return;
            }
            Optional<Objections.Window> window = objections.window(plan.id(), filled.period());
            if (window.isEmpty()) {
                reject(file, filled.unit(), filled.period() + " 没有征求意见（考核办尚未下发异议表）", tally);
                return;
            }
            String hash = DroppedFiles.hash(file);
            if (objections.seen(plan.id(), filled.period(), filled.unit(), hash)) {
                Files.deleteIfExists(file);
                tally.duplicate(unitName + "“" + original + "”与已收到的异议表相同，不重复登记");
                return;
            }
            Instant received = modified.isBefore(now) ? modified : now;
            boolean late = LocalDate.ofInstant(received, DeadlineRule.PLAN_TIME).isAfter(window.get().deadline());
            Path stored = home.resolve("objections").resolve("archive").resolve(filled.period().toString()).resolve(filled.unit().value())
                    .resolve(SafeFileName.of(original, hash));
            AtomicFiles.copy(file, stored);
            try {
                transaction.executeWithoutResult(status -> {
                    for (ObjectionForm.Claim claim : filled.claims()) {
                        objections.record(plan.id(), filled.period(), filled.unit(), claim.item(), claim.claim(), claim.evidence(), original,
                                home.relativize(stored).toString(), hash, received, late);
                    }
                    audit.record(plan.id(), filled.period().toString(), filled.unit().value(), 0, AuditEvent.OBJECTION_RECEIVED,
                            original + "：异议 " + filled.claims().size() + " 条" + (late ? "（逾期，截止 " + window.get().deadline() + "）" : ""));
                });
            } catch (RuntimeException e) {
                Files.deleteIfExists(stored);
                throw e;
            }
            Files.deleteIfExists(file);
            tally.taken(filled.claims().size(), late, unitName + " " + filled.period() + "“" + original + "”：异议 " + filled.claims().size() + " 条"
                    + (late ? "，逾期（截止 " + window.get().deadline() + "），记录在案，不再受理" : ""));
            if (late) {
                mailer.notifyUnit(filled.period(), filled.unit(), MailLog.Kind.OBJECTION, filled.unit() + "|" + filled.period() + "|late|" + hash,
                        filled.period().label() + "考核结果异议答复（" + unitName + "）：逾期提出",
                        unitName + "：\n\n贵单位的异议表“" + original + "”于 " + LocalDate.ofInstant(received, DeadlineRule.PLAN_TIME) + " 收到，已过征求意见截止日期 "
                                + window.get().deadline() + "，所提 " + filled.claims().size() + " 条异议记录在案，不再受理。", Optional.empty());
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("{} could not be taken and stays in the objections inbox: {}", file, e.toString(), e);
            tally.waiting("“" + original + "”未能保存，留在收件箱下次再收（" + e.getMessage() + "）");
        }
    }

    private void reject(Path file, UnitCode unit, String why, Tally tally) {
        Path folder = home.resolve("objections").resolve("rejected");
        DroppedFiles.reject(file, unit == null ? folder : folder.resolve(unit.value()), file.getFileName().toString(), why, tally.files);
    }

    /** Writes the 异议处理表 of the period: every objection in time to decide, the late ones apart. */
    public Path reviewWorkbook(Period period) throws IOException {
        Objections.Window window = objections.window(plan.id(), period)
                .orElseThrow(() -> new Refusal(period + " 没有征求意见：请先运行 objections open --period " + period + " --until 日期"));
        Map<UnitCode, RankedUnit> scored = Ranking.rank(assessments.load(window.runId(), plan), plan.reporting().minimumRanked()).stream()
                .collect(Collectors.toMap(r -> r.assessment().unit().code(), r -> r, (a, b) -> a, LinkedHashMap::new));
        Path file = home.resolve("outbox").resolve(period.toString()).resolve("异议处理表-" + period + ".xlsx");
        List<Objections.Objection> all = objections.of(plan.id(), period);
        AtomicFiles.write(file, out -> ObjectionReview.write(plan, period, window, all, scored, out));
        return file;
    }

    /**
     * Records the office's answers from a filled 异议处理表, all or none, and mails each unit its answers once. The
     * upheld objections are returned: the office corrects the data they name and assesses the period again.
     */
    public Applied apply(Path file) {
        ObjectionReview.Filled filled = ObjectionReview.read(file, plan);
        Map<Long, Objections.Objection> known = objections.of(plan.id(), filled.period()).stream()
                .collect(Collectors.toMap(Objections.Objection::id, o -> o));
        for (ObjectionReview.Answer answer : filled.answers()) {
            Objections.Objection o = known.get(answer.id());
            if (o == null) {
                throw new Refusal("异议处理表第 " + answer.line() + " 行的异议编号 " + answer.id() + " 不是 " + filled.period() + " 的异议，没有应用任何决定");
            }
            if (o.late()) {
                throw new Refusal("异议处理表第 " + answer.line() + " 行的异议是逾期提出的，不作决定，没有应用任何决定");
            }
        }
        List<ObjectionReview.Answer> changed = filled.answers().stream().filter(a -> {
            Objections.Objection o = known.get(a.id());
            return o.decision() != a.decision() || !a.reason().equals(o.reason() == null ? "" : o.reason());
        }).toList();
        transaction.executeWithoutResult(status -> {
            for (ObjectionReview.Answer answer : changed) {
                Objections.Objection o = known.get(answer.id());
                objections.decide(answer.id(), answer.decision(), answer.reason(), audit.actor(), clock.instant());
                audit.record(plan.id(), filled.period().toString(), o.unit().value(), 0, AuditEvent.OBJECTION_DECIDED,
                        "异议 " + answer.id() + "（" + (o.item().isEmpty() ? ObjectionForm.TOTAL : o.item()) + "）" + answer.decision().label()
                                + (answer.reason().isEmpty() ? "" : "：" + answer.reason()));
            }
        });
        List<Objections.Objection> now = objections.of(plan.id(), filled.period());
        int mailed = 0;
        Map<UnitCode, List<Objections.Objection>> byUnit = now.stream().filter(o -> o.decision() != null)
                .collect(Collectors.groupingBy(Objections.Objection::unit, LinkedHashMap::new, Collectors.toList()));
        for (var entry : byUnit.entrySet()) {
            String unitName = plan.unit(entry.getKey()).map(u -> u.name()).orElse(entry.getKey().value());
            String answers = entry.getValue().stream().map(o -> "· " + (o.item().isEmpty() ? "总分及其他" : o.item() + " " + itemName(o.item()))
                    + "：" + o.claim() + "\n  答复：" + o.decision().label() + (o.reason() == null || o.reason().isEmpty() ? "" : "，" + o.reason()))
                    .collect(Collectors.joining("\n"));
            String identity = entry.getKey() + "|" + filled.period() + "|" + entry.getValue().stream()
                    .map(o -> o.id() + ":" + o.decision() + ":" + o.reason()).collect(Collectors.joining(","));
            mailed += mailer.notifyUnit(filled.period(), entry.getKey(), MailLog.Kind.OBJECTION, identity,
                    filled.period().label() + "考核结果异议答复（" + unitName + "）",
                    unitName + "：\n\n贵单位对" + filled.period().label() + "考核结果（征求意见稿）所提异议，答复如下：\n" + answers
                            + "\n\n采纳的异议，考核办将据此更正后重新考核。", Optional.empty());
        }
        List<String> adopted = now.stream().filter(o -> o.decision() == Objections.Decision.ADOPTED)
                .map(o -> plan.unit(o.unit()).map(u -> u.name()).orElse(o.unit().value()) + " "
                        + (o.item().isEmpty() ? "总分及其他" : o.item() + " " + itemName(o.item())) + "：" + o.claim())
                .toList();
        int rejectedCount = (int) now.stream().filter(o -> o.decision() == Objections.Decision.REJECTED).count();
        return new Applied(adopted.size(), rejectedCount, mailed, adopted);
    }

    private String itemName(String code) {
        return kaohe.shared.ItemCode.isValid(code) ? plan.itemName(kaohe.shared.ItemCode.of(code)).orElse("") : "";
    }

    /** The scored items of a unit in the window's run, for the review workbook. */
    static Optional<ItemScore> item(RankedUnit unit, String code) {
        return unit == null ? Optional.empty() : unit.assessment().items().stream().filter(i -> i.item().value().equals(code)).findFirst();
    }

    /** The forms taken, with how many objections they held and how many of those came late. */
    private static final class Tally {
        int objections;
        int late;
        final DroppedFiles.Tally files = new DroppedFiles.Tally();

        void taken(int claims, boolean wasLate, String line) {
            objections += claims;
            late += wasLate ? claims : 0;
            files.taken(line);
        }

        void duplicate(String line) {
            files.duplicate(line);
        }

        void waiting(String line) {
            files.waiting(line);
        }
    }
}
