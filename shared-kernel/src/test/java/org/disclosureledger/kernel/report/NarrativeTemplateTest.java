package org.disclosureledger.kernel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NarrativeTemplateTest {
    private static final String SENTENCE =
            "2021年，全镇一共公开信息{{publications.total}}条，其中微信公众号公开{{ publications.byChannel.WECHAT }}条，"
                    + "其他方式公开{{publications.byChannel.OTHER}}条。";

    @Test
    void findsTheFiguresQuotedInOrder() {
        assertThat(NarrativeTemplate.placeholders(SENTENCE))
                .containsExactly("publications.total", "publications.byChannel.WECHAT", "publications.byChannel.OTHER");
        assertThat(NarrativeTemplate.placeholders("我镇无其他需要报告事项。")).isEmpty();
    }

    @Test
    void fillsThePlaceholdersFromTheReportsFigures() {
        assertThat(NarrativeTemplate.fill(SENTENCE, ReportFigures.of(ReportFixtures.township2021())))
                .isEqualTo("2021年，全镇一共公开信息85条，其中微信公众号公开69条，其他方式公开16条。");
    }

    @Test
    void anUnknownPlaceholderIsNamed() {
        assertThatThrownBy(() -> NarrativeTemplate.placeholders("共公开{{publications.count}}条"))
                .hasMessageStartingWith("unknown placeholder {{publications.count}}");
    }

    @Test
    void aPlaceholderLeftOpenIsNamed() {
        assertThatThrownBy(() -> NarrativeTemplate.placeholders("共公开{{publications.total条"))
                .hasMessageStartingWith("malformed placeholder near '{{publications.total'");
        assertThatThrownBy(() -> NarrativeTemplate.placeholders("共公开publications.total}}条"))
                .hasMessageStartingWith("malformed placeholder near '}}条'");
    }

    @Test
    void aFigureMissingFromTheValuesIsAnError() {
        assertThatThrownBy(() -> NarrativeTemplate.fill("{{year}}", Map.of()))
                .hasMessage("no value for figure year");
    }
}
