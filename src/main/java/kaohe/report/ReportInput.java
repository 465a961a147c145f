package kaohe.report;

import java.util.List;
import java.util.Map;

/** What fills one PDF: the template's parameters and its table rows. */
record ReportInput(Map<String, Object> parameters, List<ReportRow> rows) {
}
