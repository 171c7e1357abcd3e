package org.labourrights.site.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A digest of what a page shows, the same in every JVM for equal values: its address, template,
 * language, translations, title and data, walked through records, lists, maps and plain values.
 * The build before kept each page's digest beside the site; a page whose digest is the one kept,
 * drawn by the same templates with the same shared data, is that build's file, and is taken
 * rather than drawn again.
 *
 * <p>A list and an ordered map or set are digested in their order, which a page shows. The JDK's
 * immutable maps and sets and its hash maps and sets have an order that may differ from one JVM
 * to the next for the same entries (the immutable ones are shuffled at each start, an enum's hash
 * is its address): a page that showed that order would not be what a clean build makes either, so
 * their entries are digested in an order of their own. A value of any other kind (one that is
 * not a record, a collection or a plain value) has no digest: its page is drawn.
 *
 * <p>Each record is digested once, however many pages show it (a document is on its page and on
 * a dozen lists); one instance serves a whole build, from many threads.
 */
public final class PageDigest {

    /** The maps and sets whose order is not their entries' (the JDK's immutable ones: each size has its class). */
    private static final Set<Class<?>> UNORDERED = Set.copyOf(List.of(HashMap.class, HashSet.class, ConcurrentHashMap.class,
            Map.of().getClass(), Map.of(1, 1).getClass(), Map.of(1, 1, 2, 2).getClass(),
            Set.of().getClass(), Set.of(1).getClass(), Set.of(1, 2, 3).getClass()));

    /** A record by its identity: equal records that are two objects are digested twice, at worst. */
    private record Same(Object value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same same && same.value == value;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(value);
        }
    }

    /** Thrown inside a walk that met a value it cannot digest. */
    private static final class NoDigest extends RuntimeException {
        NoDigest(Class<?> kind) {
            super(kind.getName(), null, false, false);
        }
    }

    /** Each record class's accessors, looked up once: reflection allocates them anew at each call. */
    private static final ClassValue<Method[]> ACCESSORS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getAccessor).toArray(Method[]::new);
        }
    };

    private final Map<Same, byte[]> records = new ConcurrentHashMap<>();

    /**
     * Takes the digest of {@code record} (a document or a case, as read) to be that of the file it
     * was read from, by its path and its bytes' digest: a record read from a file is what the
     * reader makes of those two (a renamed file is another document, at another address), and the
     * reader is in what the pages are drawn with. Digesting a document field by field cost
     * most of what taking its unchanged pages saved (SHA-256 without the JIT's intrinsic for it,
     * which C1 lacks: 150 of the pages' 270 samples at 5,000 docs/lang).
     */
    public void known(Record record, String file, String fileDigest) {
        MessageDigest digest = sha256();
        text(digest, "read from a file");
        text(digest, record.getClass().getName());
        text(digest, file);
        text(digest, fileDigest);
        records.put(new Same(record), digest.digest());
    }

    /** The page's digest, in hex; empty when it shows a value that has none. */
    public Optional<String> of(Page page) {
        return of((Object) page);
    }

    /** The digest of any value, in hex; empty when it holds one that has none. */
    public Optional<String> of(Object value) {
        try {
            MessageDigest digest = sha256();
            add(digest, value);
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (NoDigest none) {
            return Optional.empty();
        }
    }

    private void add(MessageDigest digest, Object value) {
        if (value == null) {
            digest.update((byte) 0);
        } else if (value instanceof String text) {
            digest.update((byte) 1);
            bytes(digest, text.getBytes(StandardCharsets.UTF_8));
        } else if (value instanceof Record record) {
            digest.update((byte) 2);
            digest.update(record(record));
        } else if (value instanceof Enum<?> constant) {
            digest.update((byte) 3);
            text(digest, constant.getDeclaringClass().getName());
            text(digest, constant.name());
        } else if (value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof TemporalAccessor || value instanceof URI || value instanceof Locale) {
            if (value instanceof Number && !(value instanceof Integer || value instanceof Long || value instanceof Short
                    || value instanceof Byte || value instanceof Double || value instanceof Float
                    || value instanceof BigDecimal)) {
                throw new NoDigest(value.getClass());
            }
            digest.update((byte) 4);
            text(digest, value.getClass().getName());
            text(digest, value.toString());
        } else if (value instanceof List<?> list) {
            digest.update((byte) 5);
            count(digest, list.size());
            list.forEach(item -> add(digest, item));
        } else if (value instanceof Map<?, ?> map) {
            digest.update((byte) 6);
            count(digest, map.size());
            if (unordered(map)) {
                sorted(digest, map.entrySet().stream().map(e -> pair(e.getKey(), e.getValue())).toList());
            } else {
                map.forEach((key, item) -> {
                    add(digest, key);
                    add(digest, item);
                });
            }
        } else if (value instanceof Set<?> set) {
            digest.update((byte) 7);
            count(digest, set.size());
            if (unordered(set)) {
                sorted(digest, set.stream().map(this::single).toList());
            } else {
                set.forEach(item -> add(digest, item));
            }
        } else if (value instanceof Optional<?> optional) {
            digest.update((byte) 8);
            add(digest, optional.orElse(null));
        } else if (value instanceof Object[] array) {
            digest.update((byte) 9);
            add(digest, Arrays.asList(array));
        } else if (value instanceof Map.Entry<?, ?> entry) {
            digest.update((byte) 10);
            add(digest, entry.getKey());
            add(digest, entry.getValue());
        } else if (value instanceof Collection<?> other) {
            digest.update((byte) 11);
            count(digest, other.size());
            other.forEach(item -> add(digest, item));
        } else {
            throw new NoDigest(value.getClass());
        }
    }

    /** A record's digest: its class, then each component's. */
    private byte[] record(Record record) {
        Same key = new Same(record);
        byte[] known = records.get(key);
        if (known != null) {
            return known;
        }
        MessageDigest digest = sha256();
        text(digest, record.getClass().getName());
        for (Method accessor : ACCESSORS.get(record.getClass())) {
            try {
                add(digest, accessor.invoke(record));
            } catch (IllegalAccessException e) {
                // A record this class may not read (another package's, not public): its page is drawn.
                throw new NoDigest(record.getClass());
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("reading " + accessor.getName() + " of " + record.getClass().getName(),
                        e.getCause());
            }
        }
        byte[] made = digest.digest();
        records.put(key, made);
        return made;
    }

    private static boolean unordered(Object collection) {
        return UNORDERED.contains(collection.getClass());
    }

    private byte[] pair(Object key, Object value) {
        MessageDigest digest = sha256();
        add(digest, key);
        add(digest, value);
        return digest.digest();
    }

    private byte[] single(Object value) {
        MessageDigest digest = sha256();
        add(digest, value);
        return digest.digest();
    }

    private static void sorted(MessageDigest digest, List<byte[]> parts) {
        List<byte[]> inOrder = new ArrayList<>(parts);
        inOrder.sort(Arrays::compare);
        inOrder.forEach(digest::update);
    }

    private static void text(MessageDigest digest, String text) {
        bytes(digest, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every part with its length before it, so that "ab" + "c" is not "a" + "bc". */
    private static void bytes(MessageDigest digest, byte[] bytes) {
        count(digest, bytes.length);
        digest.update(bytes);
    }

    private static void count(MessageDigest digest, int count) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(count).array());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
