package org.disclosureledger.node;

import java.time.Clock;
import java.time.LocalDate;
import org.disclosureledger.casework.ledgerimport.LedgerImport;
import org.disclosureledger.casework.platform.recording.Recorder;
import org.disclosureledger.casework.platform.recording.Recording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the node is up: with {@code ledger.demo=true}, records the demo ledger through the import (idempotent, so a
 * restart records nothing twice); then announces that the ledger is ready, which {@code ./ledger up} waits for.
 */
@Component
class StartupTasks {
    private static final Logger LOG = LoggerFactory.getLogger(StartupTasks.class);

    private final LedgerImport ledgerImport;
    private final Recorder recorder;
    private final Clock clock;
    private final boolean demo;

    StartupTasks(LedgerImport ledgerImport, Recorder recorder, Clock clock, @Value("${ledger.demo:false}") boolean demo) {
        this.ledgerImport = ledgerImport;
        this.recorder = recorder;
        this.clock = clock;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (demo) {
            LocalDate today = LocalDate.now(clock.withZone(Recording.CHINA));
            LedgerImport.Result result = ledgerImport.record(DemoLedger.upTo(today), recorder.as("demo"));
            if (!result.isRecorded()) {
                throw new IllegalStateException("the demo ledger was refused: " + result.errors());
            }
            LOG.info("demo ledger of {} and open applications up to {}: {} records recorded, {} already recorded",
                    today.getYear() - 1, today, result.recorded(), result.alreadyRecorded());
        }
        LOG.info("Disclosure Ledger ready");
    }
}
