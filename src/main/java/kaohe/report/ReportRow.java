package kaohe.report;

/**
 * One row of a report table. Reports are sequences of titled sections (考核明细, 滞后预警 …), each a
 * table of up to seven columns whose headers travel with the rows, so one template lays out every
 * section. The JRXML fields are exactly these components (checked by ReportTemplateContractTests).
 *
 * @param section sorts and groups the rows; sectionTitle is what readers see
 * @param light   green, amber, red or "" for none: the coloured dot of the row
 */
record ReportRow(String section, String sectionTitle,
                        String h1, String h2, String h3, String h4, String h5, String h6, String h7,
                        String c1, String c2, String c3, String c4, String c5, String c6, String c7,
                        String light) {

    public static ReportRow of(String section, String title, String[] headers, String[] cells, String light) {
        String[] h = pad(headers);
        String[] c = pad(cells);
        return new ReportRow(section, title, h[0], h[1], h[2], h[3], h[4], h[5], h[6], c[0], c[1], c[2], c[3], c[4], c[5], c[6],
                light == null ? "" : light);
    }

    private static String[] pad(String[] values) {
        String[] padded = new String[7];
        for (int i = 0; i < 7; i++) {
            padded[i] = i < values.length && values[i] != null ? values[i] : "";
        }
        return padded;
    }
}
