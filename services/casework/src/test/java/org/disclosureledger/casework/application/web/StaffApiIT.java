package org.disclosureledger.casework.application.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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

/** The staff API of applications, through HTTP against PostgreSQL: each step recorded, bad input answered as problem+json. */
@SpringBootTest
@AutoConfigureMockMvc
class StaffApiIT {
    @Autowired
    MockMvc api;

    String agency;

    @BeforeEach
    void registerAgency() throws Exception {
        agency = "s" + UUID.randomUUID().toString().substring(0, 8);
        api.perform(post("/api/v1/agencies").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"agency\":\"" + agency + "\",\"name\":\"某某县人民政府办公室\",\"level\":\"DEPARTMENT\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/agencies/" + agency));
    }

    private ResultActions receive(String body) throws Exception {
        return api.perform(post("/api/v1/agencies/{agency}/applications", agency).header("X-Ledger-User", "wang.clerk")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions step(String application, String body) throws Exception {
        return api.perform(post("/api/v1/agencies/{agency}/applications/{application}/steps", agency, application)
                .header("X-Ledger-User", "wang.clerk").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aCaseIsRecordedStepByStepAndReadBack() throws Exception {
        receive("{\"application\":\"2024-9\",\"receivedOn\":\"2024-09-30\",\"applicantCategory\":\"NATURAL_PERSON\",\"channel\":\"IN_PERSON\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/agencies/" + agency + "/applications/2024-9"))
                .andExpect(jsonPath("$.status").value("OPEN"))
                // 30 Sep 2024 (Mon): 1-7 Oct off, Sat 12 Oct worked: 8-11, 12, 14-18, 21-25, 28-31 Oct, 1 Nov -> 20th is Fri 1 Nov.
                .andExpect(jsonPath("$.replyDueOn").value("2024-11-01"));
        step("2024-9", "{\"type\":\"ReplyExtended\",\"on\":\"2024-10-28\",\"workingDays\":5}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.extendedByWorkingDays").value(5))
                .andExpect(jsonPath("$.replyDueOn").value("2024-11-08"));
        step("2024-9", "{\"type\":\"ApplicationAnswered\",\"on\":\"2024-11-05\",\"result\":\"UNAVAILABLE_NEEDS_CREATION\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONCLUDED"))
                .andExpect(jsonPath("$.resultLabel").value("没有现成信息需要另行制作"));
        api.perform(get("/api/v1/agencies/{agency}/applications/2024-9/history", agency))
                .andExpect(jsonPath("$[0].type").value("ApplicationReceived"))
                .andExpect(jsonPath("$[0].recordedBy").value("wang.clerk"))
                .andExpect(jsonPath("$[?(@.type == 'ReplyExtended')].event.workingDays").value(5));
    }

    @Test
    void aFutureDateIsAProblemNamingTheField() throws Exception {
        receive("{\"application\":\"F1\",\"receivedOn\":\"2999-01-04\",\"applicantCategory\":\"NATURAL_PERSON\",\"channel\":\"IN_PERSON\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("receivedOn"))
                .andExpect(jsonPath("$.reason").value("DATE_IN_FUTURE"));
    }

    @Test
    void anUnknownCodeIsAProblemNamingTheField() throws Exception {
        receive("{\"application\":\"F2\",\"receivedOn\":\"2024-01-04\",\"applicantCategory\":\"ALIEN\",\"channel\":\"IN_PERSON\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("applicantCategory"));
    }

    @Test
    void aStepOfAnUnknownCaseIsNotFound() throws Exception {
        step("NONE", "{\"type\":\"ApplicationWithdrawn\",\"on\":\"2024-01-04\"}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.reason").value("UNKNOWN_CASE"));
        api.perform(get("/api/v1/agencies/{agency}/applications/NONE", agency)).andExpect(status().isNotFound());
    }

    @Test
    void aStepOnAConcludedCaseIsAConflict() throws Exception {
        receive("{\"application\":\"C1\",\"receivedOn\":\"2024-03-04\",\"applicantCategory\":\"OTHER_ORGANIZATION\",\"channel\":\"ONLINE\"}")
                .andExpect(status().isCreated());
        step("C1", "{\"type\":\"ApplicationWithdrawn\",\"on\":\"2024-03-05\"}").andExpect(status().isOk());
        step("C1", "{\"type\":\"ApplicationAnswered\",\"on\":\"2024-03-06\",\"result\":\"DISCLOSED\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.reason").value("CASE_CONCLUDED"));
    }

    @Test
    void aReceiptIsNotAStep() throws Exception {
        step("X1", "{\"type\":\"ApplicationReceived\",\"receivedOn\":\"2024-03-04\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("type"));
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        step("X1", "{\"type\":").andExpect(status().isBadRequest());
    }
}
