package org.disclosureledger.reporting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disclosureledger.reporting.document.DocumentFormat;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.accept.ParameterContentNegotiationStrategy;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Spring's content negotiation chooses the report's format: {@code ?format=json|html|markdown|docx} first, then the
 * {@code Accept} header (a client that accepts anything gets the JSON, the first format the report path produces).
 * The documents are written by {@link ReportDocumentConverter}.
 */
@Configuration(proxyBeanMethods = false)
public class ReportFormatNegotiation implements WebMvcConfigurer {
    public static final String PARAMETER = "format";

    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer negotiation) {
        negotiation.strategies(strategies());
    }

    /** The documents' writer, beside the JSON converters. */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(0, new ReportDocumentConverter());
    }

    private static List<org.springframework.web.accept.ContentNegotiationStrategy> strategies() {
        Map<String, MediaType> formats = new LinkedHashMap<>();
        formats.put("json", MediaType.APPLICATION_JSON);
        for (DocumentFormat format : DocumentFormat.values()) {
            formats.put(format.parameter(), new MediaType(format.mediaType().getType(), format.mediaType().getSubtype()));
        }
        ParameterContentNegotiationStrategy parameter = new ParameterContentNegotiationStrategy(formats);
        parameter.setParameterName(PARAMETER);
        parameter.setUseRegisteredExtensionsOnly(true);
        return List.of(parameter, new HeaderContentNegotiationStrategy());
    }
}
