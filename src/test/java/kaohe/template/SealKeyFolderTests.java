package kaohe.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import kaohe.shared.OperatorFailure;
import kaohe.shared.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seal keys on disk: made owner-only, refused when cut short, rotated without invalidating what they sealed. */
class SealKeyFolderTests {

    private static final List<String> FIELDS = TemplateLayout.sealedFields("1", "jiaxing-2017-2019", "abc", "330402", "2019Q2");

    @TempDir
    Path home;

    private static boolean posix(Path path) throws Exception {
        return Files.getFileStore(path).supportsFileAttributeView("posix");
    }

    @Test
    void aMadeKeyLivesInAFolderOnlyItsOwnerCanOpen() throws Exception {
        SealKeyFolder folder = new SealKeyFolder(home, null);

        folder.readOrMake();

        if (posix(home)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.keyFile().getParent()))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.keyFile()))).isEqualTo("rw-------");
        }
    }

    @Test
    void readingNeverMakesAKey() {
        SealKeyFolder folder = new SealKeyFolder(home, null);

        assertThat(folder.read().current()).isEmpty();
        assertThat(folder.keyFile()).doesNotExist();
    }

    @Test
    void anEmptyOrCutKeyFileIsOneChineseLineNamingTheFile() throws Exception {
        SealKeyFolder folder = new SealKeyFolder(home, null);
        Files.createDirectories(folder.keyFile().getParent());
        Files.writeString(folder.keyFile(), "\n");

        assertThatThrownBy(folder::read).isInstanceOf(OperatorFailure.class)
                .hasMessageContaining(folder.keyFile().toString()).hasMessageContaining("是空的").hasMessageNotContaining("\n");
        Files.writeString(folder.keyFile(), "0123456789abcdef\n");
        assertThatThrownBy(folder::readOrMake).isInstanceOf(OperatorFailure.class)
                .hasMessageContaining(folder.keyFile().toString()).hasMessageContaining("只有 16 个字符");
        assertThat(Files.readString(folder.keyFile())).isEqualTo("0123456789abcdef\n");
    }

    @Test
    void aShortConfiguredSecretIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new SealKeyFolder(home, "short").read()).isInstanceOf(OperatorFailure.class)
                .hasMessageContaining(TemplateSeal.ENVIRONMENT);
    }

    @Test
    void aKeyOthersCanReadDrawsAWarning() throws Exception {
        SealKeyFolder folder = new SealKeyFolder(home, null);
        folder.readOrMake();
        org.junit.jupiter.api.Assumptions.assumeTrue(posix(home), "needs POSIX permissions");
        Files.setPosixFilePermissions(folder.keyFile(), PosixFilePermissions.fromString("rw-r--r--"));
        // The warning as it reaches the log, wherever the log's appenders send it (a terminal or <home>/logs).
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(SealKeyFolder.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log = new ch.qos.logback.core.read.ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            folder.read();
        } finally {
            logger.detachAppender(log);
        }

        assertThat(log.list).anySatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
            assertThat(event.getFormattedMessage()).contains("readable by other accounts").contains(folder.keyFile().toString());
        });
    }

    @Test
    void aRotatedKeyStillVerifiesWhatItSealedAndNewTemplatesNameTheNewKey() {
        SealKeyFolder folder = new SealKeyFolder(home, null);
        TemplateSeal old = folder.readOrMake().current().orElseThrow();
        String oldSeal = old.seal(FIELDS);

        SealKeyring ring = folder.rotate();

        TemplateSeal fresh = ring.current().orElseThrow();
        assertThat(fresh.fingerprint()).isNotEqualTo(old.fingerprint());
        assertThat(ring.verifies(FIELDS, old.fingerprint(), oldSeal)).isTrue();
        assertThat(ring.verifies(FIELDS, null, oldSeal)).as("a template sealed before seals named their key").isTrue();
        assertThat(ring.verifies(FIELDS, fresh.fingerprint(), oldSeal)).as("the seal checked under the key it names").isFalse();
        assertThat(new SealKeyFolder(home, null).read().holds(old.fingerprint())).isTrue();
    }

    @Test
    void aConfiguredSecretIsNotRotatedHere() {
        assertThatThrownBy(() -> new SealKeyFolder(home, "a-long-enough-configured-secret").rotate()).isInstanceOf(Refusal.class)
                .hasMessageContaining("retired");
    }

    @Test
    void theFingerprintNamesTheKeyWithoutRevealingIt() {
        TemplateSeal seal = TemplateSeal.of("a-long-enough-configured-secret");

        assertThat(seal.fingerprint()).hasSize(16).matches("[0-9a-f]{16}").isEqualTo(TemplateSeal.of("a-long-enough-configured-secret").fingerprint());
        assertThat(seal.fingerprint()).isNotEqualTo(TemplateSeal.of("another-long-enough-secret").fingerprint());
        assertThat(seal.seal(FIELDS)).doesNotContain(seal.fingerprint());
    }
}
