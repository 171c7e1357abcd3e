package org.labourrights.site.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.labourrights.site.content.ContentInventory;
import org.labourrights.site.content.HiddenName;
import org.labourrights.site.content.Problem;
import org.labourrights.site.content.SiteSettings;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Tag;

/**
 * The port through which the pipeline reads the project: the engine behind it parses the files
 * the inventory accepted into its store, and every record given back is read from that store,
 * the one source of what the pages show. Only {@code cli} chooses the engine (JBake).
 *
 * <p>A file with problems is left out, and its problems are in {@link #problems()} until it is
 * read again without them. Not thread-safe: one thread loads and rereads.
 */
public interface ContentSource extends AutoCloseable {

    /** Opens an engine's store for one project, and starts reading the inventory's files. */
    @FunctionalInterface
    interface Opener {
        /**
         * @param now the moment embargoes are judged by
         */
        ContentSource open(Path projectRoot, Instant now, ContentInventory inventory);

        /**
         * Starts, on a thread of its own, what the engine costs before any file is known (its
         * store's start-up), for a build that is about to open a source; {@link #open} waits for
         * it to end rather than run beside it. Nothing, by default.
         */
        default void prepare() {
        }
    }

    /**
     * What reading changed files again did.
     *
     * @param edited       documents changed where they stand (before → after)
     * @param reshaped     whether anything else changed: a file added or deleted, a case, a data file
     * @param mediaChanged whether a file of content/files/ was added, changed or deleted
     */
    record Reread(Map<Document, Document> edited, boolean reshaped, boolean mediaChanged) { }

    /** Reads every document, case and data file of the inventory into the store. */
    void load();

    /** Reads saved, added and deleted files again (absolute paths under content/). */
    Reread reread(Collection<Path> files);

    /** Every document the store holds (drafts too: the assembler leaves them out), newest first. */
    List<Document> documents();

    /** Every case the store holds; a hidden name is already replaced by what may be shown. */
    List<Case> cases();

    /** The real names of the cases shown by initials or pseudonym, by case id: for warnings only. */
    Map<String, HiddenName> hiddenNames();

    /** The tag vocabulary of content/data/tags.yaml; refused when the file is missing. */
    Map<String, Tag> vocabulary();

    /** The settings of content/data/site.yaml; refused when the file is missing. */
    SiteSettings settings();

    /** The files of content/files/, published as they are. */
    List<ContentInventory.Entry> media();

    /** The problems of the files as last read, by file then line. */
    List<Problem> problems();

    @Override
    void close();
}
