package org.disclosureledger.casework.proactive.command;

import static org.disclosureledger.casework.support.Recordings.byClerk;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.disclosureledger.casework.calendar.command.WorkingDayCalendars;
import org.disclosureledger.casework.proactive.command.ProactiveCommand.PublishInformation;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.casework.support.Counts;
import org.disclosureledger.casework.support.InMemoryAgencies;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.calendar.DueDate;
import org.disclosureledger.kernel.calendar.ReckoningStep;
import org.disclosureledger.kernel.calendar.StatutoryClock;
import org.disclosureledger.kernel.proactive.InformationPublished;
import org.disclosureledger.kernel.proactive.PublicationChannel;
import org.disclosureledger.kernel.proactive.PublishedItemId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Art. 26: information is published within 20 working days of being made or changed. */
class PublishedItemTest {
    private static final PublishedItemId ITEM = PublishedItemId.of(AgencyCode.of("hancong"), "2021-40");
    private static final LocalDate MADE = LocalDate.of(2021, 9, 30);
    // Made Thu 30 Sep 2021: 1-7 Oct off; 8 Oct =1; Sat 9 worked =2; 11-15 =3-7; 18-22 =8-12; 25-29 =13-17; 1-3 Nov =18-20.
    private static final DueDate DUE = new DueDate(LocalDate.of(2021, 11, 3), false, 1);
    private static final List<ReckoningStep> EXPLANATION = Counts.steps(DUE, StatutoryClock.PUBLICATION,
            "2021-09-30 made or changed: day 0 of 20 working days, proactive publication (Art. 26)",
            "2021-10-01 to 2021-10-07: official holidays, not counted",
            "2021-10-09 (Sat): make-up working day (调休上班), counted as day 2",
            "day 20 of 20: 2021-11-03 (Wed)",
            "due 2021-11-03 (calendar version 1)");

    private FixtureConfiguration<PublishedItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(PublishedItem.class);
        fixture.registerInjectableResource(new InMemoryAgencies("hancong"));
        fixture.registerInjectableResource(WorkingDayCalendars.bundled());
    }

    @Test
    void publishedOnItsLastDayIsInTime() {
        fixture.givenNoPriorActivity()
                .when(new PublishInformation(ITEM, LocalDate.of(2021, 11, 3), PublicationChannel.WEBSITE, "通知", MADE), byClerk())
                .expectEvents(new InformationPublished(ITEM, LocalDate.of(2021, 11, 3), PublicationChannel.WEBSITE, "通知", MADE, DUE,
                        EXPLANATION, false));
    }

    @Test
    void publishedTheDayAfterIsRecordedAndFlaggedLate() {
        fixture.givenNoPriorActivity()
                .when(new PublishInformation(ITEM, LocalDate.of(2021, 11, 4), PublicationChannel.WEBSITE, "通知", MADE), byClerk())
                .expectEvents(new InformationPublished(ITEM, LocalDate.of(2021, 11, 4), PublicationChannel.WEBSITE, "通知", MADE, DUE,
                        EXPLANATION, true));
    }

    @Test
    void withoutMadeOnThereIsNoClock() {
        fixture.givenNoPriorActivity()
                .when(new PublishInformation(ITEM, LocalDate.of(2021, 11, 4), PublicationChannel.WECHAT, null), byClerk())
                .expectEvents(new InformationPublished(ITEM, LocalDate.of(2021, 11, 4), PublicationChannel.WECHAT, null));
    }

    @Test
    void publishedBeforeItWasMadeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new PublishInformation(ITEM, LocalDate.of(2021, 9, 29), PublicationChannel.WEBSITE, null, MADE), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("before the day the information was made"))
                .expectNoEvents();
    }
}
