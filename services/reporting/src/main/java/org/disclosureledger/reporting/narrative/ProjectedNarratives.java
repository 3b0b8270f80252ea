package org.disclosureledger.reporting.narrative;

import java.time.Duration;
import java.util.Map;
import org.disclosureledger.kernel.agency.AgencyCode;
import org.disclosureledger.kernel.report.NarrativeSection;
import org.springframework.stereotype.Component;

/** The narratives as projected, once the projection has processed every event stored before the call. */
@Component
public class ProjectedNarratives implements ReportNarratives {
    static final Duration WAIT = Duration.ofSeconds(10);

    private final NarrativeProjection projection;
    private final ProcessingGroupCatchUp catchUp;

    public ProjectedNarratives(NarrativeProjection projection, ProcessingGroupCatchUp catchUp) {
        this.projection = projection;
        this.catchUp = catchUp;
    }

    @Override
    public Map<NarrativeSection, String> current(AgencyCode agency, int year) {
        catchUp.await(NarrativeProjection.PROCESSING_GROUP, WAIT);
        return projection.current(agency, year);
    }
}
