package kaohe.rectify;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kaohe.shared.Period;
import kaohe.shared.UnitCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a published version's {@code rectify.csv} back (INTERFACE columns unit_code, unit_name, peer_group, reason, due). */
public final class RectifyCsv {

    private RectifyCsv() {
    }

    public static List<RectificationDue> read(Path csv, Period period, int version) throws IOException {
        List<RectificationDue> due = new ArrayList<>();
        if (!Files.exists(csv)) {
            return due;
        }
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            int bom = reader.read();
            if (bom != '\uFEFF') {
                throw new IOException(csv + " does not start with the byte-order mark Kaohe writes");
            }
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                due.add(new RectificationDue(period, version, UnitCode.of(row.get("unit_code")), row.get("unit_name"), row.get("reason"),
                        LocalDate.parse(row.get("due"))));
            }
        }
        return due;
    }
}
