package kaohe.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV the way INTERFACE.md fixes it for every file other systems read: UTF-8 with a byte-order
 * mark (so Excel opens Chinese correctly), comma-separated, RFC 4180 quoting and CRLF, a header row.
 */
public final class InterfaceCsv {

    private InterfaceCsv() {
    }

    /** Writes header and rows; cells are written as given (callers format decimals with "." and no grouping). */
    public static void write(OutputStream out, List<String> header, List<List<String>> rows) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
