package kaohe.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class MultiRowInsertTests {

    private final JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource("jdbc:h2:mem:multirow" + System.nanoTime(), true));

    private final MultiRowInsert insert = new MultiRowInsert("item", List.of("name", "amount"), 3);

    @BeforeEach
    void table() {
        jdbc.execute("CREATE TABLE item (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20) NOT NULL, amount INT NOT NULL)");
    }

    @Test
    void moreRowsThanOneStatementTakesAllArriveInTheirOrder() {
        List<Integer> rows = IntStream.range(0, 8).boxed().toList();

        insert.insert(jdbc, rows, (ps, p, n) -> {
            ps.setString(p + 1, "row " + n);
            ps.setInt(p + 2, n * 10);
        });

        assertThat(jdbc.queryForList("SELECT name FROM item ORDER BY id", String.class))
                .containsExactly("row 0", "row 1", "row 2", "row 3", "row 4", "row 5", "row 6", "row 7");
        assertThat(jdbc.queryForObject("SELECT SUM(amount) FROM item", Integer.class)).isEqualTo(280);
    }

    @Test
    void noRowsSendsNoStatement() {
        insert.insert(jdbc, List.<Integer>of(), (ps, p, n) -> {
            throw new AssertionError("no row to write");
        });

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM item", Integer.class)).isZero();
    }

    @Test
    void aStatementHoldsAsManyRowsAsItIsGiven() {
        assertThat(insert.statement(2)).isEqualTo("INSERT INTO item (name, amount) VALUES (?, ?), (?, ?)");
    }
}
