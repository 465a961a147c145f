/**
 * Ingest: the inbox, reading returned workbooks (.xlsx, .xls) into raw cells, decoding what people
 * typed into typed values, storing accepted returns and moving each file to archive or rejected with
 * a feedback workbook. Plain Java; the Spring Batch job in {@code kaohe.job} only conveys files here.
 */
package kaohe.ingest;
