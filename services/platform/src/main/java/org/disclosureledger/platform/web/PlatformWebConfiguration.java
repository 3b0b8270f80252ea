package org.disclosureledger.platform.web;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.validation.Validator;
import org.disclosureledger.platform.validation.Validation;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * What every service's web layer shares, wherever this module is on the class path: the one advice for problems, the
 * writer of problems for filters, and strict JSON reading (a number is not a string nor a string a number: a request
 * is read as it was written, or refused naming the field).
 */
@AutoConfiguration(after = ValidationAutoConfiguration.class)
public class PlatformWebConfiguration {

    @Bean
    public ProblemAnswers problemAnswers() {
        return new ProblemAnswers();
    }

    @Bean
    public ProblemWriter problemWriter(ObjectMapper json) {
        return new ProblemWriter(json);
    }

    @Bean
    public Validation validation(Validator validator) {
        return new Validation(validator);
    }

    @Bean
    public Jackson2ObjectMapperBuilderCustomizer strictJsonReading() {
        return builder -> builder.featuresToDisable(MapperFeature.ALLOW_COERCION_OF_SCALARS).postConfigurer(StrictJson::configure);
    }

    /** Strict reading of scalars, for the mapper of requests and for any other that reads the same records. */
    public static final class StrictJson {
        private StrictJson() {
        }

        public static ObjectMapper configure(ObjectMapper mapper) {
            mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
            return mapper;
        }
    }
}
