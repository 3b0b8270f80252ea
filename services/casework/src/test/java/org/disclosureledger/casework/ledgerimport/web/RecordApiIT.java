package org.disclosureledger.casework.ledgerimport.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** One ledger record through {@code POST /api/v1/agencies/{agency}/records}: read and refused as a line of an import is. */
@SpringBootTest
@AutoConfigureMockMvc
class RecordApiIT {
    @Autowired
    MockMvc api;

    String agency;

    @BeforeEach
    void registerAgency() throws Exception {
        agency = "r" + UUID.randomUUID().toString().substring(0, 8);
        api.perform(post("/api/v1/agencies").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agency\":\"" + agency + "\",\"name\":\"记录镇人民政府\",\"level\":\"TOWNSHIP\"}"))
                .andExpect(status().isCreated());
    }

    private ResultActions record(String body) throws Exception {
        return api.perform(post("/api/v1/agencies/{agency}/records", agency).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aRecordIsRecordedForTheAgencyOfThePath() throws Exception {
        record("{\"type\":\"DocumentIssued\",\"agency\":\"elsewhere\",\"document\":\"D1\",\"kind\":\"RULE\",\"on\":\"2021-02-01\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("DocumentIssued"))
                .andExpect(jsonPath("$.recordedFor").value(agency + "/document/D1"))
                .andExpect(jsonPath("$.on").value("2021-02-01"));
        record("{\"type\":\"DecisionsRecorded\",\"kind\":\"LICENSING\",\"on\":\"2021-03-01\",\"count\":4}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.type").value("DecisionsRecorded"));
    }

    @Test
    void aBadFieldIsAProblemNamingIt() throws Exception {
        record("{\"type\":\"InformationPublished\",\"item\":\"P1\",\"channel\":\"WECHAT\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("on"))
                .andExpect(jsonPath("$.reason").value("INVALID_VALUE"))
                .andExpect(jsonPath("$.detail").value("on: is missing"));
        record("{\"type\":\"InformationPublished\",\"item\":\"P1\",\"on\":\"2021-03-01\",\"channel\":\"CARRIER_PIGEON\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("channel"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("unknown code 'CARRIER_PIGEON'")));
        record("{\"type\":\"DecisionsRecorded\",\"kind\":\"LICENSING\",\"on\":\"2021-03-01\",\"count\":\"4\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("count"))
                .andExpect(jsonPath("$.detail").value("count: must be a whole number"));
        record("{\"type\":\"ApplicationLost\",\"on\":\"2021-03-01\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("type"));
    }

    @Test
    void aRecordTheLedgerRefusesIsAProblemWithItsReason() throws Exception {
        record("{\"type\":\"DocumentRepealed\",\"document\":\"NONE\",\"on\":\"2021-02-01\"}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("UNKNOWN_CASE"))
                .andExpect(jsonPath("$.field").value("document"));
    }
}
