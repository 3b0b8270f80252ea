package org.disclosureledger.kernel.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YuanTest {
    @Test
    void keepsFenExactly() {
        assertThat(Yuan.parse("0.1").plus(Yuan.parse("0.2"))).isEqualTo(Yuan.parse("0.30"));
        assertThat(Yuan.parse("12").toString()).isEqualTo("12.00");
    }

    @Test
    void refusesThreeDecimalsNegativesAndNonNumbers() {
        assertThatThrownBy(() -> Yuan.parse("12.345")).hasMessageContaining("more than two decimals");
        assertThatThrownBy(() -> Yuan.parse("-1")).hasMessageContaining("decimal string");
        assertThatThrownBy(() -> Yuan.parse("1e3")).hasMessageContaining("decimal string");
    }

    @Test
    void showsWanYuanAsPrinted() {
        assertThat(Yuan.parse("0").inWanYuan()).isEqualTo("0");
        assertThat(Yuan.parse("12345.67").inWanYuan()).isEqualTo("1.234567");
        assertThat(Yuan.parse("30000").inWanYuan()).isEqualTo("3");
    }
}
