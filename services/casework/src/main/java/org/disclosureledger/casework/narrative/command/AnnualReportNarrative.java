package org.disclosureledger.casework.narrative.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.disclosureledger.casework.agency.command.RegisteredAgencies;
import org.disclosureledger.casework.platform.recording.Recording;
import org.disclosureledger.casework.platform.problems.Refusal;
import org.disclosureledger.casework.platform.problems.Refusal.Reason;
import org.disclosureledger.casework.platform.recording.StepDates;
import org.disclosureledger.kernel.report.AnnualReportId;
import org.disclosureledger.kernel.report.NarrativeSection;
import org.disclosureledger.kernel.report.NarrativeTemplate;
import org.disclosureledger.kernel.report.ReportFormat;
import org.disclosureledger.kernel.report.ReportFormats;
import org.disclosureledger.kernel.report.ReportNarrativeRevised;
import org.disclosureledger.kernel.vocabulary.OfficialTerm;

/**
 * The sections of one agency's annual report that staff write (一 总体情况, 五 问题及改进, 六 其他事项), each revision
 * kept. Figures quoted in the text must be placeholders of the report's figures, so that the published numbers come
 * from the records; section 六 must quote the information processing fees. Re-sending the current text records nothing.
 */
@Aggregate
public class AnnualReportNarrative {
    static final int MAX_LENGTH = 20_000;

    @AggregateIdentifier
    private AnnualReportId report;
    private final Map<NarrativeSection, String> texts = new EnumMap<>(NarrativeSection.class);
    private final Map<NarrativeSection, LocalDate> revisedOn = new EnumMap<>(NarrativeSection.class);

    protected AnnualReportNarrative() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReviseReportNarrative command, MetaData metaData, RegisteredAgencies agencies) {
        Recording recording = Recording.from(metaData);
        AnnualReportId id = command.report();
        agencies.requireRegistered(id.agency());
        ReportFormat format = ReportFormats.bundled().forYear(id.year()).orElseThrow(() -> new Refusal(Reason.INVALID_VALUE, "year",
                "no annual report format covers the year " + id.year() + " (formats: "
                        + ReportFormats.bundled().all().stream().map(f -> f.version() + " from " + f.firstYear()).toList() + ")"));
        ReportFormat.Section section = narrativeSection(format, command.section());
        String text = checkedText(command.text(), section);
        LocalDate on = command.on();
        StepDates.requireNotInFuture(on, recording, "on");
        if (on.getYear() < id.year()) {
            throw new Refusal(Reason.INVALID_VALUE, "on", "on " + on + " is before the report year " + id.year() + " began");
        }
        LocalDate previous = revisedOn.get(section.narrative());
        if (previous != null) {
            StepDates.requireNotBefore(on, previous, "the section's previous revision", "on");
        }
        if (text.equals(texts.get(section.narrative()))) {
            return;
        }
        apply(new ReportNarrativeRevised(id.agency(), id.year(), section.narrative(), text, on));
    }

    private static ReportFormat.Section narrativeSection(ReportFormat format, String code) {
        List<NarrativeSection> written = format.narrativeSections();
        NarrativeSection narrative;
        try {
            narrative = OfficialTerm.parse(NarrativeSection.class, code, "section");
        } catch (IllegalArgumentException e) {
            throw new Refusal(Reason.INVALID_VALUE, "section", "section '" + code + "' is not a section staff write; the "
                    + format.version() + " format's narrative sections are " + written);
        }
        return format.section(narrative).orElseThrow(() -> new Refusal(Reason.INVALID_VALUE, "section",
                "the " + format.version() + " format has no section " + narrative + "; its narrative sections are " + written));
    }

    private static String checkedText(String text, ReportFormat.Section section) {
        if (text == null || text.isBlank()) {
            throw new Refusal(Reason.INVALID_VALUE, "text", "text is empty: write the section " + section.numberedHeading());
        }
        if (text.length() > MAX_LENGTH) {
            throw new Refusal(Reason.INVALID_VALUE, "text", "text is longer than " + MAX_LENGTH + " characters: " + text.length());
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new Refusal(Reason.INVALID_VALUE, "text", String.format("text has a control character (U+%04X) at position %d",
                        (int) c, i + 1));
            }
        }
        List<String> quoted;
        try {
            quoted = NarrativeTemplate.placeholders(text);
        } catch (IllegalArgumentException e) {
            throw new Refusal(Reason.INVALID_VALUE, "text", e.getMessage());
        }
        if (!section.mustQuoteOneOf().isEmpty() && section.mustQuoteOneOf().stream().noneMatch(quoted::contains)) {
            throw new Refusal(Reason.INVALID_VALUE, "text", "section " + section.numberedHeading() + " must state the figure "
                    + section.mustQuoteOneOf().stream().map(name -> "{{" + name + "}}").collect(Collectors.joining(" or "))
                    + " (quote it as a placeholder so that the number comes from the records)");
        }
        return text;
    }

    @EventSourcingHandler
    void on(ReportNarrativeRevised event) {
        report = event.report();
        texts.put(event.section(), event.text());
        revisedOn.put(event.section(), event.revisedOn());
    }
}
