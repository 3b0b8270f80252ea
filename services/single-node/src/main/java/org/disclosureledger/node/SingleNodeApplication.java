package org.disclosureledger.node;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * Casework and reporting in one process: the deployment of a single agency or county. Reporting reads the event
 * store directly. Each service's own application class is left out of the scan, and so is what Spring Boot leaves out
 * of its own (a test's {@code @TestConfiguration} belongs to its test alone).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"org.disclosureledger.casework", "org.disclosureledger.reporting", "org.disclosureledger.node"},
        excludeFilters = {@ComponentScan.Filter(type = FilterType.ANNOTATION, classes = SpringBootApplication.class),
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class)})
public class SingleNodeApplication {
    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(SingleNodeApplication.class);
        application.addListeners(new DatabaseCreation());
        application.run(args);
    }
}
