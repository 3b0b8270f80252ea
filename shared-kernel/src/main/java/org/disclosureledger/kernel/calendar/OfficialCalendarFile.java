package org.disclosureledger.kernel.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads schedules in the form of {@code cn-official-calendar.json}: {"years": {"2021": {holidays, makeupWorkdays, notices}}}. */
public final class OfficialCalendarFile {
    private static final String BUNDLED = "/org/disclosureledger/kernel/cn-official-calendar.json";

    private OfficialCalendarFile() {
    }

    /** The official schedules 2019–2026 that ship with the kernel, as calendar version 1. */
    public static WorkingDayCalendar bundled() {
        try (InputStream in = OfficialCalendarFile.class.getResourceAsStream(BUNDLED)) {
            return new WorkingDayCalendar(1, read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<HolidaySchedule> read(InputStream in) throws IOException {
        JsonNode years = new ObjectMapper().readTree(in).path("years");
        List<HolidaySchedule> schedules = new ArrayList<>();
        years.fields().forEachRemaining(entry -> schedules.add(schedule(Integer.parseInt(entry.getKey()), entry.getValue())));
        return schedules;
    }

    public static HolidaySchedule schedule(int year, JsonNode node) {
        List<String> notices = new ArrayList<>();
        node.path("notices").forEach(n -> notices.add(n.asText()));
        return new HolidaySchedule(year, dates(node.path("holidays")), dates(node.path("makeupWorkdays")), notices);
    }

    private static Set<LocalDate> dates(JsonNode array) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        array.forEach(d -> dates.add(LocalDate.parse(d.asText())));
        return dates;
    }
}
