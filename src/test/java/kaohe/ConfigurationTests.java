package kaohe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kaohe.ingest.IngestLimits;
import kaohe.plan.ShippedPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationTests {

    @TempDir
    Path home;

    @Test
    void everySettingIsDescribedInTheMetadataAndInTheReadme() throws Exception {
        String metadata;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("the configuration processor's metadata").isNotNull();
            metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // Groups come first in the file, then the properties themselves.
        String section = metadata.substring(metadata.indexOf("\"properties\""));
        List<String> properties = Pattern.compile("\"name\"\\s*:\\s*\"(kaohe\\.[a-z.-]+)\"").matcher(section).results()
                .map(m -> m.group(1)).toList();
        String readme = Files.readString(Path.of("README.md"));

        assertThat(properties).contains("kaohe.home", "kaohe.ingest.max-rows", "kaohe.ingest.unsealed-templates", "kaohe.mail.from",
                "kaohe.template.secret");
        for (String property : properties) {
            Matcher entry = Pattern.compile("\"name\"\\s*:\\s*\"" + Pattern.quote(property) + "\"[^}]*\"description\"\\s*:\\s*\"[^\"]+\"")
                    .matcher(metadata);
            assertThat(entry.find()).as("%s has a description", property).isTrue();
            assertThat(readme).as("README's Configuration tables name %s", property).contains("`" + property + "`");
        }
    }

    @Test
    void settingsReachTheirComponents() {
        try (var context = KaoheApplication.start(home, DatabaseSettings.embedded(home.resolve("db")),
                Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.max-rows", 50, "kaohe.ingest.max-file-mb", 2))) {
            IngestLimits limits = context.getBean(IngestLimits.class);

            assertThat(limits.maxRows()).isEqualTo(50);
            assertThat(limits.maxFileBytes()).isEqualTo(2L << 20);
            assertThat(context.getBean(KaoheProperties.class).home()).isEqualTo(home);
        }
    }

    @Test
    void aSettingOutOfRangeStopsStartUpNamingIt() {
        assertThatThrownBy(() -> KaoheApplication.start(home, DatabaseSettings.embedded(home.resolve("db")),
                Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.threads", -1)).close())
                .rootCause().hasMessageContaining("kaohe.ingest.threads must be at least 0, not -1");
    }

    @Test
    void anUnknownWordForUnsealedTemplatesStopsStartUp() {
        assertThatThrownBy(() -> KaoheApplication.start(home, DatabaseSettings.embedded(home.resolve("db")),
                Map.of("kaohe.plan", ShippedPlan.FOLDER.toString(), "kaohe.ingest.unsealed-templates", "maybe")).close())
                .hasStackTraceContaining("kaohe.ingest.unsealed-templates");
    }
}
