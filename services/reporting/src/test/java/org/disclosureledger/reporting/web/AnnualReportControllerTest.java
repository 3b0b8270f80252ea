package org.disclosureledger.reporting.web;

import org.disclosureledger.reporting.document.DocumentFormat;
import org.disclosureledger.reporting.document.SampleReports;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.report.AnnualReport;
import org.disclosureledger.reporting.AnnualReports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.disclosureledger.platform.web.ProblemAnswers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.junit.jupiter.web.SpringJUnitWebConfig;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * The one controller of the report path: the format chosen by content negotiation (Accept, or {@code ?format=}), the
 * JSON and every document of the same report, problems as problem+json whatever format was asked for.
 */
@SpringJUnitWebConfig(AnnualReportControllerTest.Web.class)
class AnnualReportControllerTest {
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    /** Spring MVC configured as the services configure it: the report's negotiation and the one advice. */
    @Configuration
    @EnableWebMvc
    @Import(ReportFormatNegotiation.class)
    static class Web {
        final List<String> asked = new ArrayList<>();

        @Bean
        AnnualReportController annualReportController() {
            AnnualReports reports = (agency, year, consolidated) -> {
                asked.add(agency + "/" + year + (consolidated ? "/consolidated" : ""));
                if (agency.equals(AgencyCode.of("behind"))) {
                    throw new org.disclosureledger.reporting.projection.ProjectionBehind("the annual report projection is behind", 12, 9);
                }
                return agency.equals(AgencyCode.of("hancong")) ? Optional.of(SampleReports.township2021()) : Optional.<AnnualReport>empty();
            };
            return new AnnualReportController(reports, (agency, year) -> SampleReports.narratives());
        }

        @Bean
        ProblemAnswers problemAnswers() {
            return new ProblemAnswers();
        }
    }

    @Autowired
    private WebApplicationContext context;
    @Autowired
    private Web web;
    private List<String> asked;
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        asked = web.asked;
        asked.clear();
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void aBrowserGetsTheHtmlDocument() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/agencies/hancong/annual-reports/2021").header(HttpHeaders.ACCEPT, BROWSER))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn();
        String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>寒葱沟镇人民政府2021年政府信息公开工作年度报告</h1>", "其中微信公众号公开69条");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline;");
        assertThat(asked).containsExactly("hancong/2021");
    }

    @Test
    void markdownAndWordAreChosenByAccept() throws Exception {
        mvc.perform(get("/api/v1/agencies/hancong/annual-reports/2021").header(HttpHeaders.ACCEPT, "text/markdown"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/markdown"))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("# ")));
        MvcResult docx = mvc.perform(get("/api/v1/agencies/hancong/annual-reports/2021").header(HttpHeaders.ACCEPT, DocumentFormat.DOCX_TYPE))
                .andExpect(status().isOk())
                .andExpect(content().contentType(DocumentFormat.DOCX_TYPE))
                .andReturn();
        assertThat(docx.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;").contains(".docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()))) {
            assertThat(document.getTables()).hasSize(3);
        }
    }

    @Test
    void theFormatParameterWinsOverAccept() throws Exception {
        mvc.perform(get("/api/v1/agencies/hancong/annual-reports/2021?format=markdown").header(HttpHeaders.ACCEPT, "application/json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/markdown"));
        mvc.perform(get("/api/v1/agencies/hancong/annual-reports/2021?format=docx").header(HttpHeaders.ACCEPT, BROWSER))
                .andExpect(status().isOk())
                .andExpect(content().contentType(DocumentFormat.DOCX_TYPE));
        mvc.perform(get("/api/v1/agencies/hancong/annual-reports/2021?format=html"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML));
    }

    @Test
    void jsonRequestsGetTheJsonOfTheSameReport() throws Exception {
        mvc.perform(get("/api/v1/agencies/hancong/annual-reports/2021").header(HttpHeaders.ACCEPT, "application/json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.agency").value("hancong"))
                .andExpect(jsonPath("$.year").value(2021))
                .andExpect(jsonPath("$.proactive.publications.byChannel.WECHAT").value(69));
        mvc.perform(get("/api/v1/agencies/hancong/annual-reports/2021?format=json").header(HttpHeaders.ACCEPT, BROWSER))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        assertThat(asked).containsExactly("hancong/2021", "hancong/2021");
    }

    @Test
    void aFormatNotServedIsAProblemNamingIt() throws Exception {
        mvc.perform(get("/api/v1/agencies/hancong/annual-reports/2021?format=pdf"))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("format"));
    }

    @Test
    void aClientThatAcceptsAnythingGetsJson() throws Exception {
        mvc.perform(get("/api/v1/agencies/hancong/annual-reports/2021"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        mvc.perform(get("/api/v1/agencies/hancong/annual-reports/2021").header(HttpHeaders.ACCEPT, "*/*"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @Test
    void theScopeIsPassedThrough() throws Exception {
        mvc.perform(get("/api/v1/agencies/hancong/annual-reports/2021?scope=consolidated&format=html")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/agencies/hancong/annual-reports/2021?scope=agency").header(HttpHeaders.ACCEPT, "text/html"))
                .andExpect(status().isOk());
        assertThat(asked).containsExactly("hancong/2021/consolidated", "hancong/2021");
        mvc.perform(get("/api/v1/agencies/hancong/annual-reports/2021?scope=county").header(HttpHeaders.ACCEPT, "text/html"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("scope"));
    }

    @Test
    void anUnknownAgencyIsAProblemWhateverFormatWasAsked() throws Exception {
        mvc.perform(get("/api/v1/agencies/nowhere/annual-reports/2021").header(HttpHeaders.ACCEPT, "text/html"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("agency 'nowhere' is not registered"));
        mvc.perform(get("/api/v1/agencies/nowhere/annual-reports/2021?format=docx"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/agencies/hancong/annual-reports/twenty?format=html"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("year"));
    }

    @Test
    void aLaggingProjectionIsTheSame503WhateverFormatWasAsked() throws Exception {
        for (String format : List.of("html", "markdown", "docx")) {
            mvc.perform(get("/api/v1/agencies/behind/annual-reports/2021?format=" + format))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
                    .andExpect(jsonPath("$.reason").value("PROJECTION_BEHIND"))
                    .andExpect(jsonPath("$.recordsUpTo").value(12))
                    .andExpect(jsonPath("$.projectedUpTo").value(9));
        }
    }

    @Test
    void theAcceptedFormatFollowsQualityThenOrder() throws Exception {
        assertThat(typeFor("text/markdown;q=0.5, text/html")).startsWith(DocumentFormat.HTML_TYPE);
        assertThat(typeFor("text/markdown, text/html")).startsWith(DocumentFormat.MARKDOWN_TYPE);
        assertThat(typeFor("text/html;q=0.5, " + DocumentFormat.DOCX_TYPE)).isEqualTo(DocumentFormat.DOCX_TYPE);
        assertThat(typeFor("application/*")).startsWith(MediaType.APPLICATION_JSON_VALUE);
        assertThat(typeFor("text/*")).startsWith(DocumentFormat.HTML_TYPE);
    }

    private String typeFor(String accept) throws Exception {
        return mvc.perform(get("/api/v1/agencies/hancong/annual-reports/2021").header(HttpHeaders.ACCEPT, accept))
                .andExpect(status().isOk()).andReturn().getResponse().getContentType();
    }
}
