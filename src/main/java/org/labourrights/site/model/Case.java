package org.labourrights.site.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A person or organisation persecuted for trade-union or civic activity, read from
 * {@code content/cases/<id>.yaml}. Fields the Mission's documents are silent about are null (or
 * empty lists): nothing here is ever guessed.
 *
 * <p>Safety: {@code name} is the real name and must not be shown directly; pages, exports and the
 * search index show {@link #displayName(Language)}, which honours {@code nameDisplay}. The file's
 * {@code private:} block never reaches this record. {@code fieldLines} maps a JSON pointer of the
 * file ({@code /events/2/sources/0}) to the line it was written on, for messages about it.
 * {@code statusAsOf} is what the file states with {@code status_as_of:}, or null; the site works
 * it out from the events and sources otherwise ({@link StatusAsOf#of}).
 * {@code aliases} are old addresses of the case's page, each leading to the page in its own
 * address's language (see {@link Redirect}).
 */
public record Case(
        String id,
        Kind kind,
        Texts name,
        List<String> variants,
        NameDisplay nameDisplay,
        Texts pseudonym,
        String country,
        CaseStatus status,
        PartialDate statusSince,
        StatusAsOf statusAsOf,
        Texts role,
        Texts organisation,
        List<Charge> charges,
        Texts sentence,
        List<CaseEvent> events,
        List<Texts> demands,
        List<CaseSource> sources,
        List<DocumentKey> documents,
        String photo,
        boolean photoConsent,
        Instant embargo,
        List<Texts> affiliates,
        String parent,
        List<CaseRelation> relations,
        List<String> aliases,
        Letters letters,
        String sourcePath,
        Map<String, Integer> fieldLines) implements Serializable {

    public enum Kind { PERSON, ORGANISATION }

    /** How the name appears on the site: in full, as initials, or as a pseudonym, to protect people at risk. */
    public enum NameDisplay { FULL, INITIALS, PSEUDONYM }

    public Case {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nameDisplay, "nameDisplay");
        Objects.requireNonNull(status, "status");
        if (nameDisplay == NameDisplay.PSEUDONYM && pseudonym == null) {
            throw new IllegalArgumentException("a case shown by pseudonym needs a pseudonym: " + id);
        }
        variants = List.copyOf(variants);
        charges = List.copyOf(charges);
        events = List.copyOf(events);
        demands = List.copyOf(demands);
        sources = List.copyOf(sources);
        documents = List.copyOf(documents);
        affiliates = List.copyOf(affiliates);
        relations = List.copyOf(relations);
        aliases = List.copyOf(aliases);
        fieldLines = Map.copyOf(fieldLines);
    }

    /** The name as the public may see it, in one language. */
    public String displayName(Language language) {
        return switch (nameDisplay) {
            case FULL -> name.in(language);
            case INITIALS -> initials(name.in(language));
            case PSEUDONYM -> pseudonym.in(language);
        };
    }

    /**
     * Whether the case's record is written in {@code language}: its name is (the case languages
     * of site.yaml write every text). A page in another language shows each text as first written.
     */
    public boolean isWrittenIn(Language language) {
        return name.isWrittenIn(language);
    }

    /** "Erzhan Elshibayev" → "E. E.", "Ержан Елшибаев" → "Е. Е."; initials stay as they are. */
    public static String initials(String fullName) {
        return java.util.Arrays.stream(fullName.strip().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.endsWith(".") && word.codePointCount(0, word.length()) == 2 ? word
                        : new String(Character.toChars(word.codePointAt(0))) + ".")
                .collect(Collectors.joining(" "));
    }

    /**
     * Every document of the Mission the file cites, in the order the file gives them: the
     * documents about it, its sources, its events' sources, the source of its stated status, of
     * its relations and of its letters block. Outside pages are not documents of the site.
     */
    public List<DocumentKey> citedDocuments() {
        List<DocumentKey> cited = new java.util.ArrayList<>(documents);
        sources.stream().filter(source -> !source.isOutside()).forEach(source -> cited.add(source.document()));
        events.forEach(event -> cited.addAll(event.sources()));
        if (statusAsOf != null && statusAsOf.source() != null) {
            cited.add(statusAsOf.source());
        }
        relations.forEach(relation -> cited.add(relation.source()));
        if (letters != null && !letters.source().isOutside()) {
            cited.add(letters.source().document());
        }
        return cited;
    }

    /** Visible to the public at {@code now}: past any embargo. */
    public boolean isPublicAt(Instant now) {
        return embargo == null || !now.isBefore(embargo);
    }

    /**
     * The line a value was written on, given as a JSON pointer such as {@code /status} or
     * {@code /events/0/sources/1}; a value that is absent falls back to its nearest written parent,
     * and the whole file to line 1.
     */
    public int lineOf(String pointer) {
        String at = pointer;
        while (!at.isEmpty()) {
            Integer line = fieldLines.get(at);
            if (line != null) {
                return line;
            }
            at = at.substring(0, at.lastIndexOf('/'));
        }
        return 1;
    }
}
