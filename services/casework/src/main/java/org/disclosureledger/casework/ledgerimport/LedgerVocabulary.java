package org.disclosureledger.casework.ledgerimport;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.disclosureledger.casework.agency.command.AgencyRecord;
import org.disclosureledger.casework.application.command.ApplicationRecord;
import org.disclosureledger.casework.litigation.command.LitigationRecord;
import org.disclosureledger.casework.platform.vocabulary.LedgerRecord;
import org.disclosureledger.casework.proactive.command.ProactiveRecord;
import org.disclosureledger.kernel.application.ApplicationId;
import org.disclosureledger.kernel.litigation.LawsuitId;
import org.disclosureledger.kernel.litigation.ReviewId;
import org.disclosureledger.kernel.proactive.DocumentId;
import org.disclosureledger.kernel.proactive.PublishedItemId;
import org.springframework.stereotype.Component;

/**
 * The whole ledger vocabulary: every record type of every slice, by its {@code type}. As a Jackson module (Spring
 * registers it on the application's mapper), so that a {@link LedgerRecord} is read by its type wherever one is read:
 * the lines of an import and the body of {@code POST /api/v1/agencies/{agency}/records}. A new record type is a
 * record in its slice and a line here.
 */
@Component
public class LedgerVocabulary extends SimpleModule {
    public static final List<Class<? extends LedgerRecord>> TYPES = Stream.of(
            Arrays.stream(AgencyRecord.class.getPermittedSubclasses()),
            Arrays.stream(ApplicationRecord.class.getPermittedSubclasses()).filter(type -> type != ApplicationRecord.Step.class),
            Arrays.stream(ApplicationRecord.Step.class.getPermittedSubclasses()),
            Arrays.stream(ProactiveRecord.class.getPermittedSubclasses()),
            Arrays.stream(LitigationRecord.class.getPermittedSubclasses()))
            .flatMap(Function.identity())
            .<Class<? extends LedgerRecord>>map(type -> type.asSubclass(LedgerRecord.class))
            .toList();

    private static final Map<String, Class<? extends LedgerRecord>> BY_NAME = TYPES.stream()
            .collect(Collectors.toUnmodifiableMap(LedgerVocabulary::name, type -> type));

    /** The records that open a case, and the field that numbers it. */
    static final Map<String, String> CASE_OPENINGS = Map.of(
            "ApplicationReceived", ApplicationId.KIND, "DocumentIssued", DocumentId.KIND, "InformationPublished", PublishedItemId.KIND,
            "ReviewFiled", ReviewId.KIND, "LawsuitFiled", LawsuitId.KIND);

    public LedgerVocabulary() {
        super("ledger-vocabulary");
        registerSubtypes(TYPES.toArray(Class<?>[]::new));
    }

    public static boolean has(String type) {
        return BY_NAME.containsKey(type);
    }

    /** Every type's name, in the order of the interchange's table. */
    public static List<String> names() {
        return TYPES.stream().map(LedgerVocabulary::name).toList();
    }

    static String name(Class<?> type) {
        return type.getAnnotation(JsonTypeName.class).value();
    }
}
