package org.disclosureledger.casework;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The casework service on its own: the command side, publishing its events for reporting elsewhere. */
@SpringBootApplication
public class CaseworkApplication {
    public static void main(String[] args) {
        SpringApplication.run(CaseworkApplication.class, args);
    }
}
