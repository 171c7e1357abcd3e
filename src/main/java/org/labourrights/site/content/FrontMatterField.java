package org.labourrights.site.content;

import java.util.Arrays;
import java.util.List;
import org.labourrights.site.model.Section;

/**
 * The fields a document's front matter may have: the one definition the reader checks files
 * against and the web editor's form is made from ({@code admin.DocumentFields}), in the order an
 * editor fills them in. Whether a field must be written, and whether it is one fact of the
 * document (the same in both languages' files, entered once in the editor) or written in each
 * language, is said here and nowhere else.
 */
public enum FrontMatterField {
    TITLE("title", Need.ALWAYS, Scope.EACH_LANGUAGE, "title: \"The document's title\""),
    SLUG("slug", Need.OPTIONAL, Scope.DOCUMENT, "slug: statement-on-strikes-2026"),
    ALIASES("aliases", Need.OPTIONAL, Scope.EACH_LANGUAGE, "aliases: [/ru/statements/old-name/]"),
    DATE("date", Need.ALWAYS, Scope.DOCUMENT, "date: 2025-12-15"),
    STATUS("status", Need.ALWAYS, Scope.EACH_LANGUAGE, "status: published"),
    ORIGINAL("original", Need.ALWAYS, Scope.DOCUMENT, "original: ru"),
    COUNTRIES("countries", Need.OPTIONAL, Scope.DOCUMENT, "countries: [KZ, KG]"),
    TAGS("tags", Need.OPTIONAL, Scope.DOCUMENT, "tags: [trade-unions, strikes]"),
    CASES("cases", Need.IN_CAMPAIGNS, Scope.DOCUMENT, "cases: [erzhan-elshibayev]"),
    SUMMARY("summary", Need.OPTIONAL, Scope.EACH_LANGUAGE, "summary: \"One or two sentences\""),
    PLACE("place", Need.OPTIONAL, Scope.EACH_LANGUAGE, "place: Bishkek"),
    EVENT("event", Need.OPTIONAL, Scope.EACH_LANGUAGE, "event: \"The 6th Conference of the Mission\""),
    EMBARGO("embargo", Need.OPTIONAL, Scope.DOCUMENT, "embargo: 2026-12-01T09:00:00+05:00"),
    OPENS("opens", Need.CAMPAIGN_ONLY_ALWAYS, Scope.DOCUMENT, "opens: 2025-12-15"),
    CLOSES("closes", Need.CAMPAIGN_ONLY, Scope.DOCUMENT, "closes: 2026-02-01"),
    STATE("state", Need.CAMPAIGN_ONLY_ALWAYS, Scope.DOCUMENT, "state: open"),
    OUTCOME("outcome", Need.CAMPAIGN_ONLY, Scope.EACH_LANGUAGE, "outcome: \"He was released.\""),
    ADDRESSEES("addressees", Need.CAMPAIGN_ONLY_ALWAYS, Scope.EACH_LANGUAGE,
            "addressees:\n  - name: \"…\"\n    office: \"…\"\n    address: \"…\"\n    email: \"…\""),
    LETTER_SUBJECT("letter_subject", Need.CAMPAIGN_ONLY_ALWAYS, Scope.EACH_LANGUAGE,
            "letter_subject: \"Free Erzhan Elshibayev\""),
    LETTER("letter", Need.CAMPAIGN_ONLY_ALWAYS, Scope.EACH_LANGUAGE, "letter: |\n  Dear …"),
    SUPPORTERS("supporters", Need.CAMPAIGN_ONLY, Scope.DOCUMENT, "supporters: 120"),
    RESPOND_BY("respond_by", Need.CAMPAIGN_ONLY, Scope.DOCUMENT, "respond_by: 2026-12-20"),
    UPDATES("updates", Need.CAMPAIGN_ONLY, Scope.EACH_LANGUAGE, "updates:\n  - date: 2026-01-20\n    text: \"…\"");

    /** When a field must, or may, be written. */
    private enum Need { ALWAYS, OPTIONAL, IN_CAMPAIGNS, CAMPAIGN_ONLY, CAMPAIGN_ONLY_ALWAYS }

    /** Whether a field is one fact of the document or written in each language's file. */
    public enum Scope { DOCUMENT, EACH_LANGUAGE }

    private final String key;
    private final Need need;
    private final Scope scope;
    private final String example;

    FrontMatterField(String key, Need need, Scope scope, String example) {
        this.key = key;
        this.need = need;
        this.scope = scope;
        this.example = example;
    }

    /** As written in a file: {@code letter_subject}. */
    public String key() {
        return key;
    }

    public Scope scope() {
        return scope;
    }

    /** A line an editor can copy, for messages. */
    public String example() {
        return example;
    }

    /** Whether a document of {@code section} may have this field. */
    public boolean allowedIn(Section section) {
        return section == Section.CAMPAIGNS || !campaignOnly();
    }

    public boolean campaignOnly() {
        return need == Need.CAMPAIGN_ONLY || need == Need.CAMPAIGN_ONLY_ALWAYS;
    }

    /** Whether a document of {@code section} must have this field. */
    public boolean requiredIn(Section section) {
        return switch (need) {
            case ALWAYS -> true;
            case IN_CAMPAIGNS, CAMPAIGN_ONLY_ALWAYS -> section == Section.CAMPAIGNS;
            case OPTIONAL, CAMPAIGN_ONLY -> false;
        };
    }

    /** The fields of a document of {@code section}, in the editor's order. */
    public static List<FrontMatterField> of(Section section) {
        return Arrays.stream(values()).filter(field -> field.allowedIn(section)).toList();
    }
}
