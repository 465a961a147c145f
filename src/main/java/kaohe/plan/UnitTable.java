package kaohe.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kaohe.shared.UnitCode;

/** {@code units.csv}: every reporting unit with its peer group. */
final class UnitTable {

    static final String FILE = "units.csv";
    static final List<String> COLUMNS = List.of("code", "name", "peer_group");

    private final List<ReportingUnit> units = new ArrayList<>();

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
                units.add(new ReportingUnit(code, name, group));
            }
        }
    }

    List<ReportingUnit> units() {
        return units;
    }

    boolean contains(UnitCode code) {
        return units.stream().anyMatch(u -> u.code().equals(code));
    }

    List<UnitCode> counties() {
        return units.stream().filter(u -> u.peerGroup() == PeerGroup.COUNTY).map(ReportingUnit::code).toList();
    }

    /**
     * Resolves a list of unit references: codes, {@code counties} (every county, in file order) and,
     * when a lead is given, {@code lead}. Tokens are separated by spaces or "+". Unknown references are
     * problems. Duplicates are dropped, keeping the first place.
     */
    List<UnitCode> resolve(String text, UnitCode lead, Cells cells, String column) {
        List<UnitCode> resolved = new ArrayList<>();
        for (String token : text.trim().split("[\\s+]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.equals("counties")) {
                counties().forEach(c -> addOnce(resolved, c));
            } else if (token.equals("lead") && lead != null) {
                addOnce(resolved, lead);
            } else if (UnitCode.isValid(token) && contains(UnitCode.of(token))) {
                addOnce(resolved, UnitCode.of(token));
            } else {
                cells.problem(column, "未知单位“" + token + "”：应为 units.csv 中的单位编码"
                        + (lead != null ? "、counties 或 lead" : " 或 counties"));
            }
        }
        return resolved;
    }

    private static void addOnce(List<UnitCode> list, UnitCode code) {
        if (!list.contains(code)) {
            list.add(code);
        }
    }
}
