package org.disclosureledger.reporting;

import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.SimpleEventBus;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;

/**
 * The reporting service on its own, beside casework in another deployment: it reads the ledger from the Kafka topic
 * ({@code ledger.reporting.source=kafka}) into a database of its own. It has no event store: a plain event bus takes
 * the store's place, so that Axon builds no storage engine over tables that are not there, and no processor is
 * registered. The single node leaves this class out of its scan.
 */
@SpringBootApplication
@PropertySource("classpath:org/disclosureledger/reporting/reporting-application.properties")
public class ReportingApplication {
    static final String SOURCE = "ledger.reporting.source";

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(ReportingApplication.class);
        application.addListeners(new OnlyFromKafka());
        application.run(args);
    }

    /** Refuses to start with any other source: this deployment has no event store to read. */
    static class OnlyFromKafka implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent prepared) {
            String source = prepared.getEnvironment().getProperty(SOURCE, "kafka");
            if (!source.equals("kafka")) {
                throw new IllegalStateException("the reporting application reads the ledger from Kafka only (" + SOURCE
                        + "=kafka); it has no event store, and " + SOURCE + "=" + source + " is for the single node");
            }
        }
    }

    @Bean
    public EventBus reportingEventBus() {
        return SimpleEventBus.builder().build();
    }
}
