package kaohe.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LookupListTests {

    @Test
    void keepsOrderAnswersMembershipAndEqualsAPlainList() {
        List<String> units = LookupList.copyOf(List.of("ZJJ", "330402", "330411"));

        assertThat(units).containsExactly("ZJJ", "330402", "330411");
        assertThat(units.contains("330411")).isTrue();
        assertThat(units.contains("330421")).isFalse();
        assertThat(units).isEqualTo(List.of("ZJJ", "330402", "330411")).hasSameHashCodeAs(List.of("ZJJ", "330402", "330411"));
    }

    @Test
    void findsEveryMemberEvenWhenHashCodesCollide() {
        // "Aa" and "BB" share a hash code, as do "AaAa", "AaBB", "BBAa" and "BBBB".
        List<String> units = LookupList.copyOf(List.of("BBBB", "Aa", "x", "AaBB", "BB", "BBAa"));

        assertThat(List.of("Aa", "BB", "AaBB", "BBAa", "BBBB", "x")).allMatch(units::contains);
        assertThat(units.contains("AaAa")).isFalse();
        assertThat(units.contains(null)).isFalse();
        assertThat(units).containsExactly("BBBB", "Aa", "x", "AaBB", "BB", "BBAa");
    }

    @Test
    void isACopyThatCannotBeChanged() {
        List<String> source = new ArrayList<>(List.of("ZJJ"));
        List<String> units = LookupList.copyOf(source);
        source.add("330402");

        assertThat(units).containsExactly("ZJJ");
        assertThatThrownBy(() -> units.add("330402")).isInstanceOf(UnsupportedOperationException.class);
    }
}
