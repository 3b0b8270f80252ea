package org.disclosureledger.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.disclosureledger.casework.agency.read.AgencyDirectory;
import org.disclosureledger.kernel.AgencyCode;
import org.disclosureledger.kernel.application.ApplicantCategory;
import org.disclosureledger.kernel.money.Yuan;
import org.disclosureledger.kernel.proactive.PublicationChannel;
import org.disclosureledger.kernel.report.AnnualReport;
import org.disclosureledger.kernel.report.ApplicantCounts;
import org.disclosureledger.kernel.report.ApplicationTable;
import org.disclosureledger.kernel.report.DocumentCounts;
import org.disclosureledger.kernel.report.OutcomeCounts;
import org.disclosureledger.kernel.report.ProactiveDisclosure;
import org.disclosureledger.kernel.report.ProcessingFees;
import org.disclosureledger.kernel.report.Publications;
import org.disclosureledger.kernel.report.ReportFigures;
import org.disclosureledger.kernel.report.ReviewCountingPolicy;
import org.disclosureledger.kernel.report.ReviewsAndLawsuits;
import org.disclosureledger.reporting.AnnualReports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The narrative sections through the staff API, on PostgreSQL, into the published documents: written and revised
 * (each revision an event, projected with the facts by annual-report-facts), refused with the reason, and printed with the figures of
 * the report filled in. The report's tables come from a hand-built report of the sample township (85 items published,
 * 69 on WeChat, 16 otherwise), since the report calculator is another part.
 */
@SpringBootTest(classes = SingleNodeApplication.class)
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(AnnualReportNarrativeApiTest.SampleTownshipReports.class)
class AnnualReportNarrativeApiTest {
    private static final String OVERVIEW = "2021年，全镇一共公开信息{{publications.total}}条，其中微信公众号公开"
            + "{{publications.byChannel.WECHAT}}条，其他方式公开{{publications.byChannel.OTHER}}条。";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper();

    /** The township's tables for any registered agency, under its registered name. */
    @TestConfiguration
    static class SampleTownshipReports {
        @Bean
        @Primary
        AnnualReports sampleTownshipReports(AgencyDirectory directory) {
            return (agency, year, consolidated) -> directory.find(agency).map(entry -> township(agency, entry.name(), year, consolidated));
        }
    }

    @Test
    void staffWriteAndReviseASectionAndReadItsRevisions() throws Exception {
        register("narr-rev", "寒葱沟镇人民政府");
        revise("narr-rev", "OVERVIEW", OVERVIEW, "2022-01-10").andExpect(status().isOk())
                .andExpect(jsonPath("$.revisions.length()").value(1));
        revise("narr-rev", "OVERVIEW", OVERVIEW + "\n2021年度我镇无依申请公开事项。", "2022-01-12").andExpect(status().isOk());
        revise("narr-rev", "OVERVIEW", OVERVIEW + "\n2021年度我镇无依申请公开事项。", "2022-01-13").andExpect(status().isOk())
                .andExpect(jsonPath("$.revisions.length()").value(2));

        mvc.perform(get("/api/v1/agencies/narr-rev/annual-reports/2021/narrative/OVERVIEW"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.heading").value("一、总体情况"))
                .andExpect(jsonPath("$.text").value(OVERVIEW + "\n2021年度我镇无依申请公开事项。"))
                .andExpect(jsonPath("$.revisedOn").value("2022-01-12"))
                .andExpect(jsonPath("$.revisions[0].revision").value(1))
                .andExpect(jsonPath("$.revisions[0].text").value(OVERVIEW))
                .andExpect(jsonPath("$.revisions[0].on").value("2022-01-10"))
                .andExpect(jsonPath("$.revisions[0].recordedBy").value("clerk"))
                .andExpect(jsonPath("$.revisions[1].revision").value(2));
        mvc.perform(get("/api/v1/agencies/narr-rev/annual-reports/2021/narrative"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].section").value(org.hamcrest.Matchers.contains("OVERVIEW", "PROBLEMS_AND_IMPROVEMENTS", "OTHER_MATTERS")))
                .andExpect(jsonPath("$[1].text").doesNotExist());
    }

    @Test
    void theRevisionDateDefaultsToTodayInChina() throws Exception {
        register("narr-today", "某镇人民政府");
        mvc.perform(put("/api/v1/agencies/narr-today/annual-reports/2021/narrative/PROBLEMS_AND_IMPROVEMENTS")
                        .contentType(MediaType.APPLICATION_JSON).header("X-Ledger-User", "clerk")
                        .content(json.writeValueAsString(Map.of("text", "信息公开实效性需进一步增强。"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revisedOn").value(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString()));
    }

    @Test
    void whatCannotBeRecordedIsRefusedWithTheReasonAndNothingIsRecorded() throws Exception {
        register("narr-refuse", "某镇人民政府");
        revise("narr-refuse", "OVERVIEW", "全年公开信息{{publications.count}}条", "2022-01-10")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("text"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("unknown placeholder {{publications.count}}")));
        revise("narr-refuse", "SUMMARY", "总体情况", "2022-01-10")
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.field").value("section"));
        revise("narr-refuse", "OVERVIEW", " ", "2022-01-10")
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.field").value("text"));
        revise("narr-refuse", "OVERVIEW", "总体情况", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString())
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.reason").value("DATE_IN_FUTURE"));
        revise("narr-refuse", "OTHER_MATTERS", "我镇无其他需要报告事项。", "2022-01-10")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("{{processingFees.amountYuan}}")));
        revise("narr-nowhere", "OVERVIEW", "总体情况", "2022-01-10")
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.reason").value("UNKNOWN_AGENCY"));
        mvc.perform(get("/api/v1/agencies/narr-nowhere/annual-reports/2021/narrative/OVERVIEW")).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/agencies/narr-refuse/annual-reports/2021/narrative/OVERVIEW"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revisions.length()").value(0));
        assertThat(revisionsProjected("narr-refuse")).isZero();
    }

    @Test
    void theDocumentsPrintTheNarrativeWithTheReportsFigures() throws Exception {
        register("narr-doc", "寒葱沟镇人民政府");
        revise("narr-doc", "OVERVIEW", "（一）主动公开情况\n" + OVERVIEW, "2022-01-10").andExpect(status().isOk());
        revise("narr-doc", "PROBLEMS_AND_IMPROVEMENTS", "1.我镇政务公开信息的社会知晓率还不够高。", "2022-01-10").andExpect(status().isOk());

        String html = mvc.perform(get("/api/v1/agencies/narr-doc/annual-reports/2021").header(HttpHeaders.ACCEPT, "text/html"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("<h1>寒葱沟镇人民政府2021年政府信息公开工作年度报告</h1>",
                "<p>2021年，全镇一共公开信息85条，其中微信公众号公开69条，其他方式公开16条。</p>",
                "<p>1.我镇政务公开信息的社会知晓率还不够高。</p>",
                "<p>本年度未收取政府信息公开信息处理费。</p>");
        assertThat(revisionsProjected("narr-doc")).isEqualTo(2);

        String markdown = mvc.perform(get("/api/v1/agencies/narr-doc/annual-reports/2021?format=markdown"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(markdown).contains("其中微信公众号公开69条");

        byte[] docx = mvc.perform(get("/api/v1/agencies/narr-doc/annual-reports/2021?format=docx"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText()).contains("其中微信公众号公开69条", "本年度未收取政府信息公开信息处理费。");
            assertThat(document.getTables()).hasSize(3);
        }
    }

    @Test
    void aRevisionIsInTheNextDocumentAtOnce() throws Exception {
        register("narr-next", "某镇人民政府");
        for (int i = 1; i <= 3; i++) {
            String text = "第" + i + "稿：本年度收取信息处理费{{processingFees.amountYuan}}元。";
            revise("narr-next", "OTHER_MATTERS", text, "2022-01-1" + i).andExpect(status().isOk());
            String html = mvc.perform(get("/api/v1/agencies/narr-next/annual-reports/2021?format=html"))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).contains("<p>第" + i + "稿：本年度收取信息处理费0.00元。</p>");
        }
    }

    @Test
    void theDocumentOfAnUnknownAgencyIsAProblem() throws Exception {
        mvc.perform(get("/api/v1/agencies/narr-unknown/annual-reports/2021").header(HttpHeaders.ACCEPT, "text/html"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("agency 'narr-unknown' is not registered"));
    }

    private void register(String agency, String name) throws Exception {
        mvc.perform(post("/api/v1/agencies").contentType(MediaType.APPLICATION_JSON).header("X-Ledger-User", "admin")
                        .content(json.writeValueAsString(Map.of("agency", agency, "name", name, "level", "TOWNSHIP"))))
                .andExpect(status().isCreated());
    }

    private ResultActions revise(String agency, String section, String text, String on) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        body.put("on", on);
        return mvc.perform(put("/api/v1/agencies/" + agency + "/annual-reports/2021/narrative/" + section)
                .contentType(MediaType.APPLICATION_JSON).header("X-Ledger-User", "clerk")
                .content(json.writeValueAsString(body)));
    }

    private int revisionsProjected(String agency) {
        return jdbc.sql("SELECT count(*) FROM reporting.report_narrative_revision WHERE agency = ?")
                .param(agency).query(Integer.class).single();
    }

    private static AnnualReport township(AgencyCode agency, String name, int year, boolean consolidated) {
        Map<String, ApplicantCounts> rows = new LinkedHashMap<>();
        for (String row : ReportFigures.APPLICATION_ROWS) {
            rows.put(row, ApplicantCounts.of(new long[ApplicantCategory.values().length]));
        }
        return new AnnualReport(agency, name, year, "2021", consolidated, ReviewCountingPolicy.FILED_IN_YEAR,
                new ProactiveDisclosure(DocumentCounts.NONE, DocumentCounts.NONE, 0, 0, 0, Yuan.ZERO,
                        new Publications(85, Map.of(PublicationChannel.WECHAT, 69L, PublicationChannel.OTHER, 16L))),
                new ApplicationTable(rows), new ReviewsAndLawsuits(OutcomeCounts.NONE, OutcomeCounts.NONE, OutcomeCounts.NONE),
                new ProcessingFees(0, Yuan.ZERO), List.of());
    }
}
