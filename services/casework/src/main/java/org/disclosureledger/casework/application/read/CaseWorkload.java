package org.disclosureledger.casework.application.read;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.disclosureledger.casework.calendar.command.WorkingDayCalendars;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.calendar.WorkingDayCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What staff of an agency ask of their applications: what falls due soon, what is overdue, what waits on the
 * applicant or on a consulted party; and, per year, how fast and how often in time they answered. Read from
 * {@code casework.case_workload}; working days counted with the calendar in force.
 */
@Service
public class CaseWorkload {
    /** One open application as the staff view lists it. */
    public record Item(String application, LocalDate receivedOn, String status, LocalDate replyDueOn, boolean replyDueProvisional,
                       Integer calendarVersion, Integer workingDaysLeft, Integer workingDaysOverdue, LocalDate replyOverdueRecordedOn,
                       LocalDate supplementNoticeDueOn, LocalDate consultationDueOn, LocalDate consultationOverdueRecordedOn,
                       Integer extendedBy, int workingDaysOpen) {
    }

    public record View(String agency, LocalDate asOf, int withinWorkingDays, LocalDate dueBy, int calendarVersion, List<Item> dueSoon,
                       List<Item> overdue, List<Item> awaitingApplicant, List<Item> inConsultation) {
    }

    public record Bucket(String workingDays, int applications) {
    }

    public record WorkingDaysToAnswer(int applications, BigDecimal median, BigDecimal mean, Integer min, Integer max,
                                      List<Bucket> histogram) {
    }

    public record Statistics(String agency, int year, LocalDate asOf, int calendarVersion, int answered, int answeredOnTime,
                             int answeredLate, WorkingDaysToAnswer workingDaysToAnswer, List<Item> oldestOpen) {
    }

    private record Row(String application, LocalDate receivedOn, boolean awaitingSupplement, boolean consulting, boolean feeUnpaid,
                       LocalDate replyDueOn, boolean provisional, Integer calendarVersion, LocalDate supplementNoticeDueOn,
                       LocalDate consultationDueOn, LocalDate replyOverdueOn, LocalDate consultationOverdueOn, Integer extendedBy,
                       LocalDate concludedOn, Boolean concludedLate) {
        String status() {
            return ApplicationCaseView.Status.of(concludedOn != null, awaitingSupplement, consulting, feeUnpaid).name();
        }
    }

    private static final int[][] BUCKETS = {{0, 0}, {1, 5}, {6, 10}, {11, 15}, {16, 20}, {21, 30}, {31, 40}, {41, Integer.MAX_VALUE}};
    public static final int OLDEST_OPEN = 10;

    private final JdbcClient jdbc;
    private final WorkingDayCalendars calendars;

    public CaseWorkload(JdbcClient jdbc, WorkingDayCalendars calendars) {
        this.jdbc = jdbc;
        this.calendars = calendars;
    }

    public View view(AgencyCode agency, LocalDate asOf, int withinWorkingDays) {
        WorkingDayCalendar calendar = calendars.current();
        LocalDate dueBy = calendar.workingDaysAfter(asOf, withinWorkingDays).on();
        List<Item> dueSoon = new ArrayList<>();
        List<Item> overdue = new ArrayList<>();
        List<Item> awaitingApplicant = new ArrayList<>();
        List<Item> inConsultation = new ArrayList<>();
        for (Row row : open(agency, asOf, Integer.MAX_VALUE)) {
            Item item = item(row, asOf, calendar);
            if (row.replyDueOn() != null && row.replyDueOn().isBefore(asOf)) {
                overdue.add(item);
            } else if (row.replyDueOn() != null && !row.replyDueOn().isAfter(dueBy)) {
                dueSoon.add(item);
            }
            if (row.awaitingSupplement() || row.feeUnpaid()) {
                awaitingApplicant.add(item);
            }
            if (row.consulting()) {
                inConsultation.add(item);
            }
        }
        java.util.Comparator<Item> byDue = java.util.Comparator.comparing(Item::replyDueOn).thenComparing(Item::application);
        dueSoon.sort(byDue);
        overdue.sort(byDue);
        return new View(agency.value(), asOf, withinWorkingDays, dueBy, calendar.version(), dueSoon, overdue, awaitingApplicant, inConsultation);
    }

    public Statistics statistics(AgencyCode agency, int year, LocalDate asOf) {
        WorkingDayCalendar calendar = calendars.current();
        List<Row> answered = jdbc.sql(SELECT + """
                 WHERE agency = :agency AND answered AND concluded_on >= :from AND concluded_on < :to
                 ORDER BY application""")
                .param("agency", agency.value())
                .param("from", LocalDate.of(year, 1, 1))
                .param("to", LocalDate.of(year + 1, 1, 1))
                .query(CaseWorkload::row)
                .list();
        int late = (int) answered.stream().filter(row -> Boolean.TRUE.equals(row.concludedLate())).count();
        List<Integer> days = answered.stream().map(row -> calendar.workingDaysBetween(row.receivedOn(), row.concludedOn())).sorted().toList();
        List<Item> oldest = open(agency, asOf, OLDEST_OPEN).stream().map(row -> item(row, asOf, calendar)).toList();
        return new Statistics(agency.value(), year, asOf, calendar.version(), answered.size(), answered.size() - late, late,
                workingDaysToAnswer(days), oldest);
    }

    static WorkingDaysToAnswer workingDaysToAnswer(List<Integer> sorted) {
        List<Bucket> histogram = new ArrayList<>();
        for (int[] bucket : BUCKETS) {
            int count = (int) sorted.stream().filter(d -> d >= bucket[0] && d <= bucket[1]).count();
            String label = bucket[1] == Integer.MAX_VALUE ? bucket[0] + "+" : bucket[0] == bucket[1] ? String.valueOf(bucket[0])
                    : bucket[0] + "-" + bucket[1];
            histogram.add(new Bucket(label, count));
        }
        if (sorted.isEmpty()) {
            return new WorkingDaysToAnswer(0, null, null, null, null, histogram);
        }
        int n = sorted.size();
        BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
        BigDecimal mean = BigDecimal.valueOf(sorted.stream().mapToLong(Integer::longValue).sum())
                .divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
        return new WorkingDaysToAnswer(n, median, mean, sorted.get(0), sorted.get(n - 1), histogram);
    }

    private List<Row> open(AgencyCode agency, LocalDate asOf, int limit) {
        return jdbc.sql(SELECT + """
                 WHERE agency = :agency AND concluded_on IS NULL AND received_on <= :asOf
                 ORDER BY received_on, application LIMIT :limit""")
                .param("agency", agency.value())
                .param("asOf", asOf)
                .param("limit", limit)
                .query(CaseWorkload::row)
                .list();
    }

    private static Item item(Row row, LocalDate asOf, WorkingDayCalendar calendar) {
        Integer left = null;
        Integer overdue = null;
        if (row.replyDueOn() != null) {
            if (row.replyDueOn().isBefore(asOf)) {
                overdue = calendar.workingDaysBetween(row.replyDueOn(), asOf);
            } else {
                left = calendar.workingDaysBetween(asOf, row.replyDueOn());
            }
        }
        return new Item(row.application(), row.receivedOn(), row.status(), row.replyDueOn(), row.provisional(), row.calendarVersion(),
                left, overdue, row.replyOverdueOn(), row.supplementNoticeDueOn(), row.consultationDueOn(), row.consultationOverdueOn(),
                row.extendedBy(), calendar.workingDaysBetween(row.receivedOn(), asOf));
    }

    private static final String SELECT = """
            SELECT number AS application, received_on, awaiting_supplement, consulting, fee_unpaid, reply_due_on, reply_due_provisional,
                   reply_calendar_version, supplement_notice_due_on, consultation_due_on, reply_overdue_on, consultation_overdue_on,
                   extended_by, concluded_on, concluded_late
              FROM casework.case_workload
            """;

    private static Row row(ResultSet rs, int number) throws SQLException {
        return new Row(rs.getString("application"), rs.getObject("received_on", LocalDate.class), rs.getBoolean("awaiting_supplement"),
                rs.getBoolean("consulting"), rs.getBoolean("fee_unpaid"), rs.getObject("reply_due_on", LocalDate.class),
                rs.getBoolean("reply_due_provisional"), (Integer) rs.getObject("reply_calendar_version"),
                rs.getObject("supplement_notice_due_on", LocalDate.class), rs.getObject("consultation_due_on", LocalDate.class),
                rs.getObject("reply_overdue_on", LocalDate.class), rs.getObject("consultation_overdue_on", LocalDate.class),
                (Integer) rs.getObject("extended_by"), rs.getObject("concluded_on", LocalDate.class),
                (Boolean) rs.getObject("concluded_late"));
    }
}
