package kaohe.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV the way INTERFACE.md fixes it for every file other systems read: UTF-8 with a byte-order
 * mark (so Excel opens Chinese correctly), comma-separated, RFC 4180 quoting and CRLF, a header row.
 */
public final class InterfaceCsv {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private InterfaceCsv() {
    }

    /**
     * A cell Excel or WPS would read as a formula (it starts with = + - @, a tab or a carriage return:
     * a submitted file name such as {@code =HYPERLINK(…)}) gets a leading apostrophe, as OWASP
     * recommends against CSV injection; numbers, negative ones included, are left as they are.
     */
    static String defused(String cell) {
        if (cell == null || cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }

    /**
     * Writes header and rows; cells are written as given (callers format decimals with "." and no
     * grouping), except that text a spreadsheet would run as a formula is defused (see {@link #defused}).
     */
    public static void write(OutputStream out, List<String> header, List<List<String>> rows) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(InterfaceCsv::defused).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
