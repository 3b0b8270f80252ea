package org.disclosureledger.reporting.query;

import org.disclosureledger.reporting.projection.NarrativeRevisions;
import java.time.Duration;
import java.util.Map;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.report.NarrativeSection;
import org.disclosureledger.reporting.projection.ProjectionCatchUp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The narratives as projected, once the projection has caught up with every event recorded before the call. */
@Component
public class ProjectedNarratives implements ReportNarratives {
    private final NarrativeRevisions revisions;
    private final ProjectionCatchUp catchUp;
    private final Duration readYourWritesTimeout;

    public ProjectedNarratives(NarrativeRevisions revisions, ProjectionCatchUp catchUp,
                               @Value("${ledger.report.read-your-writes-timeout}") Duration readYourWritesTimeout) {
        this.revisions = revisions;
        this.catchUp = catchUp;
        this.readYourWritesTimeout = readYourWritesTimeout;
    }

    @Override
    public Map<NarrativeSection, String> current(AgencyCode agency, int year) {
        catchUp.await(readYourWritesTimeout);
        return revisions.current(agency, year);
    }
}
