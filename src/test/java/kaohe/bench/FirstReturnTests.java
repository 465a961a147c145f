package kaohe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FirstReturnTests {

    @Test
    void anArchiveThatDoesNotMapIsNamedUnderTheStartUpTableSoNoRowIsReadAsWithIt() {
        FirstReturn.Launches copied = new FirstReturn.Launches(List.of(), Optional.of(Path.of("elsewhere", "kaohe.jsa")));
        FirstReturn.Launches built = new FirstReturn.Launches(List.of(), Optional.empty());

        assertThat(copied.unmappedNote()).hasValueSatisfying(note -> assertThat(note)
                .startsWith("kaohe.jsa 与此 jar 不符").contains("未计使用归档的启动").doesNotContain("elsewhere"));
        assertThat(built.unmappedNote()).isEmpty();
    }
}
