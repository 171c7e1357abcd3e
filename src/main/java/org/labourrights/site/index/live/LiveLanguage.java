package org.labourrights.site.index.live;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.labourrights.site.index.SearchDocument;
import org.labourrights.site.index.Workers;
import org.labourrights.site.index.analysis.WordForms;
import org.labourrights.site.index.export.FileSink;
import org.labourrights.site.index.export.FilterColumns;
import org.labourrights.site.index.export.IndexFiles;
import org.labourrights.site.index.export.JsonOut;
import org.labourrights.site.index.inversion.Inversion;
import org.labourrights.site.index.inversion.Lexicon;
import org.labourrights.site.model.Language;

/**
 * One language of the live index ({@link LiveSearch}): the inverted index kept in memory, per
 * stem, so that an edit re-analyzes only the documents it changes, and the files of the index,
 * of which an edit rewrites only those whose content it changes.
 *
 * <p>What an update recomputes, and why the result is what a full build of the same documents
 * would answer:
 * <ul>
 *   <li>Each changed document keeps its number; a new one takes the lowest free number, a removed
 *       one frees its number (no postings, length 0: BM25's statistics count only documents that
 *       have the field, as Lucene's do).
 *   <li>The old version of a changed or removed document is analyzed again (its words are known)
 *       to find the stems it had; those stems' postings lose its entries, and the new version's
 *       stems get its entries. Field lengths, norms and statistics follow from the lengths.
 *   <li>The word forms ({@link WordForms}) depend on which words occur anywhere: they are computed
 *       again when a word appears for the first time or disappears, and the terms whose forms
 *       changed are merged again.
 *   <li>The shards are planned again from all words, with the same size estimate as a full build
 *       (independent of document numbers), so the typo candidates of a query word (its shard's
 *       words and the common words) are those a full build would give.
 * </ul>
 * Files are rewritten when their content changes: a shard when its words, an entry of its terms
 * (documents, frequencies, forms) or an alias changed; a positions file (cut by groups of
 * documents here) when a term of it changed positions within the group; a document's files; and
 * the manifest. Shard files are named by a number kept for the shard's key, so that a shard
 * inserted before others does not rename them.
 *
 * <p>An update's steps, each owned by the part of the live index it changes:
 * <ol>
 *   <li>{@link DocumentNumbers}: what the edit changes, by number ({@link Edit});
 *   <li>{@link LiveInversion}: the touched documents analyzed again, their entries patched into
 *       the postings ({@link PostingsPatch}), the numbers applied, the word forms and the stale
 *       terms computed again ({@link FormChanges}, {@link TermChanges});
 *   <li>{@link LiveLexicon}: the aliases and words revised, the shards planned again;
 *   <li>{@link ShardFiles}: which shard files to write and delete;
 *   <li>here: the shards, positions and documents' files written, the manifest last, into the
 *       {@link LiveFolder}.
 * </ol>
 */
public final class LiveLanguage {

    /** Documents per positions file group. */
    static final int POSITION_GROUP = 512;
    /** At most this many positions files (times the groups). */
    static final int MAX_POSITION_FILES = 64;

    private final Language language;
    private final LiveFolder folder;
    private final int positionGroup;
    private final LiveInversion inversion;
    private final DocumentNumbers numbers;
    private final LiveLexicon vocabulary;
    private final int positionFiles;
    private final ShardFiles shardFiles;
    private final FilterColumns filters;

    private LiveLanguage(Language language, Path folder, long shardTarget, int positionGroup, Inversion inversion,
                         List<SearchDocument> documents) {
        this.language = language;
        this.folder = new LiveFolder(folder);
        this.positionGroup = positionGroup;
        this.inversion = new LiveInversion(inversion);
        this.numbers = new DocumentNumbers(documents);
        this.vocabulary = new LiveLexicon(inversion.terms(), inversion.forms, inversion.names, shardTarget, numbers.live());
        this.positionFiles = Math.min(MAX_POSITION_FILES, IndexFiles.positionFiles(vocabulary.terms()));
        this.shardFiles = new ShardFiles(vocabulary.lexicon());
        this.filters = FilterColumns.of(documents);
    }

    /** Analyzes and inverts the documents of one language (on {@code workers}), ready to write. */
    static CompletableFuture<LiveLanguage> open(Language language, List<SearchDocument> documents, Path folder,
                                                long shardTarget, int positionGroup, Workers workers) {
        return Inversion.of(language, documents, workers::urgent, true)
                .thenApply(inversion -> new LiveLanguage(language, folder, shardTarget, positionGroup, inversion, documents));
    }

    private IndexFiles files(FilterColumns columns) {
        return new IndexFiles(language, numbers.documents(), inversion.stats(), vocabulary.lexicon(), positionFiles,
                shardFiles.numbers(), positionGroup, columns);
    }

    private int positionGroups() {
        return Math.max(1, (numbers.size() + positionGroup - 1) / positionGroup);
    }

    /** Writes every file of the index into {@code target} (the live folder, or another for tests), by tasks on {@code workers}. */
    CompletableFuture<Void> writeAll(Path target, Workers workers) {
        FileSink.createFolders(target, "s", "p", "d", "r");
        // The filters' columns made again from the documents: a complete export checks what updates kept.
        IndexFiles index = files(FilterColumns.of(numbers.documents()));
        List<CompletableFuture<?>> tasks = new ArrayList<>();
        IndexFiles.Output output = (relative, content) -> folder.write(target, relative, content);
        tasks.add(CompletableFuture.runAsync(() -> {
            JsonOut out = new JsonOut(1 << 16);
            index.manifest(out);
            output.write("manifest.json", out);
        }, workers.urgent()));
        int shards = shardFiles.count();
        for (int from = 0; from < shards; from += 16) {
            int start = from;
            tasks.add(CompletableFuture.runAsync(() -> {
                JsonOut out = new JsonOut(1 << 16);
                for (int shard = start; shard < Math.min(shards, start + 16); shard++) {
                    index.shard(shard, out.clear());
                    output.write(index.shardFile(shard), out);
                }
            }, workers.urgent()));
        }
        int groups = positionGroups();
        for (int file = 0; file < positionFiles; file++) {
            int number = file;
            tasks.add(CompletableFuture.runAsync(() -> {
                JsonOut[] outs = new JsonOut[groups];
                for (int group = 0; group < groups; group++) {
                    outs[group] = new JsonOut(1 << 14);
                }
                index.positionGroups(number, outs);
                for (int group = 0; group < groups; group++) {
                    output.write("p/" + number + "-" + group + ".json", outs[group]);
                }
            }, workers.urgent()));
        }
        List<SearchDocument> documents = numbers.documents();
        for (int from = 0; from < documents.size(); from += 64) {
            int start = from;
            tasks.add(CompletableFuture.runAsync(() -> IndexFiles.documents(documents, start, Math.min(documents.size(), start + 64),
                    new JsonOut(1 << 16), output), workers.background()));
        }
        return CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new));
    }

    /** Deletes the files in the folder that are not the index's (left by an earlier preview). */
    void deleteOthers() {
        folder.deleteOthers();
    }

    List<SearchDocument> documents() {
        return new ArrayList<>(numbers.documents());
    }

    int fileCount() {
        return folder.fileCount();
    }

    long byteCount() {
        return folder.byteCount();
    }

    /**
     * Applies an edit: {@code changed} documents of this language (new or changed versions) and the
     * ids of removed ones; rewrites the files whose content changes, the manifest last.
     */
    LiveFolder.Changes update(List<SearchDocument> changed, Set<String> removedIds) {
        LiveFolder.Rewrite rewrite = folder.rewrite();
        Edit edit = numbers.edit(changed, removedIds);
        if (edit.isEmpty()) {
            return rewrite.changes();
        }
        int groupsBefore = positionGroups();
        LiveInversion.Reanalysis analysis = inversion.reanalyse(edit, numbers.size());
        boolean wordsComeOrGo = inversion.countDocumentsOfWords(analysis.wordDocs());
        PostingsPatch.Patched patched = inversion.patch(analysis, edit.touched());
        numbers.apply(edit);
        edit.next().forEach(filters::set);
        inversion.trimLengths(numbers.size());
        FormChanges forms = inversion.reviseForms(wordsComeOrGo);
        TermChanges terms = inversion.recomputeTerms(patched, forms, vocabulary);
        LiveLexicon.WordChanges words = vocabulary.revise(inversion.forms(), inversion.names(), terms);
        Lexicon lexiconBefore = vocabulary.replan(numbers.live());
        ShardFiles.Replan shards = shardFiles.replan(vocabulary.lexicon(), words.words());

        IndexFiles index = files(filters);
        rewriteShards(index, shards, rewrite);
        rewritePositions(index, positionsToRewrite(edit, terms, forms, words, lexiconBefore, groupsBefore),
                groupsBefore, rewrite);
        rewriteDocuments(edit, rewrite);
        writeManifest(index, rewrite);
        return rewrite.changes();
    }

    private void rewriteShards(IndexFiles index, ShardFiles.Replan shards, LiveFolder.Rewrite rewrite) {
        JsonOut out = new JsonOut(1 << 16);
        for (int shard : shards.written()) {
            index.shard(shard, out.clear());
            rewrite.write(index.shardFile(shard), out);
        }
        for (int gone : shards.gone()) {
            rewrite.delete("s/" + gone + ".json");
        }
    }

    /**
     * The positions files to write again (by file, the groups): the files of the words of terms
     * whose positions changed, in the groups of the touched numbers; in every group for the terms
     * whose forms or aliases changed (their other forms' documents too); every file of a new group.
     */
    private Map<Integer, Set<Integer>> positionsToRewrite(Edit edit, TermChanges terms, FormChanges forms,
                                                          LiveLexicon.WordChanges words, Lexicon before, int groupsBefore) {
        Set<String> everywhere = new HashSet<>(words.aliases());
        everywhere.addAll(forms.changedWithTerms());
        Set<Integer> touchedGroups = edit.groups(positionGroup);
        int groups = positionGroups();
        Map<Integer, Set<Integer>> toRewrite = new TreeMap<>();
        for (String term : terms.positionsChanged()) {
            for (String word : wordsOf(term, before)) {
                toRewrite.computeIfAbsent(IndexFiles.positionFile(word, positionFiles), f -> new TreeSet<>())
                        .addAll(touchedGroups);
            }
        }
        for (String changedWord : everywhere) {
            for (String word : wordsOf(changedWord, before)) {
                Set<Integer> all = toRewrite.computeIfAbsent(IndexFiles.positionFile(word, positionFiles), f -> new TreeSet<>());
                for (int group = 0; group < groups; group++) {
                    all.add(group);
                }
            }
        }
        for (int group = groupsBefore; group < groups; group++) {
            for (int file = 0; file < positionFiles; file++) {
                toRewrite.computeIfAbsent(file, f -> new TreeSet<>()).add(group);
            }
        }
        return toRewrite;
    }

    /** Writes the positions files {@code toRewrite} names; deletes those of groups gone. */
    private void rewritePositions(IndexFiles index, Map<Integer, Set<Integer>> toRewrite, int groupsBefore,
                                  LiveFolder.Rewrite rewrite) {
        int groups = positionGroups();
        JsonOut out = new JsonOut(1 << 16);
        for (Map.Entry<Integer, Set<Integer>> entry : toRewrite.entrySet()) {
            for (int group : entry.getValue()) {
                if (group < groups) {
                    index.positionGroup(entry.getKey(), group, out);
                    rewrite.write("p/" + entry.getKey() + "-" + group + ".json", out);
                }
            }
        }
        for (int group = groups; group < groupsBefore; group++) {
            for (int file = 0; file < positionFiles; file++) {
                rewrite.delete("p/" + file + "-" + group + ".json");
            }
        }
    }

    /** The touched documents' own files and the rest files they are in; those of removed documents go. */
    private void rewriteDocuments(Edit edit, LiveFolder.Rewrite rewrite) {
        Set<Integer> restFiles = new TreeSet<>();
        for (Map.Entry<Integer, SearchDocument> entry : edit.next().entrySet()) {
            restFiles.add(IndexFiles.restFile(entry.getKey()));
            if (entry.getValue() == null) {
                rewrite.delete("d/" + entry.getKey() + ".json");
            }
        }
        JsonOut out = new JsonOut(1 << 16);
        for (int file : restFiles) {
            if (!IndexFiles.restFile(numbers.documents(), file, out, rewrite::write, edit::keeps)) {
                rewrite.delete("r/" + file + ".json");
            }
        }
    }

    /** The manifest, last: the browser reads it first, so the files it names are written before it. */
    private void writeManifest(IndexFiles index, LiveFolder.Rewrite rewrite) {
        JsonOut out = new JsonOut(1 << 16);
        index.manifest(out);
        rewrite.write("manifest.json", out);
    }

    /** The words whose positions file holds a term's positions: the term and its forms, before and after. */
    private Set<String> wordsOf(String term, Lexicon before) {
        Set<String> result = new HashSet<>();
        result.add(term);
        result.addAll(vocabulary.lexicon().formsOf(term));
        result.addAll(before.formsOf(term));
        return result;
    }
}
