package org.labourrights.site.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.labourrights.site.content.CaseReader;
import org.labourrights.site.content.DocumentReader;
import org.labourrights.site.content.SiteAssembler;
import org.labourrights.site.content.SiteSettings;
import org.labourrights.site.content.TagVocabulary;
import org.labourrights.site.markdown.MarkdownRenderer;
import org.labourrights.site.model.Case;
import org.labourrights.site.model.Document;
import org.labourrights.site.model.Languages;
import org.labourrights.site.model.Section;
import org.labourrights.site.model.Site;
import org.labourrights.site.model.Tag;

/** The Mission's real content (or a synthetic corpus with the same layout), read without JBake. */
public final class RealContent {

    public static final Path PROJECT = Path.of("").toAbsolutePath();

    private RealContent() {
    }

    /** The public documents of {@code project/content} as search documents. */
    public static List<SearchDocument> documents(Path project) {
        return SearchDocuments.of(site(project));
    }

    public static List<SearchDocument> documents() {
        return documents(PROJECT);
    }

    public static Site site(Path project) {
        return new SiteAssembler(Languages.RUSSIAN_AND_ENGLISH,
                vocabulary(project), Instant.now(), SiteSettings.STATUS_CHECK_MONTHS).assemble(allDocuments(project), cases(project));
    }

    /** Every document of {@code project/content}, drafts included, in file order. */
    public static List<Document> allDocuments(Path project) {
        Path content = project.resolve("content");
        DocumentReader reader = new DocumentReader(Languages.RUSSIAN_AND_ENGLISH, new MarkdownRenderer());
        List<Document> documents = new ArrayList<>();
        for (Path file : markdownFiles(project)) {
            String relative = content.relativize(file).toString().replace('\\', '/');
            documents.add(reader.read("content/" + relative, relative, read(file)));
        }
        return documents;
    }

    public static List<Case> cases(Path project) {
        return new CaseReader(Languages.RUSSIAN_AND_ENGLISH).readFolder(project.resolve("content/cases"), "content/cases");
    }

    public static Map<String, Tag> vocabulary(Path project) {
        return TagVocabulary.read("content/data/tags.yaml", read(project.resolve("content/data/tags.yaml")),
                Languages.RUSSIAN_AND_ENGLISH);
    }

    /** Every content/<section>/*.md file, sorted. */
    static List<Path> markdownFiles(Path project) {
        List<Path> files = new ArrayList<>();
        for (Section section : Section.values()) {
            Path folder = project.resolve("content").resolve(section.slug());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
