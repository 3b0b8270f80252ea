package org.disclosureledger.casework.deadline;

import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.disclosureledger.casework.calendar.DeadlineRecomputation;
import org.disclosureledger.casework.workload.CaseWorkloadProjection;
import org.springframework.stereotype.Component;

/**
 * A handler of the statutory clock or of the staff view that fails stops its processing group, which retries the batch
 * with back-off and says so in the log, rather than skipping the event: a skipped deadline or a row gone stale would
 * mislead staff about a legal limit.
 */
@Component
public class ProcessingGroupFailures implements ConfigurerModule {
    static final List<String> GROUPS = List.of(OverdueWatch.PROCESSING_GROUP, CaseWorkloadProjection.PROCESSING_GROUP,
            DeadlineRecomputation.PROCESSING_GROUP);

    @Override
    public void configureModule(org.axonframework.config.Configurer configurer) {
        for (String group : GROUPS) {
            configurer.eventProcessing().registerListenerInvocationErrorHandler(group, configuration -> PropagatingErrorHandler.instance());
        }
    }
}
