package org.disclosureledger.casework.platform.axon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.springframework.stereotype.Component;

/**
 * Keeps the cases an import works on in memory, on the import's own thread and only while it runs: the steps of a
 * case, recorded one command each, then load the case once instead of replaying its events for every step. Outside
 * an import it holds nothing, so every other command loads its case from the event store as usual. Whatever the
 * import's outcome, the cache is dropped with it: a rolled-back import leaves no state behind.
 */
@Component(ImportAggregateCache.NAME)
public class ImportAggregateCache implements Cache {
    public static final String NAME = "importAggregateCache";
    /** The import records each case's steps together, so a few recent cases are all it needs at a time. */
    private static final int CASES_KEPT = 256;
    private static final ThreadLocal<Map<Object, Object>> ACTIVE = new ThreadLocal<>();

    /** Runs {@code work} with the cache active on this thread. */
    public <T> T during(Supplier<T> work) {
        ACTIVE.set(new LinkedHashMap<>(CASES_KEPT, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > CASES_KEPT;
            }
        });
        try {
            return work.get();
        } finally {
            ACTIVE.remove();
        }
    }

    /** Forgets every case, after a line that was rolled back to its savepoint. */
    public void forget() {
        Map<Object, Object> entries = ACTIVE.get();
        if (entries != null) {
            entries.clear();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Map<Object, Object> entries = ACTIVE.get();
        return entries == null ? null : (V) entries.get(key);
    }

    @Override
    public void put(Object key, Object value) {
        Map<Object, Object> entries = ACTIVE.get();
        if (entries != null) {
            entries.put(key, value);
        }
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        Map<Object, Object> entries = ACTIVE.get();
        return entries != null && entries.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean remove(Object key) {
        Map<Object, Object> entries = ACTIVE.get();
        return entries != null && entries.remove(key) != null;
    }

    @Override
    public boolean containsKey(Object key) {
        Map<Object, Object> entries = ACTIVE.get();
        return entries != null && entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        return () -> true;
    }
}
