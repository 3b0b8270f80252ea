package org.disclosureledger.kernel.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.disclosureledger.kernel.LedgerEvent;

/**
 * Every event type of the published language by its name in the stream (the record's simple name). Kept as data
 * ({@code event-catalogue.properties}) and checked by a test against the classes, so a new event cannot be forgotten.
 */
public final class EventCatalogue {
    private static final Map<String, Class<? extends LedgerEvent>> TYPES = load();

    private EventCatalogue() {
    }

    public static Optional<Class<? extends LedgerEvent>> type(String name) {
        return Optional.ofNullable(TYPES.get(name));
    }

    public static Map<String, Class<? extends LedgerEvent>> all() {
        return TYPES;
    }

    public static String nameOf(Class<?> type) {
        return type.getSimpleName();
    }

    private static Map<String, Class<? extends LedgerEvent>> load() {
        Properties names = new Properties();
        try (InputStream in = EventCatalogue.class.getResourceAsStream("/org/disclosureledger/kernel/event-catalogue.properties")) {
            names.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Class<? extends LedgerEvent>> types = new TreeMap<>();
        names.forEach((name, className) -> {
            try {
                types.put((String) name, Class.forName((String) className).asSubclass(LedgerEvent.class));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("event catalogue names a missing class: " + className, e);
            }
        });
        return Map.copyOf(types);
    }
}
