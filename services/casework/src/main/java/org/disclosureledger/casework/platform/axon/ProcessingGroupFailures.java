package org.disclosureledger.casework.platform.axon;

import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.stereotype.Component;

/**
 * A handler that fails stops its processing group, which retries the batch with back-off and says so in the log,
 * rather than skipping the event: a skipped deadline, a row gone stale or an event never published would mislead staff
 * about a legal limit. This is every processing group's default; a group with a handler of its own (the report
 * projection) registers it by name.
 */
@Component
public class ProcessingGroupFailures implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing().registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
