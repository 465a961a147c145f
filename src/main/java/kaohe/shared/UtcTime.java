package kaohe.shared;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * How Kaohe stores an instant: a DATETIME holding its date and time in UTC, to whole seconds (the
 * MySQL driver drops fractions on MariaDB). Bound and read as {@link LocalDateTime}, which neither
 * driver shifts by the JVM's or the server's time zone.
 */
public final class UtcTime {

    private UtcTime() {
    }

    public static LocalDateTime column(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime column) {
        return column == null ? null : column.toInstant(ZoneOffset.UTC);
    }

    /** Reads column {@code index} of the current row. */
    public static Instant read(java.sql.ResultSet row, int index) throws java.sql.SQLException {
        return instant(row.getObject(index, LocalDateTime.class));
    }
}
