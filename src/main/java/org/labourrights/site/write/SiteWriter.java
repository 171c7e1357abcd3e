package org.labourrights.site.write;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.labourrights.site.cards.CardFiles;
import org.labourrights.site.content.AliasRules;
import org.labourrights.site.content.ContentInventory;
import org.labourrights.site.content.LinkChecker;
import org.labourrights.site.files.UnchangedFile;
import org.labourrights.site.index.export.PublishedSearch;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Language;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Redirect;
import org.labourrights.site.model.Section;
import org.labourrights.site.model.Site;
import org.labourrights.site.model.Tag;
import org.labourrights.site.model.Urls;
import org.labourrights.site.render.AssetPipeline;
import org.labourrights.site.render.MediaFiles;
import org.labourrights.site.render.Messages;
import org.labourrights.site.render.MirrorsData;
import org.labourrights.site.render.OpenData;
import org.labourrights.site.render.Page;
import org.labourrights.site.render.PagePlan;
import org.labourrights.site.render.PageDigest;
import org.labourrights.site.render.PageShare;
import org.labourrights.site.render.PlanMemory;
import org.labourrights.site.render.SiteData;
import org.labourrights.site.render.SiteTemplates;
import org.labourrights.site.render.TemplateFailure;

/**
 * Writes the site's files from the model, and remembers what it wrote: the first call writes
 * everything; each later call (the preview, after an edit) plans again, taking back from its
 * {@link PlanMemory} the pages of every group whose inputs did not change, renders only the pages
 * whose content differs from what it wrote before, and deletes the files of pages that are gone.
 * So an edit can never leave a stale page behind, and costs the few pages it touches. A build's
 * writer, given what each page of the site before showed ({@link Drawing}), takes from that site,
 * unrendered, every page that shows the same and is drawn with the same.
 */
public final class SiteWriter {

    /**
     * Our Freemarker templates, called directly: JBake's delegating engine would copy its whole
     * configuration into every page's model and look for the template file on disk each time.
     */
    private final SiteTemplates templates;
    /** The folders known to exist; a page's file is deleted with its folder when it empties. */
    private final Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Path output;
    private final Path assetsFolder;
    private final Messages messages;
    /** The files written and their bytes, over this writer's life: for the build's summary line. */
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    /** The site published before, whose files are taken where they are the same; null when there is none. */
    private final Path previousSite;
    private Map<String, String> assets;
    /** The addresses of the files published from content/files/. */
    private Set<String> media = Set.of();
    /** What every page shows besides its own data, as last written; the search index apart. */
    private Map<String, Object> shared = Map.of();
    private PublishedSearch search;
    /** The documents whose links were last checked, all good; null before the first check. */
    private List<Document> checked;
    /** Whether the last plan kept every address of the one before (an edit in place): then write need not look for pages gone. */
    private boolean addressesKept;
    /** Every address of the site at the last full check. */
    private Set<String> addresses = Set.of();
    private Map<String, Page> written = Map.of();
    /** The page groups of the last plan, for the next plan to reuse. */
    private final PlanMemory memory = new PlanMemory();
    /** What the open data files were last written from. */
    private List<Object> openData;
    /** The text last written of each small file made whole each time ({@link #publish}); none at first. */
    private final Map<String, String> published = new HashMap<>();
    /** Each HTML page's share card, drawn as the page is. */
    private final CardFiles cards;
    /** The pages the build before drew, and what this build draws with besides the pages: see {@link DrawnPages}. */
    private final DrawnPages drawnBefore;
    private final String drawnBy;
    private final PageDigest pageDigests;
    /** What each page drawn or taken by the last write shows, and what it was drawn with. */
    private final Map<String, String> drawn = new java.util.concurrent.ConcurrentHashMap<>();
    private String drawnWith;
    private final AtomicInteger taken = new AtomicInteger();
    private final AtomicInteger rendered = new AtomicInteger();

    /**
     * @param assetsFolder the project's assets/, published with fingerprints
     */
    public SiteWriter(SiteTemplates templates, Messages messages, Path assetsFolder, Path output) {
        this(templates, messages, assetsFolder, output, null);
    }

    /**
     * @param previousSite the site published before, whose share cards are taken instead of drawn
     *                     again where their words are the same, and whose pages and data files
     *                     are taken where they are the same ({@link UnchangedFile}); null when there is none
     */
    public SiteWriter(SiteTemplates templates, Messages messages, Path assetsFolder, Path output, Path previousSite) {
        this(templates, messages, assetsFolder, output, previousSite, new Drawing(DrawnPages.NONE, null, new PageDigest()));
    }

    /**
     * How pages are told apart from those the site before showed.
     *
     * @param before  what each page of the site before was drawn from: a page that shows the same,
     *                drawn with the same, is taken from there unrendered
     * @param drawnBy the fingerprint of what draws the pages (the generator, the templates and
     *                their messages, the assets); null when pages are not to be kept so
     * @param digests what tells what a page shows, told the digest of each record read from a file
     */
    public record Drawing(DrawnPages before, String drawnBy, PageDigest digests) { }

    public SiteWriter(SiteTemplates templates, Messages messages, Path assetsFolder, Path output, Path previousSite,
                      Drawing drawing) {
        this.templates = templates;
        this.messages = messages;
        this.assetsFolder = assetsFolder;
        this.output = output;
        this.previousSite = previousSite;
        this.cards = new CardFiles(output, previousSite);
        this.drawnBefore = drawing.before();
        this.drawnBy = drawing.drawnBy();
        this.pageDigests = drawing.digests();
    }

    /** What each page of the last write showed, for the next build to take the unchanged ones ({@link DrawnPages}). */
    public DrawnPages drawnPages() {
        return drawnWith == null ? DrawnPages.NONE : new DrawnPages(drawnWith, drawn);
    }

    /** How many pages this writer took unrendered from the site before, as {@link DrawnPages} allowed. */
    public int pagesTaken() {
        return taken.get();
    }

    /** How many pages this writer rendered. */
    public int pagesRendered() {
        return rendered.get();
    }

    /** Publishes the fingerprinted assets; again only when an asset changes. */
    public void publishAssets() {
        assets = AssetPipeline.publish(assetsFolder, output);
    }

    /** How many files this writer wrote (pages and data), and their bytes. */
    public int filesWritten() {
        return files.get();
    }

    public long bytesWritten() {
        return bytes.get();
    }

    /** The share cards this writer drew, and those it took from the previous site. */
    public int cardsDrawn() {
        return cards.drawn();
    }

    public int cardsReused() {
        return cards.reused();
    }

    /**
     * Publishes the files of content/files/ (all of them: they are few), and deletes those
     * published before that are no longer there.
     */
    public void publishMedia(List<ContentInventory.Entry> files) {
        Set<String> now = MediaFiles.publish(files, output);
        for (String gone : media) {
            if (!now.contains(gone)) {
                delete(gone);
            }
        }
        media = now;
    }

    /**
     * Plans every page and checks every link of the site; throws
     * {@link org.labourrights.site.content.ContentException} when a link leads nowhere, or when
     * an old address is the address of a file the site writes.
     */
    public List<Page> plan(SiteData input) {
        addressesKept = false;
        List<Page> pages = PagePlan.of(input.site(), messages, input.settings().baseUrl(), memory);
        Set<String> addresses = new HashSet<>(assets.values());
        addresses.addAll(media);
        pages.forEach(p -> addresses.add(p.url()));
        addresses.add(OpenData.JSON);
        addresses.add(OpenData.CSV);
        addresses.add(Urls.MIRRORS);
        if (checked != null && addresses.containsAll(written.keySet())) {
            // No address has gone since the last check: only new or edited documents can have a broken link.
            Set<Document> known = Collections.newSetFromMap(new IdentityHashMap<>());
            known.addAll(checked);
            LinkChecker.check(input.site().documents().stream().filter(d -> !known.contains(d)).toList(), input.site(),
                    addresses);
        } else {
            LinkChecker.check(input.site(), addresses);
        }
        AliasRules.checkNotShadowed(input.site().redirects(), addresses);
        checked = input.site().documents();
        this.addresses = addresses;
        return pages;
    }

    /**
     * As {@link #plan}, after documents were edited in place (same addresses, same lists): the
     * plan gathers again only the groups showing them, and only their links are checked.
     */
    public List<Page> planEdited(SiteData input, Collection<Document> before, Collection<Document> after) {
        memory.edited(before);
        List<Page> pages = PagePlan.of(input.site(), messages, input.settings().baseUrl(), memory);
        LinkChecker.check(List.copyOf(after), input.site(), addresses);
        addressesKept = true;
        checked = input.site().documents();
        return pages;
    }

    /**
     * Writes every planned page that differs from the last written one, deletes the pages no longer
     * planned, and returns the addresses of both, sorted.
     */
    public Set<String> write(SiteData input, List<Page> pages, PublishedSearch search) {
        return write(input, pages, CompletableFuture.completedFuture(search));
    }

    /**
     * As {@link #write(SiteData, List, PublishedSearch)}, with the search index still being built: the
     * pages that do not show it are drawn meanwhile, the search pages once it is there.
     */
    public Set<String> write(SiteData input, List<Page> pages, CompletableFuture<PublishedSearch> building) {
        Map<String, Object> nowShared = new HashMap<>();
        nowShared.put("assets", assets);
        nowShared.put("settings", input.settings());
        nowShared.put("nav", navigation(input.site()));
        nowShared.put("languages", input.site().languages().all());
        nowShared.put("tagNames", tagNames(input.vocabulary()));
        nowShared.put("csvColumns", OpenData.columns(input.site().languages()));
        boolean everything = !nowShared.equals(shared);

        // After an edit in place every address is kept: the last written pages are updated, not copied.
        boolean kept = addressesKept && !everything;
        Map<String, Page> planned = kept ? written : new HashMap<>();
        List<Page> toWrite = new ArrayList<>();
        Map<Page, Page> searchPages = new LinkedHashMap<>();
        for (Page page : pages) {
            Page before = written.get(page.url());
            if (page.template().startsWith("search.")) {
                searchPages.put(page, before);
            } else if (kept && page == before) {
                continue;
            } else if (everything || !page.equals(before)) {
                toWrite.add(page);
            }
            planned.put(page.url(), page);
        }
        Map<String, Object> model = new HashMap<>(nowShared);
        drawnWith = drawnBy == null ? null : pageDigests.of(nowShared).map(shared -> drawnBy + " " + shared).orElse(null);
        drawn.clear();
        toWrite.parallelStream().forEach(page -> draw(page, model));

        PublishedSearch search = building.join();
        boolean newSearch = !search.equals(this.search);
        model.put("searchIndex", search);
        searchPages.forEach((page, before) -> {
            if (everything || newSearch || !page.equals(before)) {
                render(page, model);
                toWrite.add(page);
            }
        });
        Set<String> changed = new TreeSet<>();
        toWrite.forEach(page -> changed.add(page.url()));
        if (!kept) {
            for (String url : written.keySet()) {
                if (!planned.containsKey(url)) {
                    delete(url);
                    changed.add(url);
                }
            }
        }
        // The open data holds cases and the addresses of documents, which an edit in place keeps.
        List<Object> openDataNow = kept ? openData : OpenData.inputs(input.site(), input.settings().baseUrl());
        if (!openDataNow.equals(openData)) {
            writeData(OpenData.JSON, OpenData.json(input.site(), input.settings().baseUrl()));
            writeData(OpenData.CSV, OpenData.csv(input.site(), input.settings().baseUrl()));
            changed.add(OpenData.JSON);
            changed.add(OpenData.CSV);
            openData = openDataNow;
        }
        // The host's files and the mirrors list are small: made again each time, written when they differ.
        List<Redirect> redirects = input.site().redirects();
        publish(NetlifyRedirects.ADDRESS, redirects.isEmpty() ? null : NetlifyRedirects.text(redirects), changed);
        publish(Urls.MIRRORS, MirrorsData.json(input.settings(), input.site().today()), changed);
        if (!kept) {
            String onion = input.settings().onion();
            publish(OnionHeaders.ADDRESS, onion == null ? null : OnionHeaders.text(onion, planned.values()), changed);
        }
        shared = nowShared;
        this.search = search;
        written = planned;
        return changed;
    }

    /** Renders a page, or takes the site before's file of it when that showed the same and was drawn with the same. */
    private void draw(Page page, Map<String, Object> sharedModel) {
        String digest = drawnWith == null ? null : pageDigests.of(page).orElse(null);
        if (digest != null) {
            drawn.put(page.url(), digest);
            if (drawnBefore.holds(drawnWith, page.url(), digest) && take(page)) {
                return;
            }
        }
        render(page, sharedModel);
    }

    /** Links the site before's file of a page into this one, with its share card; false when it has none. */
    private boolean take(Page page) {
        Path file = output.resolve(Urls.file(page.url()));
        Path earlier = previousSite.resolve(Urls.file(page.url()));
        try {
            long size = Files.size(earlier);
            folder(file.getParent());
            UnchangedFile.link(file, earlier);
            files.incrementAndGet();
            bytes.addAndGet(size);
        } catch (java.nio.file.NoSuchFileException gone) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (page.isHtml()) {
            cards.publish(PageShare.of(page, messages).card());
        }
        taken.incrementAndGet();
        return true;
    }

    private void render(Page page, Map<String, Object> sharedModel) {
        Map<String, Object> model = new HashMap<>();
        model.putAll(sharedModel);
        model.putAll(page.data());
        model.put("page", page);
        Languages languages = messages.languages();
        Language language = page.language() == null ? languages.international() : page.language();
        model.put("lang", language.code());
        model.put("language", language);
        // The switcher's links, one for each other language: the page in it, or its home page.
        model.put("otherLanguages", languages.others(language));
        model.put("xDefault", page.xDefault(languages));
        if (page.isHtml()) {
            PageShare share = PageShare.of(page, messages);
            model.put("share", share);
            cards.publish(share.card());
        }
        Path file = output.resolve(Urls.file(page.url()));
        try {
            // Freemarker writes a page in hundreds of small pieces: into a string, then encoded once.
            StringWriter text = new StringWriter(16 * 1024);
            templates.render(model, page.template(), text);
            rendered.incrementAndGet();
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            folder(file.getParent());
            store(page.url(), file, bytes);
            files.incrementAndGet();
            this.bytes.addAndGet(bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateFailure e) {
            throw new IllegalStateException("cannot render " + page.url() + " with templates/" + page.template()
                    + ": " + e.getMessage(), e);
        }
    }

    /** Writes a page's or data file's bytes, or takes the previous site's file when it holds the same. */
    private void store(String url, Path file, byte[] bytes) throws IOException {
        UnchangedFile.write(file, bytes, previousSite == null ? null : previousSite.resolve(Urls.file(url)));
    }

    /** Creates a page's folder once: asking the file system again for each of 30,000 pages costs. */
    private void folder(Path folder) throws IOException {
        if (!folders.contains(folder)) {
            Files.createDirectories(folder);
            folders.add(folder);
        }
    }

    /** Writes {@code text} at {@code url} unless it is there already; null means no such file. */
    private void publish(String url, String text, Set<String> changed) {
        if (Objects.equals(text, published.get(url))) {
            return;
        }
        if (text == null) {
            delete(url);
            published.remove(url);
        } else {
            writeData(url, text);
            published.put(url, text);
        }
        changed.add(url);
    }

    private void writeData(String url, String text) {
        Path file = output.resolve(Urls.file(url));
        try {
            folder(file.getParent());
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            store(url, file, bytes);
            files.incrementAndGet();
            this.bytes.addAndGet(bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a page's file, and its folder when nothing else is left in it. */
    private void delete(String url) {
        Path file = output.resolve(Urls.file(url));
        try {
            Files.deleteIfExists(file);
            for (Path folder = file.getParent(); !folder.equals(output); folder = folder.getParent()) {
                Files.delete(folder);
                folders.remove(folder);
            }
        } catch (DirectoryNotEmptyException stillUsed) {
            // The folder holds other pages: it stays.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header's links, per language: every dated section, then the site's pages. */
    private static Map<String, List<Map<String, String>>> navigation(Site site) {
        Map<String, List<Map<String, String>>> nav = new HashMap<>();
        for (Language language : site.languages().all()) {
            List<Map<String, String>> items = new ArrayList<>();
            for (Section section : Section.values()) {
                if (section.isDated()) {
                    items.add(Map.of("url", Urls.section(language, section), "key", "section." + section.slug()));
                }
            }
            items.add(Map.of("url", Urls.cases(language), "key", "cases.title"));
            items.add(Map.of("url", Urls.countries(language), "key", "countries.title"));
            items.add(Map.of("url", Urls.search(language), "key", "search.title"));
            for (Document page : site.inSection(language, Section.PAGES)) {
                items.add(Map.of("url", Urls.document(page), "title", page.title()));
            }
            nav.put(language.code(), items);
        }
        return nav;
    }

    /** Each tag's name by language code, as templates look it up: tagNames[key][lang]. */
    private static Map<String, Map<String, String>> tagNames(Map<String, Tag> vocabulary) {
        Map<String, Map<String, String>> names = new HashMap<>();
        vocabulary.forEach((key, tag) -> {
            Map<String, String> byCode = new HashMap<>();
            tag.names().forEach((language, name) -> byCode.put(language.code(), name));
            names.put(key, byCode);
        });
        return names;
    }
}
