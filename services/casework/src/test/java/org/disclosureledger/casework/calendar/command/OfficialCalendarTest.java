package org.disclosureledger.casework.calendar.command;

import static org.disclosureledger.casework.support.Recordings.byClerk;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.kernel.calendar.HolidayScheduleAdopted;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OfficialCalendarTest {
    private static final List<LocalDate> NEW_YEAR_2027 = List.of(LocalDate.of(2027, 1, 3), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2));
    private static final List<String> NOTICE = List.of("国务院办公厅关于2027年部分节假日安排的通知 (test)");

    private FixtureConfiguration<OfficialCalendar> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OfficialCalendar.class);
    }

    private static HolidayScheduleAdopted adopted2027() {
        return new HolidayScheduleAdopted(2027, List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 3)),
                List.of(), NOTICE, 2, LocalDate.of(2022, 6, 1));
    }

    @Test
    void aNewYearsScheduleIsAdoptedAsTheNextVersionAfterTheBundledOne() {
        fixture.givenNoPriorActivity()
                .when(new AdoptHolidaySchedule(2027, NEW_YEAR_2027, List.of(), NOTICE), byClerk())
                .expectEvents(adopted2027())
                .expectResultMessagePayload(2);
    }

    @Test
    void aCorrectionIsAdoptedAsAFurtherVersion() {
        // Correction: 2027-01-04 made a holiday too.
        fixture.given(adopted2027())
                .when(new AdoptHolidaySchedule(2027, List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 3),
                        LocalDate.of(2027, 1, 4)), List.of(), NOTICE), byClerk())
                .expectEvents(new HolidayScheduleAdopted(2027, List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2),
                        LocalDate.of(2027, 1, 3), LocalDate.of(2027, 1, 4)), List.of(), NOTICE, 3, LocalDate.of(2022, 6, 1)));
    }

    @Test
    void theSameScheduleAgainIsRefusedAndAddsNoVersion() {
        fixture.given(adopted2027())
                .when(new AdoptHolidaySchedule(2027, NEW_YEAR_2027, List.of(), NOTICE), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("already exactly this one"))
                .expectNoEvents();
    }

    @Test
    void aMakeUpWorkingDayOnAWeekdayIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AdoptHolidaySchedule(2027, NEW_YEAR_2027, List.of(LocalDate.of(2027, 2, 8)), NOTICE), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("2027-02-08 is a monday"))
                .expectNoEvents();
    }

    @Test
    void aHolidayThatAnotherYearsScheduleWorksIsRefused() {
        // The 2022 notice makes Sat 29 Jan 2022 a make-up working day; a 2021 correction cannot make it a holiday.
        fixture.givenNoPriorActivity()
                .when(new AdoptHolidaySchedule(2021, List.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 29)), List.of(), NOTICE), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("2022-01-29 is a make-up working day in the 2022 schedule"))
                .expectNoEvents();
    }

    @Test
    void aScheduleWithoutItsNoticeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AdoptHolidaySchedule(2027, NEW_YEAR_2027, List.of(), List.of()), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("notices is missing"))
                .expectNoEvents();
    }

    @Test
    void aDayNamedTwiceIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new AdoptHolidaySchedule(2027, List.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1)), List.of(), NOTICE), byClerk())
                .expectException(Refusal.class)
                .expectExceptionMessage(Matchers.containsString("holidays[1] 2027-01-01 is named twice"))
                .expectNoEvents();
    }
}
