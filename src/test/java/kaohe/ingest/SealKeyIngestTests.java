package kaohe.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import kaohe.DatabaseSettings;
import kaohe.KaoheApplication;
import kaohe.job.IngestLauncher;
import kaohe.plan.Plan;
import kaohe.plan.ShippedPlan;
import kaohe.shared.OperatorFailure;
import kaohe.shared.Period;
import kaohe.template.SealKeys;
import kaohe.template.TemplateSeal;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The office's seal key against the returns in circulation: a lost or replaced key stops ingest before a
 * genuine return is judged; rejected content is judged again when it comes again; a rotated key keeps
 * verifying what it sealed.
 */
class SealKeyIngestTests {

    private static final Plan PLAN = ShippedPlan.plan();
    private static final String P = "2019Q2";
    private static final List<String> COUNTIES = List.of("330402", "330411", "330421");

    @TempDir
    Path home;

    /** The home's own key file, or {@code secret} when given, instead of the tests' configured secret. */
    private ConfigurableApplicationContext start(DatabaseSettings database, String secret) {
        return KaoheApplication.start(home, database, Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(),
                "kaohe.ingest.settle-seconds", 0, "kaohe.ingest.threads", 2, "kaohe.template.secret", secret));
    }

    /** Templates issued as the templates command issues them: sealed with the current key, the batch recorded. */
    private TemplateSeal issue(ConfigurableApplicationContext context) {
        SealKeys keys = context.getBean(SealKeys.class);
        TemplateSeal seal = keys.checked().current().orElseThrow();
        keys.issued(PLAN.id(), Period.of(P), seal, COUNTIES.size());
        return seal;
    }

    private void dropReturns(TemplateSeal seal, String suffix) throws Exception {
        for (String unit : COUNTIES) {
            FilledReturn.template(PLAN, unit, P, seal).everything().saveTo(IngestFixture.inbox(home, unit + suffix + ".xlsx"));
        }
    }

    private static long returnRows(ConfigurableApplicationContext context) {
        return JdbcClient.create(context.getBean(DataSource.class)).sql("SELECT COUNT(*) FROM return_file").query(Long.class).single();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aLostKeyStopsIngestBeforeAnyReturnIsJudgedAndTheRestoredKeyAcceptsThem(DatabaseSettings database) throws Exception {
        Path keyFile = home.resolve("secret/template-seal.key");
        try (ConfigurableApplicationContext context = start(database, "")) {
            dropReturns(issue(context), "");
        }
        byte[] backup = Files.readAllBytes(keyFile);
        Files.delete(keyFile);

        try (ConfigurableApplicationContext context = start(database, "")) {
            IngestLauncher ingest = context.getBean(IngestLauncher.class);
            assertThatThrownBy(() -> ingest.run(false)).isInstanceOf(OperatorFailure.class)
                    .hasMessageContaining(keyFile.toString()).hasMessageContaining("不存在").hasMessageContaining("1 批模板");
            assertThat(keyFile).as("no key is made over issued templates").doesNotExist();
            assertThat(returnRows(context)).isZero();
            assertThat(IngestFixture.files(home.resolve("inbox"))).hasSize(3);
        }

        Files.write(keyFile, backup);
        try (ConfigurableApplicationContext context = start(database, "")) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);
            assertThat(summary.accepted()).isEqualTo(3);
            assertThat(summary.rejected()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void aKeyConfiguredInsteadOfTheOneThatSealedIssuedTemplatesStopsIngest(DatabaseSettings database) throws Exception {
        String fingerprint;
        try (ConfigurableApplicationContext context = start(database, "")) {
            TemplateSeal seal = issue(context);
            fingerprint = seal.fingerprint();
            dropReturns(seal, "");
        }

        try (ConfigurableApplicationContext context = start(database, "a-different-secret-set-by-mistake")) {
            assertThatThrownBy(() -> context.getBean(IngestLauncher.class).run(false)).isInstanceOf(OperatorFailure.class)
                    .hasMessageContaining(fingerprint).hasMessageContaining("KAOHE_TEMPLATE_SECRET");
            assertThat(returnRows(context)).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void filesRejectedForTheOfficesKeyAreJudgedAgainWhenSentAgainAndTheRunSaysTheKeyIsTheLikelyCause(DatabaseSettings database)
            throws Exception {
        // Templates issued before batches were recorded, sealed with a key the office then lost.
        TemplateSeal lost = TemplateSeal.of("the-key-the-office-lost-1234");
        dropReturns(lost, "");
        List<byte[]> sent = new java.util.ArrayList<>();
        for (String unit : COUNTIES) {
            sent.add(Files.readAllBytes(home.resolve("inbox").resolve(unit + ".xlsx")));
        }
        try (ConfigurableApplicationContext context = start(database, "a-new-key-made-after-the-loss")) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);
            assertThat(summary.rejected()).isEqualTo(3);
            assertThat(summary.sealFailures()).isEqualTo(3);
            assertThat(summary.sealAlarm()).isTrue();
            assertThat(summary.text()).contains("模板密钥").contains("F014");
        }

        for (int i = 0; i < COUNTIES.size(); i++) {
            Files.write(IngestFixture.inbox(home, COUNTIES.get(i) + ".xlsx"), sent.get(i));
        }
        try (ConfigurableApplicationContext context = start(database, "the-key-the-office-lost-1234")) {
            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);
            assertThat(summary.duplicates()).isZero();
            assertThat(summary.accepted()).isEqualTo(3);
            assertThat(summary.sealAlarm()).isFalse();
            // Sent a third time, the accepted content is a duplicate.
            Files.write(IngestFixture.inbox(home, COUNTIES.get(0) + ".xlsx"), sent.get(0));
            assertThat(context.getBean(IngestLauncher.class).run(false).duplicates()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kaohe.TestDatabases#each")
    void returnsSealedBeforeARotationAndAfterItAreBothAccepted(DatabaseSettings database) throws Exception {
        try (ConfigurableApplicationContext context = start(database, "")) {
            TemplateSeal before = issue(context);
            FilledReturn.template(PLAN, "330402", P, before).everything().saveTo(IngestFixture.inbox(home, "before.xlsx"));
            TemplateSeal after = context.getBean(SealKeys.class).rotate().current().orElseThrow();
            context.getBean(SealKeys.class).issued(PLAN.id(), Period.of(P), after, 1);
            FilledReturn.template(PLAN, "330411", P, after).everything().saveTo(IngestFixture.inbox(home, "after.xlsx"));

            IngestSummary summary = context.getBean(IngestLauncher.class).run(false);

            assertThat(after.fingerprint()).isNotEqualTo(before.fingerprint());
            assertThat(summary.accepted()).isEqualTo(2);
        }
    }
}
