package kaohe.ingest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import kaohe.shared.ItemCode;
import kaohe.shared.MultiRowInsert;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import kaohe.validate.Finding;
import kaohe.validate.PreviousReturn;
import kaohe.validate.ReturnValue;
import kaohe.validate.ValueState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Submitted returns, their values and findings, and ingest runs. The caller holds the transaction;
 * several files share a transaction (see {@link ReturnFiler#fileChunk}). Also answers rules' questions about a unit's previous return.
 */
@Repository
class ReturnStore implements SubmittedReturns, AcceptedReturns, ReturnRevision, IngestRunRecords {

    private final JdbcClient jdbc;
    /** For the multi-row inserts of a return's values, findings and self-assessments, whose parameters they set by type. */
    private final JdbcTemplate batch;
    private final DataSource dataSource;

    private final kaohe.audit.AuditTrail audit;

    /** The plan whose inbox this store files for: a content is a duplicate only for the same plan's inbox. */
    private final String inboxPlan;

    private final kaohe.plan.Plan plan;
    private final PeerCache peers = new PeerCache(this::currentNumbers);
    private volatile SeenHashes seen = new SeenHashes(this::seenHashes);
    private volatile CurrentUnits current = new CurrentUnits(this::unitsWithCurrent);
    private volatile EarlierReturns earlier = new EarlierReturns(this::earliestAccepted);

    ReturnStore(DataSource dataSource, kaohe.audit.AuditTrail audit, kaohe.plan.Plan plan) {
        this.inboxPlan = plan.id();
        this.plan = plan;
        this.jdbc = JdbcClient.create(dataSource);
        this.batch = new JdbcTemplate(dataSource);
        this.dataSource = dataSource;
        this.audit = audit;
    }

    @Override
    public long startRun(boolean dryRun, Instant now) {
        peers.clear();
        seen = new SeenHashes(this::seenHashes);
        current = new CurrentUnits(this::unitsWithCurrent);
        earlier = new EarlierReturns(this::earliestAccepted);
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO ingest_run (started_at, dry_run) VALUES (?, ?)").params(seconds(now), dryRun).update(key, "id");
        return key.getKey().longValue();
    }

    /** One chunk's additions to a worker's tally of the run. */
    static final class Tally {
        int accepted;
        int rejected;
        int duplicates;
        long warnings;

        void add(IngestOutcome outcome) {
            switch (outcome.status()) {
                case ACCEPTED, SUPERSEDED, RETURNED -> accepted++;
                case REJECTED -> rejected++;
                case DUPLICATE -> duplicates++;
            }
            warnings += outcome.status() == ReturnStatus.DUPLICATE ? 0 : outcome.warnings();
        }

        boolean isEmpty() {
            return accepted + rejected + duplicates == 0;
        }
    }

    /** Adds a chunk's outcomes to {@code worker}'s tally of the run, in one statement; a worker's chunks are filed one at a time. */
    void count(long runId, String worker, Tally tally) {
        if (tally.isEmpty()) {
            return;
        }
        int updated = jdbc.sql("UPDATE ingest_tally SET accepted = accepted + ?, rejected = rejected + ?, duplicates = duplicates + ?, "
                        + "warnings = warnings + ? WHERE run_id = ? AND worker = ?")
                .params(tally.accepted, tally.rejected, tally.duplicates, tally.warnings, runId, worker).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO ingest_tally (run_id, worker, accepted, rejected, duplicates, warnings) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(runId, worker, tally.accepted, tally.rejected, tally.duplicates, tally.warnings).update();
        }
    }

    /**
     * Marks the run finished, copies its workers' tallies into its counters and stores why each file
     * left in the inbox is there ({@code deferred} counts those the next run takes up by itself).
     */
    @Override
    public void finishRun(long runId, Instant now, Map<LeftReason, Integer> left, int quarantined) {
        IngestSummary tally = summary(runId);
        IngestSummary summary = new IngestSummary(runId, tally.accepted(), tally.rejected(), tally.duplicates(), tally.warnings(),
                quarantined, left, tally.dryRun());
        jdbc.sql("UPDATE ingest_run SET finished_at = ?, accepted = ?, rejected = ?, duplicates = ?, warnings = ?, deferred = ?, "
                        + "quarantined = ?, links = ?, left_settling = ?, left_failed = ?, left_stopped = ?, left_changed = ?, "
                        + "left_not_a_return = ? WHERE id = ?")
                .params(seconds(now), summary.accepted(), summary.rejected(), summary.duplicates(), summary.warnings(),
                        summary.deferred(), quarantined, summary.left(LeftReason.LINK), summary.left(LeftReason.SETTLING),
                        summary.left(LeftReason.FAILED), summary.left(LeftReason.STOPPED), summary.left(LeftReason.CHANGED),
                        summary.left(LeftReason.NOT_A_RETURN), runId)
                .update();
    }

    @Override
    public IngestSummary summary(long runId) {
        return jdbc.sql("SELECT COALESCE(SUM(t.accepted), 0), COALESCE(SUM(t.rejected), 0), COALESCE(SUM(t.duplicates), 0), "
                        + "COALESCE(SUM(t.warnings), 0), r.dry_run, r.quarantined, r.links, r.left_settling, r.left_failed, "
                        + "r.left_stopped, r.left_changed, r.left_not_a_return "
                        + "FROM ingest_run r LEFT JOIN ingest_tally t ON t.run_id = r.id WHERE r.id = ? "
                        + "GROUP BY r.dry_run, r.quarantined, r.links, r.left_settling, r.left_failed, r.left_stopped, r.left_changed, "
                        + "r.left_not_a_return")
                .param(runId)
                .query((rs, n) -> {
                    Map<LeftReason, Integer> left = new java.util.EnumMap<>(LeftReason.class);
                    LeftReason[] order = {LeftReason.LINK, LeftReason.SETTLING, LeftReason.FAILED, LeftReason.STOPPED,
                            LeftReason.CHANGED, LeftReason.NOT_A_RETURN};
                    for (int i = 0; i < order.length; i++) {
                        if (rs.getInt(7 + i) > 0) {
                            left.put(order[i], rs.getInt(7 + i));
                        }
                    }
                    return new IngestSummary(runId, rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(6), left,
                            rs.getBoolean(5));
                })
                .single();
    }

    Optional<Long> idByHash(String contentHash) {
        if (!seen.mayHaveSeen(contentHash)) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id FROM return_file WHERE inbox_plan = ? AND seen_hash = ?").params(inboxPlan, contentHash)
                .query(Long.class).optional();
    }

    /**
     * A file that lost a race on a unique key: another worker or machine may have stored its content, or accepted its
     * unit's return, since this run began. Both are asked of the database from now on.
     */
    void mayBeStoredElsewhere(IngestOutcome outcome) {
        seen.note(outcome.contentHash());
        var d = outcome.decoded();
        if (d != null) {
            current.note(d.planId(), d.period(), d.unit());
            earlier.note(d.planId(), d.unit(), d.period());
        }
    }

    private List<String> unitsWithCurrent(String planId, Period period) {
        return jdbc.sql("SELECT unit_code FROM return_file WHERE plan_id = ? AND period_code = ? AND status = 'ACCEPTED'")
                .params(planId, period.toString()).query(String.class).list();
    }

    private Map<String, String> earliestAccepted(String planId) {
        Map<String, String> earliest = new HashMap<>();
        jdbc.sql("SELECT unit_code, MIN(period_code) FROM return_file WHERE plan_id = ? AND status = 'ACCEPTED' GROUP BY unit_code")
                .param(planId).query((org.springframework.jdbc.core.RowCallbackHandler) rs -> earliest.put(rs.getString(1), rs.getString(2)));
        return earliest;
    }

    private List<String> seenHashes() {
        return jdbc.sql("SELECT seen_hash FROM return_file WHERE inbox_plan = ? AND seen_hash IS NOT NULL").param(inboxPlan)
                .query(String.class).list();
    }

    /**
     * Stores an accepted or rejected return with its values and findings. An accepted return supersedes
     * the unit's earlier accepted return for the same plan and period, whose rows are kept.
     */
    long save(long runId, IngestOutcome outcome, String storedPath, Instant receivedAt) {
        ChunkRows rows = new ChunkRows();
        long id = save(runId, outcome, storedPath, receivedAt, rows);
        write(rows);
        return id;
    }

    /**
     * {@link #save(long, IngestOutcome, String, Instant)}, writing the return's own row (and what it supersedes) now and
     * adding its values, findings, self-assessments and audit events to {@code rows}, for {@link #write} to put in with
     * other returns' in the same transaction.
     */
    long save(long runId, IngestOutcome outcome, String storedPath, Instant receivedAt, ChunkRows rows) {
        var d = outcome.decoded();
        List<Long> superseded = List.of();
        if (outcome.status() == ReturnStatus.ACCEPTED && current.mayHaveCurrent(d.planId(), d.period(), d.unit())) {
            // Partitions and other machines ingest concurrently: the unique current_key lets only one
            // accepted row stand; the loser of a race fails on it, is rolled back to its savepoint and tried again.
            int replaced = jdbc.sql("UPDATE return_file SET status = 'SUPERSEDED', current_key = NULL "
                            + "WHERE plan_id = ? AND unit_code = ? AND period_code = ? AND status = 'ACCEPTED'")
                    .params(d.planId(), d.unit().value(), d.period().toString()).update();
            if (replaced > 0) {
                superseded = jdbc.sql("SELECT id FROM return_file WHERE plan_id = ? AND unit_code = ? AND period_code = ? "
                                + "AND status = 'SUPERSEDED' AND superseded_by IS NULL")
                        .params(d.planId(), d.unit().value(), d.period().toString()).query(Long.class).list();
            }
        }
        if (outcome.status() != ReturnStatus.REJECTED) {
            seen.note(outcome.contentHash());
        }
        if (outcome.status() == ReturnStatus.ACCEPTED) {
            current.note(d.planId(), d.period(), d.unit());
            earlier.note(d.planId(), d.unit(), d.period());
        }
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO return_file (run_id, content_hash, original_name, inbox_folder, stored_path, size_bytes, received_at, "
                        + "plan_id, plan_version, unit_code, period_code, status, errors, warnings, current_key, inbox_plan, seen_hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(runId, outcome.contentHash(), outcome.file().originalName(),
                        outcome.file().folderUnit() == null ? null : outcome.file().folderUnit().value(),
                        storedPath, outcome.file().size(), seconds(receivedAt),
                        d == null ? null : d.planId(), d == null ? null : d.planVersion(),
                        d == null ? null : d.unit().value(), d == null ? null : d.period().toString(),
                        outcome.status().name(), outcome.errors(), outcome.warnings(),
                        outcome.status() == ReturnStatus.ACCEPTED ? currentKey(d.planId(), d.unit(), d.period()) : null, inboxPlan,
                        // A rejected content is judged again when it comes again (V17).
                        outcome.status() == ReturnStatus.REJECTED ? null : outcome.contentHash())
                .update(key, "id");
        long id = key.getKey().longValue();
        if (!superseded.isEmpty()) {
            jdbc.sql("UPDATE return_file SET superseded_by = ? WHERE plan_id = ? AND unit_code = ? AND period_code = ? "
                            + "AND status = 'SUPERSEDED' AND superseded_by IS NULL")
                    .params(id, d.planId(), d.unit().value(), d.period().toString()).update();
        }
        if (d != null) {
            rows.add(id, d.values());
        }
        if (d != null && outcome.status() == ReturnStatus.ACCEPTED) {
            rows.addAssessments(id, d.selfAssessments());
        }
        rows.addFindings(id, outcome.findings());
        String planId = d == null ? "" : d.planId();
        String period = d == null ? "" : d.period().toString();
        String unit = d == null ? "" : d.unit().value();
        List<kaohe.audit.AuditTrail.Entry> events = new java.util.ArrayList<>();
        events.add(new kaohe.audit.AuditTrail.Entry(planId, period, unit, id, kaohe.audit.AuditEvent.RECEIVED, outcome.file().originalName()));
        if (outcome.status() == ReturnStatus.ACCEPTED) {
            events.add(new kaohe.audit.AuditTrail.Entry(planId, period, unit, id, kaohe.audit.AuditEvent.ACCEPTED,
                    outcome.warnings() == 0 ? "" : outcome.warnings() + " 条审核提示"));
            for (long earlier : superseded) {
                events.add(new kaohe.audit.AuditTrail.Entry(planId, period, unit, earlier, kaohe.audit.AuditEvent.SUPERSEDED,
                        "被第 " + id + " 号报表替代"));
            }
        } else {
            events.add(new kaohe.audit.AuditTrail.Entry(planId, period, unit, id, kaohe.audit.AuditEvent.REJECTED, outcome.findings().stream()
                    .filter(f -> f.severity() == kaohe.validate.Severity.ERROR).map(f -> f.code() + " " + f.message()).limit(3)
                    .collect(java.util.stream.Collectors.joining("；"))));
        }
        rows.addEvents(events, audit.now());
        return id;
    }

    /** The held rows, each table's in statements of as many rows as its limit allows, in the order they were added; then none is held. */
    void write(ChunkRows rows) {
        VALUES.insert(batch, rows.values, (ps, p, row) -> {
            ReturnValue v = row.value();
            ps.setLong(p + 1, row.returnId());
            ps.setString(p + 2, v.item().value());
            ps.setString(p + 3, v.type().name());
            ps.setString(p + 4, v.state().name());
            ps.setBigDecimal(p + 5, v.value());
            ps.setString(p + 6, v.status());
            ps.setString(p + 7, clip(v.rawText(), 500));
            ps.setString(p + 8, clip(v.note(), 2000));
            ps.setString(p + 9, v.sheet());
            ps.setString(p + 10, v.cell());
            ps.setBigDecimal(p + 11, v.numerator());
            ps.setBigDecimal(p + 12, v.denominator());
        });
        SELF_ASSESSMENTS.insert(batch, rows.assessments, (ps, p, row) -> {
            kaohe.validate.SelfAssessment a = row.assessment();
            ps.setLong(p + 1, row.returnId());
            ps.setString(p + 2, a.item().value());
            ps.setString(p + 3, a.type().name());
            ps.setString(p + 4, clip(a.status(), 32));
            ps.setString(p + 5, clip(a.reason(), 1000));
            ps.setString(p + 6, clip(a.measures(), 2000));
        });
        FINDINGS.insert(batch, rows.findings, (ps, p, row) -> {
            Finding f = row.finding();
            ps.setLong(p + 1, row.returnId());
            ps.setInt(p + 2, row.seq());
            ps.setString(p + 3, f.code().name());
            ps.setString(p + 4, f.severity().name());
            ps.setString(p + 5, f.sheet());
            ps.setString(p + 6, f.cell());
            ps.setString(p + 7, f.itemCode());
            ps.setString(p + 8, clip(f.message(), 1000));
        });
        if (!rows.events.isEmpty()) {
            audit.recordStamped(rows.events);
        }
        rows.clear();
    }

    /**
     * A hundred rows stay far below MySQL's smallest default packet (4 MB) even with every note at its 2,000
     * characters.
     */
    static final MultiRowInsert VALUES = new MultiRowInsert("return_value", List.of("return_id", "item_code", "item_type", "state",
            "value_number", "status", "raw_text", "note", "sheet_name", "cell_ref", "numerator", "denominator"), 100);

    private static final MultiRowInsert SELF_ASSESSMENTS = new MultiRowInsert("return_self_assessment",
            List.of("return_id", "item_code", "item_type", "status", "reason", "measures"), 100);

    private static final MultiRowInsert FINDINGS = new MultiRowInsert("return_finding",
            List.of("return_id", "seq", "code", "severity", "sheet_name", "cell_ref", "item_code", "message"), 500);

    /**
     * An accepted return's numbers join its peer group's for the rest of the run. Called once its rows are committed
     * (by {@link ReturnFiler}, when it settles the file), so a return rolled back, alone or with its chunk, is never
     * compared against.
     */
    void joinPeers(kaohe.validate.DecodedReturn d) {
        var group = plan.unit(d.unit()).map(kaohe.plan.ReportingUnit::peerGroup).orElse(null);
        if (group == null || !d.planId().equals(plan.id())) {
            return;
        }
        Map<ItemCode, BigDecimal> numbers = new HashMap<>();
        d.values().stream().filter(v -> v.state() == ValueState.VALUE && v.value() != null).forEach(v -> numbers.put(v.item(), v.value()));
        peers.accepted(d.planId(), d.period(), group, d.unit(), numbers);
    }

    @Override
    public kaohe.validate.PeerValues peers(String planId, Period period, kaohe.plan.PeerGroup group, List<UnitCode> groupUnits,
                                           UnitCode unit) {
        return peers.peers(planId, period, group, groupUnits, unit);
    }

    void saveDuplicate(long runId, IngestOutcome outcome, Instant receivedAt) {
        jdbc.sql("INSERT INTO return_duplicate (run_id, return_id, original_name, received_at) VALUES (?, ?, ?, ?)")
                .params(runId, outcome.duplicateOf(), outcome.file().originalName(), seconds(receivedAt)).update();
    }

    /** The unit's latest accepted return before the period, with its numbers, in one query. */
    @Override
    public Optional<PreviousReturn> latestBefore(String planId, UnitCode unit, Period period) {
        return latest(returnsIn(LATEST_BEFORE, List.of(planId, unit.value(), period.toString()), planId, unit));
    }

    /** Both returns the rules compare a new one with, in one query (it is asked once per file): the latest before the period and the one a year before it. */
    @Override
    public kaohe.validate.PreviousReturns.History history(String planId, UnitCode unit, Period period) {
        if (!earlier.mayHaveBefore(planId, unit, period)) {
            return new kaohe.validate.PreviousReturns.History(Optional.empty(), Optional.empty());
        }
        Period yearAgo = new Period(period.year() - 1, period.quarter());
        java.util.TreeMap<Period, Map<ItemCode, BigDecimal>> found = returnsIn("(r.period_code = ? OR " + LATEST_BEFORE + ")",
                List.of(yearAgo.toString(), planId, unit.value(), period.toString()), planId, unit);
        // The latest is the later of the two found; the year-ago one only if it is exactly that quarter.
        return new kaohe.validate.PreviousReturns.History(latest(found),
                Optional.ofNullable(found.get(yearAgo)).map(numbers -> new PreviousReturn(yearAgo, numbers)));
    }

    private static final String LATEST_BEFORE = "r.period_code = (SELECT MAX(p.period_code) FROM return_file p WHERE p.plan_id = ? "
            + "AND p.unit_code = ? AND p.period_code < ? AND p.status = 'ACCEPTED')";

    private static Optional<PreviousReturn> latest(java.util.TreeMap<Period, Map<ItemCode, BigDecimal>> found) {
        return found.isEmpty() ? Optional.empty() : Optional.of(new PreviousReturn(found.lastKey(), found.lastEntry().getValue()));
    }

    /**
     * The unit's accepted returns (one per plan, unit and period) in the periods the condition picks, each with its
     * numbers (none for a return without one), ordered by period code as the condition's MAX orders them.
     */
    private java.util.TreeMap<Period, Map<ItemCode, BigDecimal>> returnsIn(String periodCondition, List<Object> conditionParameters,
                                                                        String planId, UnitCode unit) {
        List<Object> parameters = new java.util.ArrayList<>(List.of(planId, unit.value()));
        parameters.addAll(conditionParameters);
        java.util.TreeMap<Period, Map<ItemCode, BigDecimal>> found = new java.util.TreeMap<>(java.util.Comparator.comparing(Period::toString));
        jdbc.sql("SELECT r.period_code, v.item_code, v.value_number FROM return_file r LEFT JOIN return_value v ON v.return_id = r.id "
                        + "AND v.state = 'VALUE' AND v.value_number IS NOT NULL "
                        + "WHERE r.plan_id = ? AND r.unit_code = ? AND r.status = 'ACCEPTED' AND " + periodCondition)
                .params(parameters)
                .query(rs -> {
                    Map<ItemCode, BigDecimal> numbers = found.computeIfAbsent(Period.of(rs.getString(1)), k -> new HashMap<>());
                    if (rs.getString(2) != null) {
                        numbers.put(ItemCode.of(rs.getString(2)), kaohe.shared.Decimals.canonical(rs.getBigDecimal(3)));
                    }
                });
        return found;
    }

    @Override
    public java.util.Map<UnitCode, java.util.Map<ItemCode, BigDecimal>> currentNumbers(String planId, Period period, List<UnitCode> units) {
        java.util.Map<UnitCode, java.util.Map<ItemCode, BigDecimal>> numbers = new java.util.HashMap<>();
        currentNumbers(planId, period, units, (unit, item, value) -> numbers.computeIfAbsent(unit, k -> new java.util.HashMap<>()).put(item, value));
        return numbers;
    }

    /** {@link #currentNumbers} one number at a time, streamed from the database: a peer group can be thousands of units. */
    void currentNumbers(String planId, Period period, List<UnitCode> units, PeerCache.PeerNumber number) {
        if (units.isEmpty()) {
            return;
        }
        Map<String, UnitCode> unitCodes = new HashMap<>();
        units.forEach(unit -> unitCodes.put(unit.value(), unit));
        kaohe.shared.LargeResults shared = new kaohe.shared.LargeResults();
        jdbc.sql("SELECT r.unit_code, v.item_code, v.value_number FROM return_value v JOIN return_file r ON r.id = v.return_id "
                        + "WHERE r.plan_id = :plan AND r.period_code = :period AND r.status = 'ACCEPTED' AND r.unit_code IN (:units) "
                        + "AND v.state = 'VALUE' AND v.value_number IS NOT NULL")
                .withFetchSize(kaohe.shared.LargeResults.streamingFetchSize(dataSource))
                .param("plan", planId).param("period", period.toString())
                .param("units", units.stream().map(UnitCode::value).toList())
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> number.accept(
                        unitCodes.computeIfAbsent(rs.getString(1), UnitCode::of), shared.code(rs.getString(2)), rs.getBigDecimal(3)));
    }

    /** The current (accepted, not superseded) return of a unit for a period. */
    @Override
    public Optional<StoredReturn> current(String planId, UnitCode unit, Period period) {
        return jdbc.sql("SELECT id, original_name, stored_path, received_at FROM return_file "
                        + "WHERE plan_id = ? AND unit_code = ? AND period_code = ? AND status = 'ACCEPTED'")
                .params(planId, unit.value(), period.toString())
                .query((rs, n) -> new StoredReturn(rs.getLong(1), rs.getString(2), rs.getString(3),
                        kaohe.shared.UtcTime.read(rs, 4), values(rs.getLong(1))))
                .optional();
    }

    @Override
    public Map<UnitCode, StoredReturn> currentByUnit(String planId, Period period) {
        Map<Long, List<ReturnValue>> values = new HashMap<>();
        kaohe.shared.LargeResults shared = new kaohe.shared.LargeResults();
        // Streamed, one copy of each repeated text: 10,000 returns hold 600,000 values.
        jdbc.sql("SELECT v.return_id, " + VALUE_COLUMNS + " FROM return_value v JOIN return_file r ON r.id = v.return_id "
                        + "WHERE r.plan_id = ? AND r.period_code = ? AND r.status = 'ACCEPTED' ORDER BY v.return_id, v.item_code")
                .withFetchSize(kaohe.shared.LargeResults.streamingFetchSize(dataSource))
                .params(planId, period.toString())
                .query(rs -> {
                    values.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(value(rs, 2, shared));
                });
        Map<UnitCode, StoredReturn> current = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT id, unit_code, original_name, stored_path, received_at FROM return_file "
                        + "WHERE plan_id = ? AND period_code = ? AND status = 'ACCEPTED' ORDER BY unit_code")
                .params(planId, period.toString())
                .query((rs, n) -> current.put(UnitCode.of(rs.getString(2)), new StoredReturn(rs.getLong(1), rs.getString(3),
                        rs.getString(4), kaohe.shared.UtcTime.read(rs, 5), values.getOrDefault(rs.getLong(1), List.of()))))
                .list();
        return current;
    }

    @Override
    public Map<UnitCode, List<kaohe.validate.SelfAssessment>> selfAssessments(String planId, Period period) {
        Map<UnitCode, List<kaohe.validate.SelfAssessment>> byUnit = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT r.unit_code, a.item_code, a.item_type, a.status, a.reason, a.measures FROM return_self_assessment a "
                        + "JOIN return_file r ON r.id = a.return_id WHERE r.plan_id = ? AND r.period_code = ? AND r.status = 'ACCEPTED' "
                        + "ORDER BY r.unit_code, a.item_code")
                .params(planId, period.toString())
                .query(rs -> {
                    byUnit.computeIfAbsent(UnitCode.of(rs.getString(1)), k -> new java.util.ArrayList<>()).add(new kaohe.validate.SelfAssessment(
                            ItemCode.of(rs.getString(2)), kaohe.validate.ItemType.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                            rs.getString(6)));
                });
        return byUnit;
    }

    List<ReturnValue> values(long returnId) {
        kaohe.shared.LargeResults shared = new kaohe.shared.LargeResults();
        return jdbc.sql("SELECT " + VALUE_COLUMNS + " FROM return_value v WHERE v.return_id = ? ORDER BY v.item_code")
                .param(returnId)
                .query((rs, n) -> value(rs, 1, shared))
                .list();
    }

    private static final String VALUE_COLUMNS = "v.item_code, v.item_type, v.state, v.value_number, v.status, v.raw_text, v.note, v.sheet_name, "
            + "v.cell_ref, v.numerator, v.denominator";

    private static ReturnValue value(java.sql.ResultSet rs, int first, kaohe.shared.LargeResults shared) throws java.sql.SQLException {
        int c = first;
        return new ReturnValue(shared.code(rs.getString(c)), kaohe.validate.ItemType.valueOf(rs.getString(c + 1)),
                ValueState.valueOf(rs.getString(c + 2)), shared.number(rs.getBigDecimal(c + 3)), shared.text(rs.getString(c + 4)),
                rs.getString(c + 5), rs.getString(c + 6), shared.text(rs.getString(c + 7)), rs.getString(c + 8),
                rs.getBigDecimal(c + 9), rs.getBigDecimal(c + 10));
    }

    /** True when the unit sent returns for the period and every one of them was rejected. */
    @Override
    public boolean hasOnlyRejected(String planId, UnitCode unit, Period period) {
        List<String> statuses = jdbc.sql("SELECT status FROM return_file WHERE plan_id = ? AND unit_code = ? AND period_code = ?")
                .params(planId, unit.value(), period.toString()).query(String.class).list();
        return !statuses.isEmpty() && statuses.stream().allMatch(s -> s.equals("REJECTED") || s.equals("RETURNED"));
    }


    @Override
    public List<RunReturn> ofRun(long runId) {
        return jdbc.sql("SELECT id, unit_code, period_code, original_name, status, stored_path, warnings FROM return_file "
                        + "WHERE run_id = ? ORDER BY id")
                .param(runId)
                .query((rs, n) -> new RunReturn(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        ReturnStatus.valueOf(rs.getString(5)), rs.getString(6), rs.getInt(7)))
                .list();
    }

    @Override
    public int sealFailures(long runId) {
        return jdbc.sql("SELECT COUNT(DISTINCT r.id) FROM return_file r JOIN return_finding f ON f.return_id = r.id "
                        + "WHERE r.run_id = ? AND r.status = 'REJECTED' AND f.code = 'F014'")
                .param(runId).query(Integer.class).single();
    }

    /** The messages of one return's findings, in order. */
    @Override
    public List<String> findingTexts(long returnId) {
        return jdbc.sql("SELECT code, cell_ref, message FROM return_finding WHERE return_id = ? ORDER BY seq").param(returnId)
                .query((rs, n) -> rs.getString(1) + (rs.getString(2) == null ? "" : " " + rs.getString(2)) + " " + rs.getString(3)).list();
    }


    @Override
    public List<CurrentReturn> currentReturns(String planId, Period period) {
        return jdbc.sql("SELECT id, unit_code, original_name, received_at, content_hash FROM return_file "
                        + "WHERE plan_id = ? AND period_code = ? AND status = 'ACCEPTED' ORDER BY unit_code")
                .params(planId, period.toString())
                .query((rs, n) -> new CurrentReturn(rs.getLong(1), rs.getString(2), rs.getString(3), kaohe.shared.UtcTime.read(rs, 4),
                        rs.getString(5)))
                .list();
    }

    /**
     * 退回修改: the office sends an accepted return back; it stops being current, so it is not scored
     * until a corrected return is accepted. False when it is no longer the current return.
     */
    @Override
    public boolean returnForRevision(long returnId) {
        peers.clear();
        return jdbc.sql("UPDATE return_file SET status = 'RETURNED', current_key = NULL WHERE id = ? AND status = 'ACCEPTED'")
                .param(returnId).update() == 1;
    }

    /** The number the unit reported for the item in its current accepted return of the period. */
    @Override
    public Optional<BigDecimal> acceptedValue(String planId, UnitCode unit, ItemCode item, Period period) {
        return jdbc.sql("SELECT v.value_number FROM return_value v JOIN return_file r ON r.id = v.return_id "
                        + "WHERE r.plan_id = ? AND r.unit_code = ? AND r.period_code = ? AND r.status = 'ACCEPTED' "
                        + "AND v.item_code = ? AND v.state = 'VALUE'")
                .params(planId, unit.value(), period.toString(), item.value())
                .query(BigDecimal.class).optional();
    }


    /** Every file submitted for the period, in the order received; files that named no unit are left out. */
    @Override
    public List<Submission> submissions(String planId, Period period) {
        return jdbc.sql("SELECT unit_code, original_name, received_at, status, errors, warnings FROM return_file "
                        + "WHERE plan_id = ? AND period_code = ? ORDER BY id")
                .params(planId, period.toString())
                .query((rs, n) -> new Submission(rs.getString(1), rs.getString(2), kaohe.shared.UtcTime.read(rs, 3),
                        ReturnStatus.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6)))
                .list();
    }


    @Override
    public List<PeriodFinding> findings(String planId, Period period) {
        return jdbc.sql("SELECT r.unit_code, r.original_name, r.status, f.code, f.severity, f.sheet_name, f.cell_ref, f.item_code, f.message "
                        + "FROM return_finding f JOIN return_file r ON r.id = f.return_id "
                        + "WHERE r.plan_id = ? AND r.period_code = ? ORDER BY r.id, f.seq")
                .params(planId, period.toString())
                .query((rs, n) -> new PeriodFinding(rs.getString(1), rs.getString(2), ReturnStatus.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    /** The value only a unit's one accepted return of a period holds (see V8__one_accepted_return.sql). */
    static String currentKey(String planId, UnitCode unit, Period period) {
        return planId + "|" + unit.value() + "|" + period;
    }

    private static java.time.LocalDateTime seconds(Instant instant) {
        return kaohe.shared.UtcTime.column(instant);
    }

    private static String clip(String text, int max) {
        String t = text == null ? "" : text;
        return t.length() <= max ? t : t.substring(0, max);
    }
}
