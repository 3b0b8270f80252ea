package org.disclosureledger.reporting.document;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.springframework.http.MediaType;

/** The formats of the published annual report, by the name of {@code ?format=} and by media type. */
public enum DocumentFormat {
    HTML("html", new MediaType("text", "html", StandardCharsets.UTF_8), "html",
            document -> HtmlRenderer.render(document).getBytes(StandardCharsets.UTF_8)),
    MARKDOWN("markdown", new MediaType("text", "markdown", StandardCharsets.UTF_8), "md",
            document -> MarkdownRenderer.render(document).getBytes(StandardCharsets.UTF_8)),
    DOCX("docx", MediaType.parseMediaType(DocumentFormat.DOCX_TYPE), "docx", DocxRenderer::render);

    public static final String HTML_TYPE = "text/html";
    public static final String MARKDOWN_TYPE = "text/markdown";
    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final String parameter;
    private final MediaType mediaType;
    private final String extension;
    private final Function<ReportDocument, byte[]> renderer;

    DocumentFormat(String parameter, MediaType mediaType, String extension, Function<ReportDocument, byte[]> renderer) {
        this.parameter = parameter;
        this.mediaType = mediaType;
        this.extension = extension;
        this.renderer = renderer;
    }

    public String parameter() {
        return parameter;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public byte[] render(ReportDocument document) {
        return renderer.apply(document);
    }
}
