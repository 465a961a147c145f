package kaohe.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installation secret behind template seals: made once under the home, readable by its owner only, never guessable. */
class TemplateSealTests {

    @TempDir
    Path temp;

    private static final List<String> FIELDS = TemplateLayout.sealedFields("1", "jiaxing-2017-2019", "abc", "330402", "2019Q2");

    @Test
    void aHomeWithoutASecretGetsOneThatOnlyItsOwnerCanReadAndKeepsIt() throws Exception {
        Path home = temp.resolve("home");

        String first = TemplateSeal.forInstallation(home, "").seal(FIELDS);
        String second = TemplateSeal.forInstallation(home, "").seal(FIELDS);

        Path key = home.resolve(TemplateSeal.KEY_FILE);
        assertThat(key).exists();
        assertThat(Files.readString(key).trim()).hasSize(64);
        if (Files.getFileStore(key).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        }
        assertThat(second).isEqualTo(first);
    }

    @Test
    void anotherInstallationsTemplatesDoNotVerify() {
        String here = TemplateSeal.forInstallation(temp.resolve("a"), "").seal(FIELDS);

        assertThat(TemplateSeal.forInstallation(temp.resolve("b"), "").verifies(FIELDS, here)).isFalse();
        assertThat(TemplateSeal.forInstallation(temp.resolve("a"), "").verifies(FIELDS, here)).isTrue();
    }

    @Test
    void theSealCoversEveryIdentityField() {
        TemplateSeal seal = TemplateSeal.of("s");
        String sealed = seal.seal(FIELDS);

        assertThat(seal.verifies(TemplateLayout.sealedFields("1", "jiaxing-2017-2019", "abc", "330411", "2019Q2"), sealed)).isFalse();
        assertThat(seal.verifies(TemplateLayout.sealedFields("1", "jiaxing-2017-2019", "abc", "330402", "2019Q3"), sealed)).isFalse();
        assertThat(seal.verifies(TemplateLayout.sealedFields("1", "jiaxing-2017-2019", "abd", "330402", "2019Q2"), sealed)).isFalse();
        assertThat(seal.verifies(FIELDS, sealed.toUpperCase())).as("hex case is not part of the check").isTrue();
        assertThat(seal.verifies(FIELDS, null)).isFalse();
    }

    @Test
    void aConfiguredSecretWinsOverTheKeyFile() {
        String configured = TemplateSeal.forInstallation(temp.resolve("c"), "office-secret-of-jiaxing").seal(FIELDS);

        assertThat(configured).isEqualTo(TemplateSeal.of("office-secret-of-jiaxing").seal(FIELDS));
        assertThat(temp.resolve("c").resolve(TemplateSeal.KEY_FILE)).doesNotExist();
    }
}
