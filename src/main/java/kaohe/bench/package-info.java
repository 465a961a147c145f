/**
 * The scale benchmark: a generator of synthetic plans and filled returns at a chosen size, the floor
 * a workbook can be read in, and the {@code bench} run that measures ingest, scoring and reporting
 * against it. Nothing here is used by the assessment itself.
 */
package kaohe.bench;
