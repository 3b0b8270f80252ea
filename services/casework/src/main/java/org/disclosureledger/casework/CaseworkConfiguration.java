package org.disclosureledger.casework;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/** The casework service's defaults, at the lowest precedence so that a deployment overrides any of them. */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:org/disclosureledger/casework/casework-defaults.properties")
public class CaseworkConfiguration {
}
