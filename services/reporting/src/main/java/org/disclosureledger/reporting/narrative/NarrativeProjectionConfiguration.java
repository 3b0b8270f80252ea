package org.disclosureledger.reporting.narrative;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** The processor settings of the narrative projection, at the lowest precedence so that a deployment overrides them. */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:org/disclosureledger/reporting/narrative/report-narratives.properties")
public class NarrativeProjectionConfiguration {
}
