package org.labourrights.site.index.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.labourrights.site.files.FolderTree;
import org.labourrights.site.index.SearchDocument;
import org.labourrights.site.index.Workers;
import org.labourrights.site.model.Language;

/**
 * Writes a site's static index into {@code siteOutput/search/<hash>/<lang>/}, the hash being of
 * all the files' names and contents: a changed index gets a new address, an unchanged one the
 * same. The files are written by tasks on the build's {@link Workers}: the documents' files as
 * soon as the publication starts (they need no index, only the documents' numbers, which are
 * their order), the manifest, shards and positions of a language as soon as its index is ready.
 * Each task sums its own files; the sums are hashed together in a fixed order.
 */
public final class Publication {

    private static final int DOCUMENTS_PER_TASK = 16 * IndexFiles.RESTS_PER_FILE;
    private static final int SHARDS_PER_TASK = 16;
    private static final int POSITION_FILES_PER_TASK = 64;

    /** What a task wrote: the sum of its files' names and contents (FileSink), how many, how many bytes. */
    private record Part(byte[] sum, int files, long bytes) { }

    private final Path root;
    private final Path temporary;
    /** The index the site had before (its hash folder), whose unchanged files are taken; null when none. */
    private final Path earlier;
    private final Workers workers;
    private volatile boolean stopped;
    private final Map<Language, List<CompletableFuture<Part>>> documentParts = new LinkedHashMap<>();
    private final Map<Language, CompletableFuture<List<CompletableFuture<Part>>>> indexParts = new LinkedHashMap<>();

    private Publication(Path siteOutput, Path earlierSite, Workers workers) {
        this.root = siteOutput.resolve("search");
        this.temporary = root.resolve(".building-" + UUID.randomUUID());
        this.earlier = earlierSite == null ? null : earlierIndex(earlierSite.resolve("search"));
        this.workers = workers;
    }

    /**
     * The index folder a site published: {@code search/<hash>/}, the one there is. Null when
     * there is none, or more than one (then which to compare with is not known, and all is written).
     */
    private static Path earlierIndex(Path search) {
        if (!Files.isDirectory(search)) {
            return null;
        }
        try (var folders = Files.list(search)) {
            List<Path> indexes = folders.filter(Files::isDirectory)
                    .filter(folder -> !folder.getFileName().toString().startsWith(".")).limit(2).toList();
            return indexes.size() == 1 ? indexes.get(0) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Starts writing the documents' files of {@code documents} (numbered in order within each
     * language), one folder for each of its languages.
     *
     * @param earlierSite the site published before, whose index files are taken where they are
     *                    the same (see {@link org.labourrights.site.files.UnchangedFile}); null when there is none
     */
    public static Publication start(Path siteOutput, Path earlierSite, Map<Language, List<SearchDocument>> documents,
                                    Workers workers) {
        Publication publication = new Publication(siteOutput, earlierSite, workers);
        for (Language language : documents.keySet()) {
            Path folder = publication.temporary.resolve(language.code());
            FileSink.createFolders(folder, "s", "p", "b", "d", "r");
            List<SearchDocument> ofLanguage = documents.getOrDefault(language, List.of());
            List<CompletableFuture<Part>> parts = new ArrayList<>();
            for (int from = 0; from < ofLanguage.size(); from += DOCUMENTS_PER_TASK) {
                int start = from;
                int end = Math.min(ofLanguage.size(), from + DOCUMENTS_PER_TASK);
                parts.add(publication.task(language, workers.background(),
                        (sink, out) -> IndexFiles.documents(ofLanguage, start, end, out, sink)));
            }
            publication.documentParts.put(language, parts);
        }
        return publication;
    }

    /** Writes a language's manifest, shards, positions and phrase pairs once its index is ready. */
    public void index(Language language, CompletableFuture<IndexFiles> files) {
        indexParts.put(language, files.thenApply(index -> {
            List<CompletableFuture<Part>> parts = new ArrayList<>();
            parts.add(task(language, workers.urgent(), (sink, out) -> {
                index.manifest(out);
                sink.write("manifest.json", out);
            }));
            int shards = index.shardCount();
            for (int from = 0; from < shards; from += SHARDS_PER_TASK) {
                int start = from;
                int end = Math.min(shards, from + SHARDS_PER_TASK);
                parts.add(task(language, workers.urgent(), (sink, out) -> {
                    for (int shard = start; shard < end; shard++) {
                        out.clear();
                        index.shard(shard, out);
                        sink.write(index.shardFile(shard), out);
                    }
                }));
            }
            int positionFiles = index.positionFiles();
            for (int from = 0; from < positionFiles; from += POSITION_FILES_PER_TASK) {
                int start = from;
                int end = Math.min(positionFiles, from + POSITION_FILES_PER_TASK);
                parts.add(task(language, workers.urgent(), (sink, out) -> {
                    for (int file = start; file < end; file++) {
                        out.clear();
                        index.positions(file, out);
                        sink.write("p/" + file + ".json", out);
                    }
                }));
            }
            int pairFiles = index.pairFiles();
            for (int from = 0; from < pairFiles; from += POSITION_FILES_PER_TASK) {
                int start = from;
                int end = Math.min(pairFiles, from + POSITION_FILES_PER_TASK);
                parts.add(task(language, workers.urgent(), (sink, out) -> {
                    for (int file = start; file < end; file++) {
                        out.clear();
                        index.pairs(file, out);
                        sink.write("b/" + file + ".json", out);
                    }
                }));
            }
            return parts;
        }));
    }

    private interface Work {
        void write(FileSink sink, JsonOut out);
    }

    private CompletableFuture<Part> task(Language language, java.util.concurrent.Executor executor, Work work) {
        return CompletableFuture.supplyAsync(() -> {
            if (stopped) {
                return new Part(new byte[0], 0, 0);
            }
            FileSink sink = new FileSink(temporary.resolve(language.code()),
                    earlier == null ? null : earlier.resolve(language.code()), language.code() + "/");
            JsonOut out = new JsonOut(64 * 1024);
            work.write(sink, out.clear());
            return new Part(sink.sum(), sink.files(), sink.bytes());
        }, executor);
    }

    /** Waits for every file, then moves the folder to its name; an index of the same content is already there. */
    public PublishedSearch finish() {
        try {
            MessageDigest all = FileSink.sha256();
            int files = 0;
            long bytes = 0;
            for (Language language : documentParts.keySet()) {
                List<CompletableFuture<Part>> parts = new ArrayList<>(Workers.join(indexParts.get(language)));
                parts.addAll(documentParts.get(language));
                for (CompletableFuture<Part> future : parts) {
                    Part part = Workers.join(future);
                    all.update(part.sum());
                    files += part.files();
                    bytes += part.bytes();
                }
            }
            String hash = HexFormat.of().formatHex(all.digest()).substring(0, 12);
            Path target = root.resolve(hash);
            if (!Files.exists(target)) {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new PublishedSearch("/search/" + hash + "/", files, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            settle();
            FolderTree.deleteIfPossible(temporary);
        }
    }

    /** Stops the tasks not started yet and waits for the running ones, so that nothing writes any more. */
    private void settle() {
        stopped = true;
        List<CompletableFuture<?>> all = new ArrayList<>();
        documentParts.values().forEach(all::addAll);
        for (CompletableFuture<List<CompletableFuture<Part>>> parts : indexParts.values()) {
            try {
                all.addAll(parts.join());
            } catch (RuntimeException ignored) {
                // No index, no index files.
            }
        }
        for (CompletableFuture<?> future : all) {
            try {
                future.join();
            } catch (RuntimeException ignored) {
                // Failed: it writes no more.
            }
        }
    }
}
