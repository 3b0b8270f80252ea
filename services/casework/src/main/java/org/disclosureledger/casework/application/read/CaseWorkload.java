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
import org.disclosureledger.kernel.calendar.StatutoryClock;
import org.disclosureledger.kernel.calendar.WorkingDayCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What staff of an agency ask of their applications: what falls due soon, what is overdue, what waits on the
 * applicant or on a consulted party, and what waited past its period (the applicant's supplement period, the payment
 * period, the consulted party's 15 working days: from the day after it ended); and, per year, how fast and how often
 * in time they answered. Every open application has a next date ({@code nextDue}, {@link OpenLimits}). Read from
 * {@code casework.case_workload}; working days counted with the calendar in force.
 */
@Service
public class CaseWorkload {
    /**
     * One open application as the staff view lists it. {@code supplementDueOn} and {@code paymentDueOn} are the ends of
     * the periods it waits on ({@code ...Assumed}: not recorded, from the configured default); {@code nextDue} the
     * earliest of its open limits; {@code periodsOver} those that ended before the day asked about.
     */
    public record Item(String application, LocalDate receivedOn, String status, LocalDate replyDueOn, boolean replyDueProvisional,
                       Integer calendarVersion, Integer workingDaysLeft, Integer workingDaysOverdue, LocalDate replyOverdueRecordedOn,
                       LocalDate supplementNoticeDueOn, LocalDate consultationDueOn, LocalDate consultationOverdueRecordedOn,
                       Integer extendedBy, int workingDaysOpen, LocalDate supplementDueOn, Boolean supplementDueAssumed,
                       LocalDate paymentDueOn, Boolean paymentDueAssumed, OpenLimits.Limit nextDue, List<OpenLimits.Limit> periodsOver) {
    }

    public record View(String agency, LocalDate asOf, int withinWorkingDays, LocalDate dueBy, int calendarVersion, List<Item> dueSoon,
                       List<Item> overdue, List<Item> awaitingApplicant, List<Item> inConsultation, List<Item> periodOver) {
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
                       LocalDate concludedOn, Boolean concludedLate, LocalDate supplementRequestedOn, LocalDate supplementDueOn,
                       LocalDate feeNoticedOn, LocalDate paymentDueOn) {
        String status() {
            return ApplicationCaseView.Status.of(concludedOn != null, awaitingSupplement, consulting, feeUnpaid).name();
        }

        OpenLimits.Waiting waiting() {
            return new OpenLimits.Waiting(replyDueOn, awaitingSupplement ? supplementRequestedOn : null, supplementDueOn,
                    consulting ? consultationDueOn : null, feeUnpaid ? feeNoticedOn : null, paymentDueOn);
        }
    }

    private static final int[][] BUCKETS = {{0, 0}, {1, 5}, {6, 10}, {11, 15}, {16, 20}, {21, 30}, {31, 40}, {41, Integer.MAX_VALUE}};
    public static final int OLDEST_OPEN = 10;

    private final JdbcClient jdbc;
    private final WorkingDayCalendars calendars;
    private final OpenLimits limits;

    public CaseWorkload(JdbcClient jdbc, WorkingDayCalendars calendars, OpenLimits limits) {
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.limits = limits;
    }

    public View view(AgencyCode agency, LocalDate asOf, int withinWorkingDays) {
        WorkingDayCalendar calendar = calendars.current();
        LocalDate dueBy = calendar.workingDaysAfter(asOf, withinWorkingDays).on();
        List<Item> dueSoon = new ArrayList<>();
        List<Item> overdue = new ArrayList<>();
        List<Item> awaitingApplicant = new ArrayList<>();
        List<Item> inConsultation = new ArrayList<>();
        List<Item> periodOver = new ArrayList<>();
        for (Row row : open(agency, asOf, Integer.MAX_VALUE)) {
            Item item = item(row, asOf, calendar);
            if (!item.periodsOver().isEmpty()) {
                periodOver.add(item);
            }
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
        periodOver.sort(java.util.Comparator.comparing((Item item) -> item.periodsOver().get(0).on()).thenComparing(Item::application));
        return new View(agency.value(), asOf, withinWorkingDays, dueBy, calendar.version(), dueSoon, overdue, awaitingApplicant, inConsultation,
                periodOver);
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

    private Item item(Row row, LocalDate asOf, WorkingDayCalendar calendar) {
        Integer left = null;
        Integer overdue = null;
        if (row.replyDueOn() != null) {
            if (row.replyDueOn().isBefore(asOf)) {
                overdue = calendar.workingDaysBetween(row.replyDueOn(), asOf);
            } else {
                left = calendar.workingDaysBetween(asOf, row.replyDueOn());
            }
        }
        List<OpenLimits.Limit> open = limits.of(row.waiting(), calendar);
        OpenLimits.Limit supplement = OpenLimits.find(open, StatutoryClock.SUPPLEMENT_PERIOD);
        OpenLimits.Limit payment = OpenLimits.find(open, StatutoryClock.PAYMENT_PERIOD);
        List<OpenLimits.Limit> over = open.stream().filter(limit -> limit.limit() != StatutoryClock.REPLY && limit.on().isBefore(asOf)).toList();
        return new Item(row.application(), row.receivedOn(), row.status(), row.replyDueOn(), row.provisional(), row.calendarVersion(),
                left, overdue, row.replyOverdueOn(), row.supplementNoticeDueOn(), row.consultationDueOn(), row.consultationOverdueOn(),
                row.extendedBy(), calendar.workingDaysBetween(row.receivedOn(), asOf), supplement == null ? null : supplement.on(),
                supplement == null ? null : supplement.assumed(), payment == null ? null : payment.on(), payment == null ? null : payment.assumed(),
                open.isEmpty() ? null : open.get(0), over);
    }

    private static final String SELECT = """
            SELECT number AS application, received_on, awaiting_supplement, consulting, fee_unpaid, reply_due_on, reply_due_provisional,
                   reply_calendar_version, supplement_notice_due_on, consultation_due_on, reply_overdue_on, consultation_overdue_on,
                   extended_by, concluded_on, concluded_late, supplement_requested_on, supplement_due_on, fee_noticed_on, payment_due_on
              FROM casework.case_workload
            """;

    private static Row row(ResultSet rs, int number) throws SQLException {
        return new Row(rs.getString("application"), rs.getObject("received_on", LocalDate.class), rs.getBoolean("awaiting_supplement"),
                rs.getBoolean("consulting"), rs.getBoolean("fee_unpaid"), rs.getObject("reply_due_on", LocalDate.class),
                rs.getBoolean("reply_due_provisional"), (Integer) rs.getObject("reply_calendar_version"),
                rs.getObject("supplement_notice_due_on", LocalDate.class), rs.getObject("consultation_due_on", LocalDate.class),
                rs.getObject("reply_overdue_on", LocalDate.class), rs.getObject("consultation_overdue_on", LocalDate.class),
                (Integer) rs.getObject("extended_by"), rs.getObject("concluded_on", LocalDate.class),
                (Boolean) rs.getObject("concluded_late"), rs.getObject("supplement_requested_on", LocalDate.class),
                rs.getObject("supplement_due_on", LocalDate.class), rs.getObject("fee_noticed_on", LocalDate.class),
                rs.getObject("payment_due_on", LocalDate.class));
    }
}
