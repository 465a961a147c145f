package kaohe.audit;

import java.time.Instant;

/**
 * One line of the trail.
 *
 * @param unit     the unit concerned, "" for the whole period
 * @param returnId the return concerned, 0 when none
 */
public record AuditEntry(long id, Instant at, String planId, String period, String unit, long returnId, AuditEvent event,
                         String actor, String reason) {
}
