package kaohe.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** README's finding-code table is the documented list: it must show every code as the code says it. */
class FindingCodeDocumentationTests {

    @ParameterizedTest
    @EnumSource(FindingCode.class)
    void readmeListsEveryCodeWithItsMessageAndHint(FindingCode code) throws Exception {
        String readme = Files.readString(Path.of("README.md"));

        assertThat(readme).contains("| " + code.name() + " | "
                + (code.severity() == Severity.ERROR ? "错误（退回）" : "提示（接收）") + " | "
                + code.template().replace("%s", "…").replace("%%", "%") + " | " + code.hint() + " |");
    }
}
