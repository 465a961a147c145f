/**
 * What the assessment office does between receipt and publication: review returns and send them back
 * for revision, publish a period's results and reopen them, each step recorded in the audit trail.
 */
package kaohe.office;
