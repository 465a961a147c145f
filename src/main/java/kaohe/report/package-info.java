/**
 * Reporting: everything written to the outbox for a period. Today the machine-readable exports
 * (scores.csv, totals.csv); PDF and Excel reports follow.
 */
package kaohe.report;
