package kaohe.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DecimalsTests {

    @Test
    void valuesThatDifferOnlyInTrailingZerosAreEqual() {
        assertThat(Decimals.canonical(new BigDecimal("95.000000"))).isEqualTo(Decimals.canonical(new BigDecimal("95")));
        assertThat(Decimals.plain(Decimals.canonical(new BigDecimal("100.00")))).isEqualTo("100");
        assertThat(Decimals.plain(Decimals.canonical(new BigDecimal("5.940")))).isEqualTo("5.94");
    }

    @Test
    void parsesOnlyPlainDecimals() {
        assertThat(Decimals.parse(" 119.8 ")).isEqualTo(new BigDecimal("119.8"));
        assertThatThrownBy(() -> Decimals.parse("1e3")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Decimals.parse("1,000")).isInstanceOf(NumberFormatException.class);
    }
}
