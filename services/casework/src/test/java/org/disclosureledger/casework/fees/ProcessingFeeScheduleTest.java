package org.disclosureledger.casework.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.disclosureledger.kernel.application.FeeBasis;
import org.disclosureledger.kernel.money.Yuan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProcessingFeeScheduleTest {

    @Test
    void thirtyFiveApplicationsOfOneApplicantInAMonthCostThreeThousandYuan() {
        // 1st-10th free; 11th-30th 20 × 100 = 2,000; 31st-35th 5 × 200 = 1,000.
        var computation = ProcessingFeeSchedule.applicationsInAMonth(35);
        assertThat(computation.amount()).isEqualTo(Yuan.of(3000));
        assertThat(computation.basis()).isEqualTo(FeeBasis.PER_APPLICATION);
        assertThat(computation.lines()).containsExactly(
                "applications 1–10: 10 × 0元 = 0元",
                "applications 11–30: 20 × 100元 = 2000元",
                "applications 31–35: 5 × 200元 = 1000元",
                "total: 3000元");
    }

    @ParameterizedTest(name = "{0} applications in a month cost {1}元")
    @CsvSource(textBlock = """
            # the first ten are free
            1, 0
            10, 0
            # 11th-30th: 100 each
            11, 100
            30, 2000
            # 31st-40th: 200 each: 2,000 + 200
            31, 2200
            40, 4000
            # 41st-50th: 300 each: 4,000 + 5 × 300
            45, 5500
            # 51st-60th: 400 each: 4,000 + 3,000 + 400
            51, 7400
            """)
    void applicationsInAMonth(int applications, long yuan) {
        assertThat(ProcessingFeeSchedule.applicationsInAMonth(applications).amount()).isEqualTo(Yuan.of(yuan));
    }

    @ParameterizedTest(name = "application no. {0} of the month costs {1}元")
    @CsvSource(textBlock = """
            10, 0
            11, 100
            30, 100
            31, 200
            40, 200
            41, 300
            51, 400
            """)
    void oneApplicationByItsNumberInTheMonth(int nth, long yuan) {
        assertThat(ProcessingFeeSchedule.nthApplicationOfTheMonth(nth).amount()).isEqualTo(Yuan.of(yuan));
    }

    @ParameterizedTest(name = "{0} pages cost {1}元")
    @CsvSource(textBlock = """
            # pages 1-30 free
            30, 0
            # 31-100: 10 a page
            31, 10
            100, 700
            # 101-200: 20 a page: 700 + 20
            101, 720
            200, 2700
            # from 201: 40 a page: 2,700 + 40; 250 pages: 700 + 2,000 + 50 × 40
            201, 2740
            250, 4700
            """)
    void pages(int pages, long yuan) {
        assertThat(ProcessingFeeSchedule.pages(pages).amount()).isEqualTo(Yuan.of(yuan));
    }

    @Test
    void theComputationOfPagesShowsEachBand() {
        assertThat(ProcessingFeeSchedule.pages(250).lines()).containsExactly(
                "pages 1–30: 30 × 0元 = 0元",
                "pages 31–100: 70 × 10元 = 700元",
                "pages 101–200: 100 × 20元 = 2000元",
                "pages 201–250: 50 × 40元 = 2000元",
                "total: 4700元");
    }

    @Test
    void aQuantityBelowOneIsRefused() {
        assertThatThrownBy(() -> ProcessingFeeSchedule.pages(0)).hasMessageContaining("pages must be 1 to");
        assertThatThrownBy(() -> ProcessingFeeSchedule.applicationsInAMonth(-3)).isInstanceOf(IllegalArgumentException.class);
    }
}
