package org.disclosureledger.casework.application.web;

import org.disclosureledger.casework.platform.web.Paths;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.disclosureledger.casework.agency.read.AgencyDirectory;
import org.disclosureledger.platform.problem.InvalidField;
import org.disclosureledger.casework.platform.recording.Recording;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.casework.application.read.CaseWorkload;
import org.disclosureledger.kernel.AgencyCode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff view of an agency's applications ({@code asOf} defaults to today in China): due within N working days,
 * overdue, waiting on the applicant, paused for a consultation; and processing statistics of a year.
 */
@RestController
public class WorkloadController {
    static final int MAX_WITHIN = 200;

    private final CaseWorkload workload;
    private final AgencyDirectory agencies;
    private final Clock clock;

    public WorkloadController(CaseWorkload workload, AgencyDirectory agencies, Clock clock) {
        this.workload = workload;
        this.agencies = agencies;
        this.clock = clock;
    }

    @GetMapping("/api/v1/agencies/{agency}/workload")
    public CaseWorkload.View workload(@PathVariable String agency, @RequestParam(required = false) String asOf,
                                      @RequestParam(required = false, defaultValue = "5") String withinWorkingDays) {
        int within;
        try {
            within = Integer.parseInt(withinWorkingDays.strip());
        } catch (NumberFormatException e) {
            throw new InvalidField("withinWorkingDays", "'" + withinWorkingDays + "' is not a whole number");
        }
        if (within < 0 || within > MAX_WITHIN) {
            throw new InvalidField("withinWorkingDays", "must be 0 to " + MAX_WITHIN + ": " + within);
        }
        return workload.view(registered(agency), day(asOf), within);
    }

    @GetMapping("/api/v1/agencies/{agency}/processing-statistics/{year}")
    public CaseWorkload.Statistics statistics(@PathVariable String agency, @PathVariable int year,
                                              @RequestParam(required = false) String asOf) {
        if (year < 2000 || year > 2100) {
            throw new InvalidField("year", "must be 2000 to 2100: " + year);
        }
        return workload.statistics(registered(agency), year, day(asOf));
    }

    private AgencyCode registered(String agency) {
        AgencyCode code = Paths.agency(agency);
        if (agencies.find(code).isEmpty()) {
            throw new Refusal(Refusal.Reason.UNKNOWN_AGENCY, "agency", "agency '" + agency + "' is not registered");
        }
        return code;
    }

    private LocalDate day(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return LocalDate.ofInstant(clock.instant(), Recording.CHINA);
        }
        try {
            return LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new InvalidField("asOf", "'" + asOf + "' is not a date of the form YYYY-MM-DD");
        }
    }
}
