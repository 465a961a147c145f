package kaohe.ingest;

/** One finding of a return of the period, for the findings sheet and data-quality notes. */
public record PeriodFinding(String unitCode, String originalName, ReturnStatus status, String code, String severity,
                            String sheet, String cell, String itemCode, String message) {
}
