package kaohe.shared;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows for one table as INSERT statements of up to {@code maxRows} rows each, every parameter set with its column's
 * type by the caller. The MySQL driver can rewrite a JDBC batch into the same statement, but it then sizes every
 * parameter set against the packet limit and copies it again, which on ingest cost a third of each insert's client
 * CPU. Rows keep their order, so auto-increment keys follow it.
 */
public final class MultiRowInsert {

    /** Sets one row's parameters, the first at {@code offset + 1}. */
    @FunctionalInterface
    public interface RowWriter<T> {
        void write(PreparedStatement ps, int offset, T row) throws SQLException;
    }

    private final String head;
    private final String row;
    private final int columns;
    private final int maxRows;
    /** The statement for each row count, made once: the same few counts come again and again. */
    private final String[] statements;

    /**
     * {@code maxRows} keeps a statement below the server's packet limit: choose it so that many rows at their
     * longest stay under MySQL's smallest default (4 MB).
     */
    public MultiRowInsert(String table, List<String> columns, int maxRows) {
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        this.columns = columns.size();
        this.maxRows = maxRows;
        this.statements = new String[maxRows + 1];
    }

    public int maxRows() {
        return maxRows;
    }

    public <T> void insert(JdbcTemplate jdbc, List<T> rows, RowWriter<? super T> writer) {
        for (int from = 0; from < rows.size(); from += maxRows) {
            List<T> part = rows.subList(from, Math.min(rows.size(), from + maxRows));
            jdbc.update(statement(part.size()), ps -> {
                int offset = 0;
                for (T r : part) {
                    writer.write(ps, offset, r);
                    offset += columns;
                }
            });
        }
    }

    String statement(int rows) {
        String sql = statements[rows];
        if (sql == null) {
            // A race makes the same string twice; either is right.
            sql = head + String.join(", ", Collections.nCopies(rows, row));
            statements[rows] = sql;
        }
        return sql;
    }
}
