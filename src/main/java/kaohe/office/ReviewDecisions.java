package kaohe.office;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kaohe.audit.AuditEvent;
import kaohe.audit.AuditTrail;
import kaohe.ingest.AcceptedReturns;
import kaohe.ingest.CurrentReturn;
import kaohe.ingest.ReturnRevision;
import kaohe.plan.Plan;
import kaohe.report.MailLog;
import kaohe.report.ReportMailer;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.shared.UtcTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a filled-in 审核表: every decision is checked first, and the whole workbook is refused when any
 * return it names is no longer current (the unit sent a new one since), so no decision is taken on
 * figures the office did not see. 通过 is recorded; 退回修改 takes the return out of scoring until a
 * corrected one is accepted, and the unit is told why. Each decision goes to the audit trail.
 */
@Component
public class ReviewDecisions {

    /** One decision of the workbook. */
    public record Decision(UnitCode unit, long returnId, boolean approve, String reason) {
    }

    public record Applied(Period period, List<Decision> decisions, int notified) {
        public long returned() {
            return decisions.stream().filter(d -> !d.approve()).count();
        }
    }

    private final Plan plan;
    private final AcceptedReturns returns;
    private final ReturnRevision revision;
    private final AuditTrail audit;
    private final ReportMailer mailer;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ReviewDecisions(Plan plan, AcceptedReturns returns, ReturnRevision revision, AuditTrail audit, ReportMailer mailer, Clock clock, javax.sql.DataSource dataSource) {
        this.plan = plan;
        this.returns = returns;
        this.revision = revision;
        this.audit = audit;
        this.mailer = mailer;
        this.clock = clock;
        this.jdbc = JdbcClient.create(dataSource);
        this.transaction = new TransactionTemplate(new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource));
    }

    /** Above this a 审核表 is not one Kaohe wrote for the plan: refused before any library opens it. */
    long sizeLimit() {
        return (2L << 20) + 16L * 1024 * plan.units().size();
    }

    public Applied apply(Path file) {
        refuseUnlikelyFile(file);
        Period period;
        List<Decision> decisions = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            Sheet meta = workbook.getSheet(ReviewWorkbook.META_SHEET);
            Sheet review = workbook.getSheet(ReviewWorkbook.REVIEW_SHEET);
            if (meta == null || review == null || meta.getRow(0) == null) {
                throw new kaohe.shared.Refusal(file.getFileName() + " 不是考核系统生成的审核表（缺少“审核”表或其标识）");
            }
            DataFormatter format = new DataFormatter();
            String planText = text(format, meta.getRow(0).getCell(0));
            if (!planText.equals("plan=" + plan.id())) {
                throw new kaohe.shared.Refusal(file.getFileName() + " 是另一个计划的审核表（" + planText + "）");
            }
            String periodText = text(format, meta.getRow(0).getCell(1));
            if (!periodText.startsWith("period=") || !Period.isValid(periodText.substring("period=".length()))) {
                throw new kaohe.shared.Refusal(file.getFileName() + " 的标识表已被改动，无法确定考核期：请重新生成审核表");
            }
            period = Period.of(periodText.substring("period=".length()));
            java.util.Set<Long> written = new java.util.HashSet<>();
            for (int r = 1; r <= meta.getLastRowNum(); r++) {
                Row m = meta.getRow(r);
                if (m != null && m.getCell(0) != null && m.getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    written.add((long) m.getCell(0).getNumericCellValue());
                }
            }
            // Rows are matched by their visible 报表编号, never by position: a sorted or filtered sheet reads the same.
            Map<Long, Integer> decidedAt = new java.util.HashMap<>();
            for (int r = 1; r <= review.getLastRowNum(); r++) {
                Row row = review.getRow(r);
                if (row == null) {
                    continue;
                }
                String choice = text(format, row.getCell(ReviewWorkbook.DECISION_COLUMN));
                if (choice.isEmpty()) {
                    continue;
                }
                int line = r + 1;
                String unit = text(format, row.getCell(0));
                String reason = text(format, row.getCell(ReviewWorkbook.REASON_COLUMN));
                String idText = text(format, row.getCell(2));
                if (!idText.matches("\\d{1,18}")) {
                    throw new kaohe.shared.Refusal("审核表第 " + line + " 行" + (unit.isEmpty() ? "" : "（" + unit + "）") + "作了决定，但“报表编号”"
                            + (idText.isEmpty() ? "是空的" : "“" + idText + "”不是编号") + "：决定只能写在审核表列出的报表那一行，没有应用任何决定");
                }
                long returnId = Long.parseLong(idText);
                if (!written.contains(returnId)) {
                    throw new kaohe.shared.Refusal("审核表第 " + line + " 行的报表编号 " + returnId + " 不在这张审核表生成时列出的报表中"
                            + "（粘贴或手工添加的行？）：没有应用任何决定");
                }
                Integer earlier = decidedAt.putIfAbsent(returnId, line);
                if (earlier != null) {
                    throw new kaohe.shared.Refusal("审核表第 " + earlier + " 行和第 " + line + " 行都对第 " + returnId + " 号报表（" + unit
                            + "）作了决定：每份报表只能有一个决定，请删去其中一行，没有应用任何决定");
                }
                if (!choice.equals(ReviewWorkbook.APPROVE) && !choice.equals(ReviewWorkbook.RETURN)) {
                    throw new kaohe.shared.Refusal("审核表第 " + line + " 行（" + unit + "）的决定“" + choice + "”应为“通过”或“退回修改”");
                }
                if (choice.equals(ReviewWorkbook.RETURN) && reason.isEmpty()) {
                    throw new kaohe.shared.Refusal("审核表第 " + line + " 行（" + unit + "）退回修改须写明理由，单位将收到这条理由");
                }
                if (!UnitCode.isValid(unit)) {
                    throw new kaohe.shared.Refusal("审核表第 " + line + " 行的单位编码“" + unit + "”不是有效的编码：没有应用任何决定");
                }
                decisions.add(new Decision(UnitCode.of(unit), returnId, choice.equals(ReviewWorkbook.APPROVE), reason));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof kaohe.shared.Refusal refusal) {
                throw refusal;
            }
            throw new kaohe.shared.Refusal(file.getFileName() + " 无法作为审核表读取（文件已损坏，或不是 Excel 工作簿）：请重新生成审核表");
        }
        Map<String, Long> current = returns.currentReturns(plan.id(), period).stream()
                .collect(Collectors.toMap(CurrentReturn::unitCode, CurrentReturn::id));
        Map<Long, String> unitOf = new java.util.HashMap<>();
        current.forEach((unit, id) -> unitOf.put(id, unit));
        List<String> stale = new ArrayList<>();
        for (Decision d : decisions) {
            String holder = unitOf.get(d.returnId());
            if (holder != null && !holder.equals(d.unit().value())) {
                throw new kaohe.shared.Refusal("审核表中第 " + d.returnId() + " 号报表是 " + holder + " 的，但那一行的单位编码写着 " + d.unit()
                        + "：没有应用任何决定，请重新生成审核表");
            }
            if (holder == null) {
                Long now = current.get(d.unit().value());
                stale.add(d.unit() + (now != null ? " 之后又报送了第 " + now + " 号报表" : " 的第 " + d.returnId() + " 号报表已不是当前报表"));
            }
        }
        if (!stale.isEmpty()) {
            throw new kaohe.shared.Refusal("审核表已过时，没有应用任何决定：" + String.join("；", stale)
                    + "。请重新生成审核表（review --period " + period + "）后再审核");
        }
        transaction.executeWithoutResult(status -> {
            for (Decision d : decisions) {
                jdbc.sql("INSERT INTO review_decision (return_id, plan_id, period_code, unit_code, decision, reason, actor, decided_utc) "
                                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(d.returnId(), plan.id(), period.toString(), d.unit().value(), d.approve() ? "APPROVED" : "RETURNED",
                                d.reason(), audit.actor(), UtcTime.column(clock.instant()))
                        .update();
                if (!d.approve()) {
                    revision.returnForRevision(d.returnId());
                }
                audit.record(plan.id(), period.toString(), d.unit().value(), d.returnId(),
                        d.approve() ? AuditEvent.APPROVED : AuditEvent.RETURNED_FOR_REVISION, d.reason());
            }
        });
        int notified = 0;
        for (Decision d : decisions) {
            if (!d.approve()) {
                String name = plan.unit(d.unit()).map(u -> u.name()).orElse(d.unit().value());
                notified += mailer.notifyUnit(period, d.unit(), MailLog.Kind.REVISION, d.returnId() + "|" + d.reason(),
                        period + " 考核报表退回修改（" + name + "）",
                        name + "：\n" + plan.name() + " " + period + " 考核报表（第 " + d.returnId() + " 号）经考核办审核退回修改，理由：\n"
                                + d.reason() + "\n请改正后重新报送；改正的报表被接收之前，本期按未报送计分。", Optional.empty());
            }
        }
        return new Applied(period, decisions, notified);
    }

    /** Before any workbook library opens it: the kind of file and its size. */
    private void refuseUnlikelyFile(Path file) {
        try {
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new kaohe.shared.Refusal("找不到审核表 " + file);
            }
            long size = java.nio.file.Files.size(file);
            if (size > sizeLimit()) {
                throw new kaohe.shared.Refusal(file.getFileName() + " 有 " + (size >> 10) + " KB，远大于本计划的审核表（上限 " + (sizeLimit() >> 10)
                        + " KB）：它不是 review 生成的审核表，或被粘贴了大量内容。请重新生成审核表");
            }
            byte[] head = new byte[4];
            int read;
            try (var in = java.nio.file.Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, 4);
            }
            if (read < 4 || head[0] != 'P' || head[1] != 'K') {
                String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                throw new kaohe.shared.Refusal(file.getFileName() + (name.endsWith(".csv") || name.endsWith(".txt") ? " 是文本（CSV）文件" : " 不是 .xlsx 工作簿")
                        + "：请应用 review 生成、在 Excel 或 WPS 中填好并按 .xlsx 保存的审核表");
            }
        } catch (IOException e) {
            throw new kaohe.shared.Refusal("无法读取审核表 " + file + "（" + e.getMessage() + "）");
        }
    }

    private static String text(DataFormatter format, Cell cell) {
        return cell == null ? "" : format.formatCellValue(cell).trim();
    }
}
