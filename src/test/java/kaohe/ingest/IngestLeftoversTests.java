package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import kaohe.DatabaseSettings;
import kaohe.job.IngestLauncher;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a killed run leaves and what empty files get: cleared at the next start, answered as empty, never as duplicates. */
class IngestLeftoversTests {

    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void temporaryFilesAKilledRunLeftInRejectedAndArchiveAreClearedAtTheNextStart(DatabaseSettings database) throws Exception {
        Path rejected = Files.createDirectories(home.resolve("rejected/330402"));
        Path archive = Files.createDirectories(home.resolve("archive/2019Q2/330402"));
        Files.write(rejected.resolve(".writing4711.tmp"), new byte[0]);
        Files.write(home.resolve("rejected").resolve(".writing42.tmp"), new byte[0]);
        Files.write(archive.resolve(".writing99.tmp"), new byte[]{1, 2});
        Files.writeString(rejected.resolve("南湖区-1a2b3c4d.xlsx"), "a rejected original, kept");

        try (ConfigurableApplicationContext context = IngestFixture.start(home, database)) {
            context.getBean(IngestLauncher.class).run(false);
        }

        assertThat(IngestFixture.files(home.resolve("rejected"))).extracting(p -> p.getFileName().toString())
                .containsExactly("南湖区-1a2b3c4d.xlsx");
        assertThat(IngestFixture.files(home.resolve("archive"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void twoEmptyFilesAreEachAnsweredAsEmptyNotAsADuplicate(DatabaseSettings database) throws Exception {
        Files.write(IngestFixture.inbox(home, "南湖区.xlsx"), new byte[0]);
        try (ConfigurableApplicationContext context = IngestFixture.start(home, database)) {
            IngestLauncher ingest = context.getBean(IngestLauncher.class);
            IngestSummary first = ingest.run(false);
            assertThat(first.rejected()).as(first.text()).isEqualTo(1);
            Files.write(IngestFixture.inbox(home, "秀洲区.xlsx"), new byte[0]);

            IngestSummary second = ingest.run(false);

            assertThat(second.duplicates()).isZero();
            assertThat(second.rejected()).isEqualTo(1);
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("SELECT f.code FROM return_finding f JOIN return_file r ON r.id = f.return_id ORDER BY r.id")
                    .query(String.class).list()).containsExactly("F017", "F017");
        }
    }
}
