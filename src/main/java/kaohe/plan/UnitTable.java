package kaohe.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kaohe.shared.UnitCode;

/** {@code units.csv}: every reporting unit with its peer group, and optionally its contact person and phone (columns contact, phone). */
final class UnitTable {

    static final String FILE = "units.csv";
    static final List<String> COLUMNS = List.of("code", "name", "peer_group");

    private final List<ReportingUnit> units = new ArrayList<>();
    /** The units' codes and the counties, for resolving every indicator's and task's unit list without a scan. */
    private final Set<UnitCode> codes = new HashSet<>();
    private final List<UnitCode> counties = new ArrayList<>();

    UnitTable(CsvTableReader reader, Problems problems) {
        Set<UnitCode> seenCodes = new HashSet<>();
        Set<String> seenNames = new HashSet<>();
        for (CsvRow row : reader.read(FILE, COLUMNS)) {
            Cells cells = new Cells(row, problems);
            UnitCode code = cells.unitCode("code");
            String name = cells.required("name");
            PeerGroup group = cells.choice("peer_group", PeerGroup.class);
            if (code != null && !seenCodes.add(code)) {
                cells.problem("code", "单位编码 " + code + " 重复");
                continue;
            }
            if (name != null && !seenNames.add(name)) {
                cells.problem("name", "单位名称“" + name + "”重复");
            }
            if (code != null && name != null && group != null) {
                units.add(new ReportingUnit(code, name, group, cells.text("contact"), cells.text("phone")));
                codes.add(code);
                if (group == PeerGroup.COUNTY) {
                    counties.add(code);
                }
            }
        }
    }

    List<ReportingUnit> units() {
        return units;
    }

    boolean contains(UnitCode code) {
        return codes.contains(code);
    }

    List<UnitCode> counties() {
        return List.copyOf(counties);
    }

    boolean isCounty(UnitCode code) {
        return counties.contains(code);
    }

    /**
     * Resolves a list of unit references: codes, {@code counties} (every county, in file order) and,
     * when a lead is given, {@code lead}. Tokens are separated by spaces or "+". Unknown references are
     * problems. Duplicates are dropped, keeping the first place.
     */
    List<UnitCode> resolve(String text, UnitCode lead, Cells cells, String column) {
        // Insertion order is the list's order; a set keeps "counties" over 10,000 units from being quadratic.
        java.util.LinkedHashSet<UnitCode> resolved = new java.util.LinkedHashSet<>();
        for (String token : text.trim().split("[\\s+]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.equals("counties")) {
                resolved.addAll(counties);
            } else if (token.equals("lead") && lead != null) {
                resolved.add(lead);
            } else if (UnitCode.isValid(token) && contains(UnitCode.of(token))) {
                resolved.add(UnitCode.of(token));
            } else {
                cells.problem(column, "未知单位“" + token + "”：应为 units.csv 中的单位编码"
                        + (lead != null ? "、counties 或 lead" : " 或 counties"));
            }
        }
        return List.copyOf(resolved);
    }
}
