package org.labourrights.site.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.labourrights.site.content.ContentInventory;
import org.labourrights.site.content.HiddenName;
import org.labourrights.site.files.Fingerprint;
import org.labourrights.site.files.FolderTree;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;

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

    /** The layout of the file; another layout is another generator, whose fingerprint differs anyway. */
    private static final String FORMAT = "labourrights records 1";
    /** Only the record types of the model come back from the file, whatever it holds. */
    private static final ObjectInputFilter MODEL_ONLY = ObjectInputFilter.Config.createFilter(
            "org.labourrights.site.model.*;java.lang.*;java.util.*;java.time.*;!*");

    /**
     * One file's records as the content source gave them.
     *
     * @param digest     the file's bytes ({@link Fingerprint#of})
     * @param document   the document it holds, or null for a case file
     * @param aCase      the case it holds, or null for a document
     * @param hiddenName the real name the case shows by initials or pseudonym, or null
     */
    record Kept(String digest, Document document, Case aCase, HiddenName hiddenName) { }

    private final String reader;
    /** By the path an editor knows the file by. */
    private final Map<String, Kept> files;

    private RecordCache(String reader, Map<String, Kept> files) {
        this.reader = reader;
        this.files = files;
    }

    /** The digest of each document and case file of the inventory, on every core, by the path an editor knows it by. */
    static Map<String, String> digests(ContentInventory inventory) {
        List<ContentInventory.Entry> read = inventory.entries().stream()
                .filter(e -> e.kind() == ContentInventory.Kind.DOCUMENT || e.kind() == ContentInventory.Kind.CASE).toList();
        List<String> digests = read.parallelStream().map(e -> Fingerprint.of(e.file())).toList();
        Map<String, String> byFile = new HashMap<>();
        for (int i = 0; i < read.size(); i++) {
            byFile.put(read.get(i).shown(), digests.get(i));
        }
        return byFile;
    }

    /** The records kept beside {@code site} under the fingerprint {@code reader}: none if there are none. */
    static RecordCache read(Path site, String reader) {
        Path file = fileOf(site);
        if (!Files.isRegularFile(file)) {
            return new RecordCache(reader, Map.of());
        }
        try (ObjectInputStream in = new ObjectInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            in.setObjectInputFilter(MODEL_ONLY);
            if (!FORMAT.equals(in.readUTF()) || !reader.equals(in.readUTF())) {
                return new RecordCache(reader, Map.of());
            }
            int count = in.readInt();
            Map<String, Kept> files = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String shown = in.readUTF();
                String digest = in.readUTF();
                Object record = in.readObject();
                Object hidden = in.readObject();
                files.put(shown, new Kept(digest, record instanceof Document d ? d : null, record instanceof Case c ? c : null,
                        hidden instanceof List<?> words ? HiddenName.fromStored(words.stream().map(String.class::cast).toList())
                                : null));
            }
            return new RecordCache(reader, files);
        } catch (IOException | ClassNotFoundException | ClassCastException | IllegalArgumentException
                 | NullPointerException unreadable) {
            // A half-written, damaged or foreign file is no cache; the build reads every file instead.
            return new RecordCache(reader, Map.of());
        }
    }

    /** The kept records of the files whose bytes are still {@code digests} says, by file. */
    Map<String, Kept> unchanged(Map<String, String> digests) {
        Map<String, Kept> unchanged = new HashMap<>();
        digests.forEach((shown, digest) -> {
            Kept kept = files.get(shown);
            if (kept != null && kept.digest().equals(digest)) {
                unchanged.put(shown, kept);
            }
        });
        return unchanged;
    }

    /**
     * The records of a build, each under the digest of its file.
     *
     * @param hiddenNames by case id, as the content source gives them
     */
    static RecordCache of(String reader, Map<String, String> digests, List<Document> documents, List<Case> cases,
                          Map<String, HiddenName> hiddenNames) {
        Map<String, Kept> files = new HashMap<>();
        for (Document document : documents) {
            files.put(document.sourcePath(), new Kept(digests.get(document.sourcePath()), document, null, null));
        }
        for (Case c : cases) {
            files.put(c.sourcePath(), new Kept(digests.get(c.sourcePath()), null, c, hiddenNames.get(c.id())));
        }
        files.values().removeIf(kept -> kept.digest() == null);
        return new RecordCache(reader, files);
    }

    /** Writes these records beside {@code site}, in one step: a reader finds the whole file or the one before. */
    void write(Path site) {
        Path file = fileOf(site);
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            try (ObjectOutputStream out = new ObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(partial),
                    1 << 16))) {
                out.writeUTF(FORMAT);
                out.writeUTF(reader);
                out.writeInt(files.size());
                for (Map.Entry<String, Kept> entry : files.entrySet()) {
                    Kept kept = entry.getValue();
                    out.writeUTF(entry.getKey());
                    out.writeUTF(kept.digest());
                    out.writeObject(kept.document() != null ? kept.document() : kept.aCase());
                    out.writeObject(kept.hiddenName() == null ? null : new ArrayList<>(kept.hiddenName().stored()));
                    // Each record on its own: the stream would otherwise hold every record written until it closes.
                    out.reset();
                }
            }
            FolderTree.move(partial, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the records kept beside {@code site}: the next build reads every file. */
    public static void forget(Path site) {
        try {
            Files.deleteIfExists(fileOf(site));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path fileOf(Path site) {
        Path absolute = site.toAbsolutePath().normalize();
        return absolute.resolveSibling("." + absolute.getFileName() + ".records");
    }
}
