package kaohe.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Who receives which report, from {@code data/recipients/<plan-id>.csv} (unit_code, email). */
record Recipients(List<Recipient> all) {

    public static final String LEADERSHIP = "leadership";

    public record Recipient(String unitCode, String email) {
    }

    public Recipients {
        all = List.copyOf(all);
    }

    public static Recipients load(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Recipients(List.of());
        }
        List<Recipient> recipients = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                String email = row.get("email").trim();
                if (!email.matches("[^@\\s]+@[^@\\s]+")) {
                    throw new IllegalArgumentException(file.getFileName() + ":" + (row.getRecordNumber() + 1) + ": not an e-mail address: " + email);
                }
                recipients.add(new Recipient(row.get("unit_code").trim(), email));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Recipients(recipients);
    }
}
