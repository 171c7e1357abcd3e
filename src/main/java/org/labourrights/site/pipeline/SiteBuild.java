package org.labourrights.site.pipeline;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.labourrights.site.admin.AdminSite;
import org.labourrights.site.content.ContentException;
import org.labourrights.site.content.ContentInventory;
import org.labourrights.site.content.ContentText;
import org.labourrights.site.content.ContentWarnings;
import org.labourrights.site.content.HiddenName;
import org.labourrights.site.content.Problem;
import org.labourrights.site.content.SiteSettings;
import org.labourrights.site.index.SearchDocuments;
import org.labourrights.site.index.SiteSearch;
import org.labourrights.site.index.export.PublishedSearch;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Site;
import org.labourrights.site.model.Tag;
import org.labourrights.site.render.Messages;
import org.labourrights.site.render.Page;
import org.labourrights.site.render.PageDigest;
import org.labourrights.site.render.SiteData;
import org.labourrights.site.render.SiteTemplates;
import org.labourrights.site.write.DrawnPages;
import org.labourrights.site.write.MirrorCopy;
import org.labourrights.site.write.MirrorZip;
import org.labourrights.site.write.SiteFolder;
import org.labourrights.site.write.SiteStamp;
import org.labourrights.site.write.SiteWriter;

/**
 * The conductor of a build: it knows the stages and their order, passes each what the one
 * before made, and times them in one place.
 *
 * <pre>
 *   fingerprint of the inputs → the site its stamp describes is left as it is, or:
 *   inventory → open store → read and store → store query, records and closing the store → warnings
 *             → model → plan
 *             → pages with their share cards ∥ search index → admin → mirror copy and its zip
 *             → publish (the fresh folder replaces the site)
 *   beside them all: deleting the folders the build before replaced
 *   last: the records, what each page showed, and the stamp, which the next build's
 *         fingerprint is checked against
 * </pre>
 *
 * Where the stamp shows that the site and its mirror are what this generator published, a page
 * that shows what it showed is taken from the site rather than drawn, and the mirror's copy of an
 * unchanged file from the mirror rather than made.
 *
 * <p>What reads the files is the {@link ContentSource} it is given; which engine that is, is
 * {@code cli}'s choice.
 */
public final class SiteBuild {

    /**
     * What a successful build produced.
     *
     * @param files    the pages and data files written (the search index and assets apart)
     * @param stages   wall time of each stage in milliseconds, in the order they ran
     * @param warnings what an editor should look at, although nothing stopped the site
     * @param upToDateSince when the site was already what its inputs make: the moment of the build
     *                      that made it, which this one left as it was (see {@link SiteStamp})
     */
    public record Result(int documents, int files, long bytes, Map<String, Long> stages, List<Problem> warnings,
                         Records records, Pages pages, Cards cards, Mirror mirror, Optional<Instant> upToDateSince) {

        /** Whether the site was already what its inputs make, and was left as it was. */
        public boolean upToDate() {
            return upToDateSince.isPresent();
        }
    }

    /**
     * The mirror copy's folder, and its zip on the main site: its address and size; how many
     * files it holds, and how many of them were taken unread from the mirror before, their
     * zip entries copied as they were.
     */
    public record Mirror(Path folder, String zipAddress, long zipBytes, long files, long kept) { }

    /**
     * The content files' records: read by the content source in this build, and kept from the
     * build before for the files whose bytes, and whose reader, are unchanged ({@link RecordCache}).
     */
    public record Records(int read, int kept) { }

    /**
     * The pages: rendered by this build, and taken unrendered from the site before, which showed
     * the same and was drawn with the same ({@link DrawnPages}).
     */
    public record Pages(int rendered, int taken) { }

    /** The share cards of the site: drawn by this build, and taken unchanged from the site before. */
    public record Cards(int drawn, int reused) { }

    private final ContentSource.Opener sources;

    public SiteBuild(ContentSource.Opener sources) {
        this.sources = sources;
    }

    /**
     * Builds {@code projectRoot}'s site into {@code target}, replacing what was there only once
     * the whole site is written.
     *
     * @param now             the moment embargoes are judged against
     * @param baseUrlOverride the site's address when the host tells it (Netlify's URL), or null
     * @throws ContentException when the content has problems; the previous site is then left
     *         exactly as it was
     */
    public Result build(Path projectRoot, Path target, Instant now, String baseUrlOverride) {
        StageClock clock = new StageClock();
        Path root = projectRoot.toAbsolutePath().normalize();
        Path previous = target.toAbsolutePath().normalize();
        Path mirror = mirrorOf(previous);
        Optional<SiteStamp> stamp = SiteStamp.read(previous);
        String listed = SiteInputs.listing(root);
        if (stamp.isEmpty() || !stamp.get().listing().equals(listed)) {
            // A file was saved since the site was made: the engine starts while the fingerprint is taken.
            sources.prepare();
        }
        SiteInputs.Digests inputs = SiteInputs.of(root, baseUrlOverride);
        clock.end("fingerprint of the inputs, and the stamp");
        if (stamp.isPresent() && stamp.get().describes(inputs.site(), now, previous, mirror)) {
            return unchanged(stamp.get(), mirror, clock.millis());
        }
        // The site and mirror as the stamped build published them, by this generator: their files are
        // that build's work, to take where what they were made from is unchanged.
        Optional<SiteStamp> madeBefore = stamp.filter(made -> made.madeBoth(inputs.records(), previous, mirror));
        Before before = new Before(madeBefore.map(made -> DrawnPages.read(previous)).orElse(DrawnPages.NONE),
                madeBefore.map(made -> MirrorCopy.Earlier.copyOf(mirror, previous,
                        previous.resolve(made.zipAddress().substring(1)))).orElse(MirrorCopy.Earlier.unknown(mirror)));
        SiteStamp.forget(previous);
        DrawnPages.forget(previous);
        Baked baked;
        try (SiteFolder.Sweep earlier = SiteFolder.sweep(previous, mirror)) {
            baked = SiteFolder.replace(target, fresh -> bake(root, fresh, previous, now, baseUrlOverride, inputs, before, clock));
        }
        // A file saved while the build read the project may or may not be in the site, or be what its
        // digest says: no stamp then, and no records or pages kept.
        if (SiteInputs.listing(root).equals(listed)) {
            Result result = baked.result();
            try {
                baked.records().write(previous);
                baked.pages().write(previous);
                new SiteStamp(inputs.site(), inputs.records(), listed, now, baked.holdsUntil(), SiteStamp.identity(previous),
                        SiteStamp.identity(mirror), result.documents(), result.files(), result.bytes(),
                        result.mirror().zipAddress(),
                        result.mirror().zipBytes(), result.warnings()).write(previous);
            } catch (UncheckedIOException cannotWrite) {
                // The site is published all the same; without a stamp or records the next build only reads more.
            }
            clock.end("records, pages and stamp kept for the next build");
        }
        Result result = baked.result();
        return new Result(result.documents(), result.files(), result.bytes(), clock.millis(), result.warnings(),
                result.records(), result.pages(), result.cards(), result.mirror(), result.upToDateSince());
    }

    /** A site its stamp still describes: what the build that made it reported, and nothing written. */
    private static Result unchanged(SiteStamp stamp, Path mirror, Map<String, Long> stages) {
        return new Result(stamp.documents(), stamp.files(), stamp.bytes(), stages, stamp.warnings(), new Records(0, 0),
                new Pages(0, 0), new Cards(0, 0),
                new Mirror(mirror, stamp.zipAddress(), stamp.zipBytes(), 0, 0), Optional.of(stamp.madeAt()));
    }

    /** A build's result, the first moment at which its inputs would make another site, and what it keeps for the next. */
    private record Baked(Result result, Instant holdsUntil, RecordCache records, DrawnPages pages) { }

    /** What the build before drew and copied, where this build may take it. */
    private record Before(DrawnPages pages, MirrorCopy.Earlier mirror) { }

    /**
     * The first moment after {@code now} at which the same records make another site: the next
     * embargo to end, or the next day (UTC), by which the status checks, the campaigns' deadlines
     * and the zip's name go.
     */
    private static Instant holdsUntil(Instant now, List<Document> documents, List<Case> cases) {
        Instant until = now.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        for (Instant embargo : Stream.concat(documents.stream().map(Document::embargo), cases.stream().map(Case::embargo))
                .filter(Objects::nonNull).toList()) {
            if (embargo.isAfter(now) && embargo.isBefore(until)) {
                until = embargo;
            }
        }
        return until;
    }

    /** The mirror copy's folder: beside the site's, {@code target/site-mirror} for {@code target/site}. */
    public static Path mirrorOf(Path site) {
        return site.resolveSibling(site.getFileName() + "-mirror");
    }

    /**
     * What the content source gave back, with the records kept for the files it was not given:
     * all a build needs of it, so that its store can close before the pages.
     */
    private record Content(List<Document> documents, List<Case> cases, Map<String, HiddenName> hiddenNames,
                           SiteSettings settings, Map<String, Tag> vocabulary, List<ContentInventory.Entry> media,
                           Records records, RecordCache kept, Map<String, String> digests) { }

    /**
     * Reads the project through the content source and closes it: once the records are read, the
     * store is not asked again, and what it holds (234 MB outside the heap at 10,000 documents
     * per language) is better given back before the pages and the search index than after.
     */
    private Content read(Path root, Path previous, Instant now, ContentInventory inventory, String baseUrlOverride,
                         SiteInputs.Digests inputs, StageClock clock) {
        Map<String, String> digests = RecordCache.digests(inventory, inputs.content());
        RecordCache.Reading before = RecordCache.read(previous, inputs.records());
        Set<String> unchanged = before.unchanged(digests);
        clock.end("records kept by the build before (their list)");
        Optional<Content> content = read(root, now, inventory, baseUrlOverride, inputs.records(), digests, before, unchanged,
                clock);
        // Kept records that could not be read after all: every file is read again, as if none were kept.
        return content.orElseGet(() -> read(root, now, inventory, baseUrlOverride, inputs.records(), digests, before,
                Set.of(), clock).orElseThrow());
    }

    private Optional<Content> read(Path root, Instant now, ContentInventory inventory, String baseUrlOverride,
                                   String reader, Map<String, String> digests, RecordCache.Reading before,
                                   Set<String> unchanged, StageClock clock) {
        if (unchanged.size() == digests.size() && before.data().isPresent()) {
            // Not one document or case to parse, and content/data/ as it was: JBake's store is not even opened.
            Optional<Map<String, RecordCache.Kept>> kept = before.records(unchanged);
            clock.end("records kept by the build before (all of them)");
            List<ContentInventory.Entry> media = inventory.entries(ContentInventory.Kind.MEDIA).stream()
                    .sorted(Comparator.comparing(ContentInventory.Entry::shown)).toList();
            return kept.map(all -> assemble(List.of(), List.of(), Map.of(), all, before.data().get(), media,
                    baseUrlOverride, reader, digests));
        }
        Content content;
        try (ContentSource source = sources.open(root, now, inventory.only(e -> !unchanged.contains(e.shown())))) {
            clock.end("open store");
            source.load();
            clock.end("read and store");
            if (!source.problems().isEmpty()) {
                throw new ContentException(source.problems());
            }
            Optional<Map<String, RecordCache.Kept>> kept = before.records(unchanged);
            clock.end("records kept by the build before (waiting for the rest)");
            if (kept.isEmpty()) {
                return Optional.empty();
            }
            content = assemble(source.documents(), source.cases(), source.hiddenNames(), kept.get(),
                    new RecordCache.Data(source.settings(), source.vocabulary()), source.media(), baseUrlOverride, reader,
                    digests);
        }
        clock.end("store query, records and closing the store");
        return Optional.of(content);
    }

    /** The records the content source read, with those kept for the files it was not given. */
    private static Content assemble(List<Document> readDocuments, List<Case> readCases, Map<String, HiddenName> readNames,
                                    Map<String, RecordCache.Kept> kept, RecordCache.Data data,
                                    List<ContentInventory.Entry> media, String baseUrlOverride, String reader,
                                    Map<String, String> digests) {
        List<Document> documents = new ArrayList<>(readDocuments);
        List<Case> cases = new ArrayList<>(readCases);
        Map<String, HiddenName> hiddenNames = new HashMap<>(readNames);
        for (RecordCache.Kept one : kept.values()) {
            if (one.document() != null) {
                documents.add(one.document());
            } else {
                cases.add(one.aCase());
                if (one.hiddenName() != null) {
                    hiddenNames.put(one.aCase().id(), one.hiddenName());
                }
            }
        }
        // The order the source gives, whichever files it was given: it must not tell which were kept.
        documents.sort(Site.NEWEST_FIRST);
        cases.sort(Comparator.comparing(Case::sourcePath));
        SiteSettings settings = baseUrlOverride != null ? data.settings().movedTo("URL", 1, baseUrlOverride)
                : data.settings();
        return new Content(documents, cases, hiddenNames, settings, data.vocabulary(), media,
                new Records(readDocuments.size() + readCases.size(), kept.size()),
                RecordCache.of(reader, digests, documents, cases, hiddenNames, data), digests);
    }

    private static void knownByFile(PageDigest digests, Record read, String file, Map<String, String> fileDigests) {
        String digest = fileDigests.get(file);
        if (digest != null) {
            digests.known(read, file, digest);
        }
    }

    private Baked bake(Path root, Path output, Path previous, Instant now, String baseUrlOverride,
                       SiteInputs.Digests inputs, Before before, StageClock clock) {
        // What content/ holds is settled before any file is parsed: a refused file stops the build here.
        ContentInventory inventory = ContentInventory.of(root);
        if (!inventory.problems().isEmpty()) {
            throw new ContentException(inventory.problems());
        }
        Content content = read(root, previous, now, inventory, baseUrlOverride, inputs, clock);
        var documents = content.documents();
        var cases = content.cases();
        SiteSettings settings = content.settings();
        List<Problem> warnings = ContentWarnings.of(documents, cases, content.hiddenNames(), ContentText.sourceOf(root));
        clock.end("warnings");

        SiteData site = SiteData.assemble(documents, cases, content.vocabulary(), settings, now);
        clock.end("model");

        Messages messages = Messages.load(root.resolve("templates").resolve("i18n"), settings.languages());
        // A record read from a file is told apart by that file's path and digest, which the fingerprint already took.
        PageDigest digests = new PageDigest();
        documents.forEach(document -> knownByFile(digests, document, document.sourcePath(), content.digests()));
        cases.forEach(aCase -> knownByFile(digests, aCase, aCase.sourcePath(), content.digests()));
        SiteWriter writer = new SiteWriter(new SiteTemplates(root.resolve("templates"), messages), messages,
                root.resolve("assets"), output, previous,
                new SiteWriter.Drawing(before.pages(), SiteInputs.drawing(root, inputs), digests));
        writer.publishAssets();
        writer.publishMedia(content.media());
        List<Page> pages = writer.plan(site);
        clock.end("plan");

        // The index and the pages are built at once: neither needs the other but for the search page.
        long searchStart = System.nanoTime();
        CompletableFuture<PublishedSearch> search = CompletableFuture.supplyAsync(() -> {
            PublishedSearch published = SiteSearch.publish(site.site().languages(), SearchDocuments.of(site.site()), output,
                    previous);
            clock.time("search index (during pages)", searchStart);
            return published;
        });
        writer.write(site, pages, search);
        clock.end("pages and share cards");

        AdminSite.publish(site.site(), root, output, messages);
        clock.end("admin");

        // The mirror replaces its folder only as the site replaces its own: a failed build leaves both.
        Path mirror = mirrorOf(previous);
        Mirror copied = SiteFolder.replace(mirror, fresh -> {
            try (MirrorZip zip = MirrorZip.open(output, now, before.mirror().zip())) {
                long files = MirrorCopy.write(output, fresh, before.mirror(), site.site().redirects(), messages, zip::add);
                return new Mirror(mirror, MirrorZip.address(now), zip.finish(), files, zip.copied());
            }
        });
        clock.end("mirror copy and its zip");
        return new Baked(new Result(documents.size(), writer.filesWritten(), writer.bytesWritten(), clock.millis(),
                warnings, content.records(), new Pages(writer.pagesRendered(), writer.pagesTaken()),
                new Cards(writer.cardsDrawn(), writer.cardsReused()),
                copied, Optional.empty()),
                holdsUntil(now, documents, cases), content.kept(), writer.drawnPages());
    }
}
