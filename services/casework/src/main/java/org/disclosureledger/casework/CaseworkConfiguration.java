package org.disclosureledger.casework;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * The casework service's defaults, added at the lowest precedence as soon as the environment exists (before any
 * connection is made), so that a deployment's properties or environment override any of them.
 */
public class CaseworkConfiguration implements EnvironmentPostProcessor {
    private static final String DEFAULTS = "org/disclosureledger/casework/casework-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new PropertiesPropertySourceLoader().load("casework-defaults", new ClassPathResource(DEFAULTS))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
