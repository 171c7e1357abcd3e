package org.labourrights.site.pipeline;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.labourrights.site.content.ContentInventory;
import org.labourrights.site.content.HiddenName;
import org.labourrights.site.content.SiteSettings;
import org.labourrights.site.files.Fingerprint;
import org.labourrights.site.files.FolderTree;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Tag;

/**
 * The records the content source gave for each document and case file at the last build, kept
 * beside its site ({@code target/.site.records} for {@code target/site}), each under the digest
 * of the bytes it was read from, and all under the fingerprint of what reads a file
 * ({@link SiteInputs.Digests#records()}). The next build takes a file's records from here when
 * both are unchanged and gives only the other files to the content source, so that one edited
 * file is one file parsed and stored.
 *
 * <p>Nothing here is published: the file is beside the site, not in it. It holds what JBake's store
 * holds in memory during a build, the real names behind initials and pseudonyms among them (the
 * warning check needs them). A file that is missing, unreadable or written under another
 * fingerprint keeps nothing: every file is read then.
 */
public final class RecordCache {

    /** The kind of file it is beside the site: {@code target/.site.records}. */
    private static final String BESIDE = "records";

    /** The layout of the file; another layout is another generator, whose fingerprint differs anyway. */
    private static final String FORMAT = "labourrights records 3";
    /** Parts read at once, one per core and more: the 5,000-documents-per-language corpus read in 2.4 s on one core. */
    private static final int PARTS = 8;
    /** Only the record types of the model and the settings come back from the file, whatever it holds. */
    private static final ObjectInputFilter MODEL_ONLY = ObjectInputFilter.Config.createFilter(
            "org.labourrights.site.model.*;org.labourrights.site.content.SiteSettings;"
                    + "org.labourrights.site.pipeline.RecordCache$Data;java.lang.*;java.util.*;java.time.*;!*");

    /**
     * One file's records as the content source gave them.
     *
     * @param digest     the file's bytes ({@link Fingerprint#of})
     * @param document   the document it holds, or null for a case file
     * @param aCase      the case it holds, or null for a document
     * @param hiddenName the real name the case shows by initials or pseudonym, or null
     */
    record Kept(String digest, Document document, Case aCase, HiddenName hiddenName) { }

    /**
     * What the content source read from content/data/: the same as long as the fingerprint of
     * what reads a file is, since content/data/ is part of it.
     */
    record Data(SiteSettings settings, Map<String, Tag> vocabulary) implements Serializable { }

    private final String reader;
    /** By the path an editor knows the file by. */
    private final Map<String, Kept> files;
    private final Data data;

    private RecordCache(String reader, Map<String, Kept> files, Data data) {
        this.reader = reader;
        this.files = files;
        this.data = data;
    }

    /**
     * The digest of each document and case file of the inventory, by the path an editor knows it
     * by: the one the fingerprint of the inputs took, or, for a file added since, its own.
     */
    static Map<String, String> digests(ContentInventory inventory, Map<Path, String> known) {
        Map<String, String> byFile = new HashMap<>();
        for (ContentInventory.Entry entry : inventory.entries()) {
            if (entry.kind() == ContentInventory.Kind.DOCUMENT || entry.kind() == ContentInventory.Kind.CASE) {
                String digest = known.get(entry.file());
                byFile.put(entry.shown(), digest != null ? digest : Fingerprint.of(entry.file()));
            }
        }
        return byFile;
    }

    /**
     * The records kept by the build before, being read: the file's head tells at once which files
     * they are for, while the records themselves are read on other threads, so that the content
     * source can parse the files that changed meanwhile (JBake's store takes seconds to start).
     */
    static final class Reading {

        private final Map<String, String> digests;
        private final Data data;
        private final CompletableFuture<Map<String, Kept>> records;

        private Reading(Map<String, String> digests, Data data, CompletableFuture<Map<String, Kept>> records) {
            this.digests = digests;
            this.data = data;
            this.records = records;
        }

        /** What the content source read from content/data/, if records were kept. */
        Optional<Data> data() {
            return Optional.ofNullable(data);
        }

        /** The files whose bytes are still what {@code now} says they are, by the path an editor knows them by. */
        Set<String> unchanged(Map<String, String> now) {
            Set<String> unchanged = new HashSet<>();
            now.forEach((shown, digest) -> {
                if (digest.equals(digests.get(shown))) {
                    unchanged.add(shown);
                }
            });
            return unchanged;
        }

        /** The records of {@code files}, once read; empty if the file turned out damaged or foreign. */
        Optional<Map<String, Kept>> records(Set<String> files) {
            if (files.isEmpty()) {
                return Optional.of(Map.of());
            }
            try {
                Map<String, Kept> all = records.join();
                Map<String, Kept> kept = new HashMap<>();
                for (String file : files) {
                    Kept one = all.get(file);
                    if (one == null) {
                        return Optional.empty();
                    }
                    kept.put(file, one);
                }
                return Optional.of(kept);
            } catch (CompletionException damaged) {
                return Optional.empty();
            }
        }
    }

    /** Starts reading the records kept beside {@code site} under the fingerprint {@code reader}: none if there are none. */
    static Reading read(Path site, String reader) {
        Path file = fileOf(site);
        Reading none = new Reading(Map.of(), null, CompletableFuture.completedFuture(Map.of()));
        if (!Files.isRegularFile(file)) {
            return none;
        }
        Map<String, String> digests = new HashMap<>();
        Data data;
        long[] parts;
        try (DataInputStream head = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (!FORMAT.equals(head.readUTF()) || !reader.equals(head.readUTF())) {
                return none;
            }
            int count = head.readInt();
            for (int i = 0; i < count; i++) {
                digests.put(head.readUTF(), head.readUTF());
            }
            byte[] dataBytes = new byte[head.readInt()];
            head.readFully(dataBytes);
            ObjectInputStream dataIn = new ObjectInputStream(new ByteArrayInputStream(dataBytes));
            dataIn.setObjectInputFilter(MODEL_ONLY);
            data = (Data) dataIn.readObject();
            parts = new long[head.readInt()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = head.readLong();
            }
        } catch (IOException | NegativeArraySizeException | ClassNotFoundException | ClassCastException
                 | IllegalArgumentException | NullPointerException unreadable) {
            // A half-written, damaged or foreign file is no cache; the build reads every file instead.
            return none;
        }
        return new Reading(digests, data, CompletableFuture.supplyAsync(() -> {
            Map<String, Kept> files = new HashMap<>();
            Arrays.stream(parts).parallel().mapToObj(at -> readPart(file, at)).toList().forEach(files::putAll);
            return files;
        }));
    }

    /** One part of the file, which starts at byte {@code at}. */
    private static Map<String, Kept> readPart(Path file, long at) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Channels.newInputStream(channel.position(at)),
                    1 << 16));
            in.setObjectInputFilter(MODEL_ONLY);
            int count = in.readInt();
            Map<String, Kept> files = new HashMap<>();
            for (int i = 0; i < count; i++) {
                String shown = in.readUTF();
                String digest = in.readUTF();
                Object record = in.readObject();
                Object hidden = in.readObject();
                if (record instanceof Document document) {
                    byte[] body = new byte[in.readInt()];
                    in.readFully(body);
                    record = document.withBodyHtml(new String(body, StandardCharsets.UTF_8));
                } else if (!(record instanceof Case)) {
                    throw new UncheckedIOException(new IOException(shown + " holds no record"));
                }
                files.put(shown, new Kept(digest, record instanceof Document d ? d : null, record instanceof Case c ? c : null,
                        hidden instanceof List<?> words ? HiddenName.fromStored(words.stream().map(String.class::cast).toList())
                                : null));
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException | ClassCastException | IllegalArgumentException | NullPointerException
                 | NegativeArraySizeException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }

    /**
     * The records of a build, each under the digest of its file.
     *
     * @param hiddenNames by case id, as the content source gives them
     */
    static RecordCache of(String reader, Map<String, String> digests, List<Document> documents, List<Case> cases,
                          Map<String, HiddenName> hiddenNames, Data data) {
        Map<String, Kept> files = new HashMap<>();
        for (Document document : documents) {
            files.put(document.sourcePath(), new Kept(digests.get(document.sourcePath()), document, null, null));
        }
        for (Case c : cases) {
            files.put(c.sourcePath(), new Kept(digests.get(c.sourcePath()), null, c, hiddenNames.get(c.id())));
        }
        files.values().removeIf(kept -> kept.digest() == null);
        return new RecordCache(reader, files, data);
    }

    /**
     * Writes these records beside {@code site}, in one step: a reader finds the whole file or the
     * one before. The head names every file with its digest and gives the places of the parts the
     * records are written in, each a stream of its own, so that the next build reads them on every core.
     */
    void write(Path site) {
        List<Map.Entry<String, Kept>> all = new ArrayList<>(files.entrySet());
        int count = Math.max(1, Math.min(PARTS, all.size()));
        FolderTree.writeBeside(site, BESIDE, file -> writeParts(file, all, count));
    }

    private void writeParts(Path file, List<Map.Entry<String, Kept>> all, int count) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            DataOutputStream head = new DataOutputStream(out);
            head.writeUTF(FORMAT);
            head.writeUTF(reader);
            head.writeInt(all.size());
            for (Map.Entry<String, Kept> entry : all) {
                head.writeUTF(entry.getKey());
                head.writeUTF(entry.getValue().digest());
            }
            ByteArrayOutputStream dataBytes = new ByteArrayOutputStream();
            try (ObjectOutputStream dataOut = new ObjectOutputStream(dataBytes)) {
                dataOut.writeObject(new Data(data.settings(), new HashMap<>(data.vocabulary())));
            }
            head.writeInt(dataBytes.size());
            dataBytes.writeTo(head);
            head.writeInt(count);
            head.flush();
            long placesAt = channel.position();
            head.write(new byte[Long.BYTES * count]);
            ByteBuffer places = ByteBuffer.allocate(Long.BYTES * count);
            for (int part = 0; part < count; part++) {
                head.flush();
                places.putLong(channel.position());
                writePart(out, all.subList(part * all.size() / count, (part + 1) * all.size() / count));
            }
            out.flush();
            channel.write(places.flip(), placesAt);
        }
    }

    private static void writePart(OutputStream file, List<Map.Entry<String, Kept>> entries) throws IOException {
        // Not closed: closing it would close the file, whose next part follows.
        ObjectOutputStream out = new ObjectOutputStream(file);
        out.writeInt(entries.size());
        for (Map.Entry<String, Kept> entry : entries) {
            Kept kept = entry.getValue();
            out.writeUTF(entry.getKey());
            out.writeUTF(kept.digest());
            out.writeObject(kept.document() != null ? kept.document().withBodyHtml("") : kept.aCase());
            out.writeObject(kept.hiddenName() == null ? null : new ArrayList<>(kept.hiddenName().stored()));
            if (kept.document() != null) {
                // The body, most of the bytes, as UTF-8: Java's serialization decodes a long string a
                // character at a time, 3.6 s for the 5,000-documents-per-language corpus's bodies.
                byte[] body = kept.document().bodyHtml().getBytes(StandardCharsets.UTF_8);
                out.writeInt(body.length);
                out.write(body);
            }
        }
        out.flush();
    }

    /** Deletes the records kept beside {@code site}: the next build reads every file. */
    public static void forget(Path site) {
        FolderTree.deleteBeside(site, BESIDE);
    }

    private static Path fileOf(Path site) {
        return FolderTree.beside(site, BESIDE);
    }
}
