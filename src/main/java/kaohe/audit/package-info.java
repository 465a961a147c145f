/**
 * The audit trail: every change of state of a return, an assessment or a period (received, accepted,
 * rejected, superseded, returned for revision, approved, adjusted, published, reopened, mailed), with
 * when, who and why, so the office can answer for any figure it publishes.
 */
package kaohe.audit;
