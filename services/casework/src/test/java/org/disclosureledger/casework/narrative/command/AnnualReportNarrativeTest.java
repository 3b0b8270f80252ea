package org.disclosureledger.casework.narrative.command;

import static org.disclosureledger.casework.support.Recordings.byClerk;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.casework.support.InMemoryAgencies;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.report.AnnualReportId;
import org.disclosureledger.kernel.report.NarrativeSection;
import org.disclosureledger.kernel.report.ReportNarrativeRevised;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AnnualReportNarrativeTest {
    private static final AgencyCode HANCONG = AgencyCode.of("hancong");
    private static final AnnualReportId REPORT = AnnualReportId.of(HANCONG, 2021);
    private static final LocalDate JAN_10 = LocalDate.of(2022, 1, 10);
    private static final String OVERVIEW_TEXT =
            "2021年，全镇一共公开信息{{publications.total}}条，其中微信公众号公开{{publications.byChannel.WECHAT}}条。";

    private FixtureConfiguration<AnnualReportNarrative> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AnnualReportNarrative.class);
        fixture.registerInjectableResource(new InMemoryAgencies("hancong"));
    }

    private static ReportNarrativeRevised revised(NarrativeSection section, String text, LocalDate on) {
        return new ReportNarrativeRevised(HANCONG, 2021, section, text, on);
    }

    @Test
    void theFirstTextOfASectionIsItsFirstRevision() {
        fixture.givenNoPriorActivity()
                .when(new ReviseReportNarrative(REPORT, "OVERVIEW", OVERVIEW_TEXT, JAN_10), byClerk())
                .expectSuccessfulHandlerExecution()
                .expectEvents(revised(NarrativeSection.OVERVIEW, OVERVIEW_TEXT, JAN_10));
    }

    @Test
    void aLaterTextIsANewRevisionAndTheEarlierOneStays() {
        String revisedText = OVERVIEW_TEXT + "\n2021年度我镇无依申请公开事项。";
        fixture.given(revised(NarrativeSection.OVERVIEW, OVERVIEW_TEXT, JAN_10))
                .when(new ReviseReportNarrative(REPORT, "OVERVIEW", revisedText, JAN_10.plusDays(2)), byClerk())
                .expectEvents(revised(NarrativeSection.OVERVIEW, revisedText, JAN_10.plusDays(2)));
    }

    @Test
    void eachSectionIsRevisedOnItsOwn() {
        fixture.given(revised(NarrativeSection.OVERVIEW, OVERVIEW_TEXT, JAN_10))
                .when(new ReviseReportNarrative(REPORT, "PROBLEMS_AND_IMPROVEMENTS", OVERVIEW_TEXT, JAN_10), byClerk())
                .expectEvents(revised(NarrativeSection.PROBLEMS_AND_IMPROVEMENTS, OVERVIEW_TEXT, JAN_10));
    }

    @Test
    void sendingTheCurrentTextAgainRecordsNothing() {
        fixture.given(revised(NarrativeSection.OVERVIEW, OVERVIEW_TEXT, JAN_10))
                .when(new ReviseReportNarrative(REPORT, "OVERVIEW", OVERVIEW_TEXT, JAN_10.plusDays(1)), byClerk())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theReportOfAnUnknownAgencyIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReviseReportNarrative(AnnualReportId.of(AgencyCode.of("nowhere"), 2021), "OVERVIEW", OVERVIEW_TEXT, JAN_10), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("'nowhere' is not registered"))
                .expectNoEvents();
    }

    @Test
    void aSectionThatIsNotWrittenByStaffIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReviseReportNarrative(REPORT, "PROACTIVE_DISCLOSURE", OVERVIEW_TEXT, JAN_10), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage("section 'PROACTIVE_DISCLOSURE' is not a section staff write; the 2021 format's narrative "
                        + "sections are [OVERVIEW, PROBLEMS_AND_IMPROVEMENTS, OTHER_MATTERS]")
                .expectNoEvents();
    }

    @Test
    void anEmptyTextIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReviseReportNarrative(REPORT, "PROBLEMS_AND_IMPROVEMENTS", "  \n ", JAN_10), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage("text is empty: write the section 五、存在的主要问题及改进情况")
                .expectNoEvents();
    }

    @Test
    void aTextWithAControlCharacterIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReviseReportNarrative(REPORT, "OVERVIEW", "总体\u0007情况", JAN_10), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage("text has a control character (U+0007) at position 3")
                .expectNoEvents();
    }

    @Test
    void aRevisionDatedInTheFutureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReviseReportNarrative(REPORT, "OVERVIEW", OVERVIEW_TEXT, LocalDate.of(2022, 6, 2)), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage("on 2022-06-02 is in the future (today is 2022-06-01 in China)")
                .expectNoEvents();
    }

    @Test
    void aRevisionDatedBeforeTheReportYearIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReviseReportNarrative(REPORT, "OVERVIEW", OVERVIEW_TEXT, LocalDate.of(2020, 12, 31)), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage("on 2020-12-31 is before the report year 2021 began")
                .expectNoEvents();
    }

    @Test
    void aRevisionDatedBeforeTheSectionsPreviousRevisionIsRefused() {
        fixture.given(revised(NarrativeSection.OVERVIEW, OVERVIEW_TEXT, JAN_10))
                .when(new ReviseReportNarrative(REPORT, "OVERVIEW", "新的文字", JAN_10.minusDays(1)), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage("on 2022-01-09 is before the section's previous revision on 2022-01-10")
                .expectNoEvents();
    }

    @Test
    void anUnknownPlaceholderIsRefusedByName() {
        fixture.givenNoPriorActivity()
                .when(new ReviseReportNarrative(REPORT, "OVERVIEW", "全年公开信息{{publications.count}}条", JAN_10), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.startsWith("unknown placeholder {{publications.count}}"))
                .expectNoEvents();
    }

    @Test
    void sectionSixMustQuoteTheProcessingFees() {
        fixture.givenNoPriorActivity()
                .when(new ReviseReportNarrative(REPORT, "OTHER_MATTERS", "我镇无其他需要报告事项。", JAN_10), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.startsWith("section 六、其他需要报告的事项 must state the figure "
                        + "{{processingFees.amountYuan}} or {{processingFees.applications}}"))
                .expectNoEvents();
    }

    @Test
    void sectionSixQuotingTheProcessingFeesIsRecorded() {
        String text = "我镇无其他需要报告事项。本年度收取信息处理费{{processingFees.amountYuan}}元。";
        fixture.givenNoPriorActivity()
                .when(new ReviseReportNarrative(REPORT, "OTHER_MATTERS", text, JAN_10), byClerk())
                .expectEvents(revised(NarrativeSection.OTHER_MATTERS, text, JAN_10));
    }

    @Test
    void aYearNoFormatCoversIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReviseReportNarrative(AnnualReportId.of(HANCONG, 2018), "OVERVIEW", "总体情况", JAN_10), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.startsWith("no annual report format covers the year 2018"))
                .expectNoEvents();
    }
}
