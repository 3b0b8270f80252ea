package org.disclosureledger.reporting.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.disclosureledger.reporting.document.DocumentFormat;
import org.disclosureledger.reporting.document.ReportDocument;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Writes a {@link PublishedReport} as the document format that content negotiation chose: HTML (inline, printable),
 * Markdown (inline) or Word (an attachment), named after the report's title.
 */
public class ReportDocumentConverter extends AbstractHttpMessageConverter<PublishedReport> {

    public ReportDocumentConverter() {
        super(StandardCharsets.UTF_8, Arrays.stream(DocumentFormat.values()).map(DocumentFormat::mediaType).toArray(MediaType[]::new));
    }

    /** The media types of the documents, as a {@code produces} list names them. */
    public static List<MediaType> documentTypes() {
        return Arrays.stream(DocumentFormat.values()).map(DocumentFormat::mediaType).toList();
    }

    @Override
    protected boolean supports(Class<?> type) {
        return PublishedReport.class.isAssignableFrom(type);
    }

    @Override
    protected PublishedReport readInternal(Class<? extends PublishedReport> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("a report document is never read", input);
    }

    @Override
    protected void writeInternal(PublishedReport published, HttpOutputMessage output) throws IOException {
        MediaType asked = output.getHeaders().getContentType();
        DocumentFormat format = Arrays.stream(DocumentFormat.values())
                .filter(candidate -> asked != null && candidate.mediaType().isCompatibleWith(asked))
                .findFirst().orElse(DocumentFormat.HTML);
        ReportDocument document = published.document().get();
        byte[] body = format.render(document);
        output.getHeaders().setContentType(format.mediaType());
        output.getHeaders().set(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .builder(format == DocumentFormat.DOCX ? "attachment" : "inline")
                .filename(document.title() + "." + format.extension(), StandardCharsets.UTF_8)
                .build().toString());
        output.getHeaders().setContentLength(body.length);
        output.getBody().write(body);
    }

    @Override
    protected Long getContentLength(PublishedReport published, MediaType contentType) {
        return null;
    }
}
