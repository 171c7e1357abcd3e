package org.labourrights.site.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.labourrights.site.model.Language;

/**
 * The search index of a site: one Lucene index and lexicon per language, built in parallel (one
 * language per core). It writes the static files the browser queries, and answers queries itself
 * with Lucene, as the reference the browser's results are tested against.
 */
public final class SearchIndex implements AutoCloseable {

    /** A shard file's target size in characters; gzip makes about a quarter of it. */
    public static final long SHARD_TARGET = 32 * 1024;

    /** A result: the document number (Lucene's doc id), its score and the document. */
    public record Hit(int doc, float score, SearchDocument document) { }

    private final Map<Language, LanguageIndex> indexes;
    private final Map<Language, Lexicon> lexicons;

    private SearchIndex(Map<Language, LanguageIndex> indexes, Map<Language, Lexicon> lexicons) {
        this.indexes = indexes;
        this.lexicons = lexicons;
    }

    public static SearchIndex build(List<SearchDocument> documents) {
        return build(documents, SHARD_TARGET);
    }

    public static SearchIndex build(List<SearchDocument> documents, long shardTarget) {
        Map<Language, LanguageIndex> indexes = new EnumMap<>(Language.class);
        Map<Language, Lexicon> lexicons = new EnumMap<>(Language.class);
        Map<Language, CompletableFuture<LanguageIndex>> building = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            List<SearchDocument> ofLanguage = documents.stream().filter(d -> d.language() == language).toList();
            building.put(language, CompletableFuture.supplyAsync(() -> LanguageIndex.build(language, ofLanguage)));
        }
        for (Language language : Language.values()) {
            LanguageIndex index = join(building.get(language));
            indexes.put(language, index);
            lexicons.put(language, Lexicon.of(index, word -> IndexFiles.size(index, word), shardTarget));
        }
        return new SearchIndex(indexes, lexicons);
    }

    public LanguageIndex index(Language language) {
        return indexes.get(language);
    }

    public Lexicon lexicon(Language language) {
        return lexicons.get(language);
    }

    /**
     * Writes every language's files into {@code siteOutput/search/<hash>/<lang>/}, the hash being of
     * all the files' names and contents: a changed index gets a new address, an unchanged one the same.
     */
    public PublishedSearch write(Path siteOutput) {
        Path root = siteOutput.resolve("search");
        Path temporary = root.resolve(".building-" + UUID.randomUUID());
        try {
            Map<Language, CompletableFuture<FileSink>> writing = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                writing.put(language, CompletableFuture.supplyAsync(() -> writeLanguage(language, temporary)));
            }
            MessageDigest all = sha256();
            int files = 0;
            long bytes = 0;
            for (Language language : Language.values()) {
                FileSink sink = join(writing.get(language));
                all.update(sink.digest());
                files += sink.files();
                bytes += sink.bytes();
            }
            String hash = HexFormat.of().formatHex(all.digest()).substring(0, 12);
            Path target = root.resolve(hash);
            if (Files.exists(target)) {
                deleteTree(temporary);
            } else {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new PublishedSearch("/search/" + hash + "/", files, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                deleteTree(temporary);
            } catch (IOException ignored) {
                // Best effort: a leftover temporary folder starts with a dot and is never linked.
            }
        }
    }

    private FileSink writeLanguage(Language language, Path temporary) {
        LanguageIndex index = indexes.get(language);
        Lexicon lexicon = lexicons.get(language);
        IndexFiles files = new IndexFiles(index, lexicon);
        FileSink sink = new FileSink(temporary.resolve(language.code()), language.code() + "/");
        sink.write("manifest.json", files.manifest());
        for (int shard = 0; shard < lexicon.shardCount(); shard++) {
            sink.write("s/" + shard + ".json", files.shard(shard));
        }
        for (int file = 0; file < files.positionFiles(); file++) {
            sink.write("p/" + file + ".json", files.positions(file));
        }
        for (int doc = 0; doc < index.documents().size(); doc++) {
            List<String> parts = files.document(doc);
            sink.write("d/" + doc + ".json", parts.get(0));
            for (int part = 1; part < parts.size(); part++) {
                sink.write("d/" + doc + "-" + part + ".json", parts.get(part));
            }
        }
        return sink;
    }

    /** Lucene's top {@code limit} for {@code text} in one language: the reference ranking. */
    public List<Hit> search(Language language, String text, int limit) {
        LanguageIndex index = indexes.get(language);
        QueryPlan plan = QueryPlan.of(ParsedQuery.parse(language, text), lexicons.get(language));
        try {
            TopDocs top = index.searcher().search(LuceneQueries.of(plan), Math.max(1, limit));
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                hits.add(new Hit(hit.doc, hit.score, index.documents().get(hit.doc)));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many documents of one language match {@code text}: the whole result set, not only the top. */
    public int count(Language language, String text) {
        QueryPlan plan = QueryPlan.of(ParsedQuery.parse(language, text), lexicons.get(language));
        try {
            return indexes.get(language).searcher().count(LuceneQueries.of(plan));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan of a query, as the browser should resolve it too (for tests and diagnostics). */
    public QueryPlan plan(Language language, String text) {
        return QueryPlan.of(ParsedQuery.parse(language, text), lexicons.get(language));
    }

    @Override
    public void close() {
        indexes.values().forEach(LanguageIndex::close);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Writes files under a folder, hashing their names and contents in the order written. */
    private static final class FileSink {
        private final Path folder;
        private final String prefix;
        private final MessageDigest digest = sha256();
        private final java.util.Set<Path> folders = new java.util.HashSet<>();
        private int files;
        private long bytes;

        FileSink(Path folder, String prefix) {
            this.folder = folder;
            this.prefix = prefix;
        }

        void write(String relative, String text) {
            byte[] content = text.getBytes(StandardCharsets.UTF_8);
            digest.update((prefix + relative).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(content);
            Path file = folder.resolve(relative);
            try {
                if (folders.add(file.getParent())) {
                    Files.createDirectories(file.getParent());
                }
                Files.write(file, content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            files++;
            bytes += content.length;
        }

        byte[] digest() {
            return digest.digest();
        }

        int files() {
            return files;
        }

        long bytes() {
            return bytes;
        }
    }
}
