package org.labourrights.site.bench;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of one synthetic {@code content/cases/<id>.yaml}, laid out as the Mission's editors
 * write case files (see content/cases/ and schema/case.schema.json): optional fields only when
 * the case has them, texts in both languages side by side, dates unquoted.
 */
final class CaseFile {

    private final StringBuilder yaml = new StringBuilder(4 * 1024);

    private CaseFile() {
    }

    static String text(PlannedCase c) {
        return new CaseFile().write(c);
    }

    private String write(PlannedCase c) {
        line(0, "# A synthetic case of the build benchmark (SyntheticCorpus); its facts are invented.");
        line(0, "id: " + c.id());
        line(0, "kind: " + (c.person() ? "person" : "organisation"));
        bilingual(0, "name", c.name());
        if (!c.variants().isEmpty()) {
            line(0, "variants: [" + c.variants().stream().map(CaseFile::quoted).collect(Collectors.joining(", ")) + "]");
        }
        if (!c.showsFullName()) {
            line(0, "name_display: " + c.display());
        }
        if (c.pseudonym() != null) {
            bilingual(0, "pseudonym", c.pseudonym());
        }
        line(0, "country: " + c.country().code());
        line(0, "status: " + c.status().yaml());
        if (c.statusSince() != null) {
            line(0, "status_since: " + c.statusSince());
        }
        optional(0, "role", c.role());
        optional(0, "organisation", c.organisation());
        if (!c.charges().isEmpty()) {
            line(0, "charges:");
            for (CaseBank.ChargeWords charge : c.charges()) {
                line(1, "- article: " + quoted(charge.article()));
                if (!charge.part().isEmpty()) {
                    line(2, "part: " + quoted(charge.part()));
                }
                bilingual(2, "wording", charge.wording());
            }
        }
        optional(0, "sentence", c.sentence());
        if (!c.events().isEmpty()) {
            line(0, "events:");
            for (PlannedCase.Event event : c.events()) {
                line(1, "- date: " + event.date());
                line(2, "type: " + event.type().yaml());
                bilingual(2, "text", event.text());
                line(2, "sources: [" + event.sources().stream().map(PlannedCase::documentKey)
                        .collect(Collectors.joining(", ")) + "]");
            }
        }
        bilingualList("demands", c.demands());
        line(0, "sources:");
        for (PlannedCase.Source source : c.sources()) {
            line(1, "- document: " + PlannedCase.documentKey(source.document()));
            optional(2, "note", source.note());
        }
        line(0, "documents:");
        for (PlannedPair document : c.documents()) {
            line(1, "- " + PlannedCase.documentKey(document));
        }
        bilingualList("affiliates", c.affiliates());
        if (c.parent() != null) {
            line(0, "parent: " + c.parent());
        }
        if (c.privateNote() != null) {
            // For staff only: the build must drop it before anything is rendered or indexed.
            line(0, "private:");
            line(1, "notes: " + quoted(c.privateNote()));
        }
        return yaml.toString();
    }

    private void optional(int depth, String field, RuEn text) {
        if (text != null) {
            bilingual(depth, field, text);
        }
    }

    private void bilingual(int depth, String field, RuEn text) {
        line(depth, field + ":");
        line(depth + 1, "ru: " + quoted(text.ru()));
        line(depth + 1, "en: " + quoted(text.en()));
    }

    private void bilingualList(String field, List<RuEn> items) {
        if (items.isEmpty()) {
            return;
        }
        line(0, field + ":");
        for (RuEn item : items) {
            line(1, "- ru: " + quoted(item.ru()));
            line(2, "en: " + quoted(item.en()));
        }
    }

    /** Two spaces per level; a list item's "- " counts as one level, as in the real files. */
    private void line(int depth, String text) {
        yaml.append("  ".repeat(depth)).append(text).append('\n');
    }

    private static String quoted(String value) {
        return DocumentFile.quoted(value);
    }
}
