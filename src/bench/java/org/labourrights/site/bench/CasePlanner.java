package org.labourrights.site.bench;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.labourrights.site.model.CaseStatus;
import org.labourrights.site.model.EventType;
import org.labourrights.site.model.PartialDate;

/**
 * Decides the synthetic cases: who (four persons to one organisation), where, how far the story
 * has gone (the status, and the events that lead to it, oldest first), and which documents state
 * it. The mix imitates the real files: most persons are named in full, a few by initials or a
 * pseudonym; some cases have a long timeline, some none; each fact cites documents about the
 * case's country.
 */
final class CasePlanner {

    /** Where cases happen, most often in Kazakhstan, as in the Mission's documents. */
    private static final int[] COUNTRY_WEIGHTS = {30, 15, 15, 10, 5, 15, 5, 5};

    private static final List<CaseStatus> PERSON_STATUSES = List.of(CaseStatus.DETAINED, CaseStatus.UNDER_INVESTIGATION,
            CaseStatus.ON_TRIAL, CaseStatus.SENTENCED, CaseStatus.IMPRISONED, CaseStatus.RESTRICTED, CaseStatus.RELEASED,
            CaseStatus.ACQUITTED, CaseStatus.PARDONED, CaseStatus.DECEASED, CaseStatus.REHABILITATED, CaseStatus.MISSING,
            CaseStatus.UNKNOWN);
    private static final int[] PERSON_STATUS_WEIGHTS = {6, 8, 8, 12, 20, 8, 12, 3, 4, 1, 2, 2, 14};
    private static final List<CaseStatus> ORGANISATION_STATUSES = List.of(CaseStatus.DISSOLVED, CaseStatus.RESTRICTED,
            CaseStatus.UNDER_INVESTIGATION, CaseStatus.ON_TRIAL, CaseStatus.UNKNOWN);
    private static final int[] ORGANISATION_STATUS_WEIGHTS = {40, 20, 15, 10, 15};

    /** Statuses in which the Mission asks for the person's release. */
    private static final List<CaseStatus> IN_CUSTODY = List.of(CaseStatus.DETAINED, CaseStatus.UNDER_INVESTIGATION,
            CaseStatus.ON_TRIAL, CaseStatus.SENTENCED, CaseStatus.IMPRISONED);

    private final Draws draw;
    private final List<PlannedPair> pairs;
    private final Map<String, List<PlannedPair>> pairsByCountry = new HashMap<>();
    private final Map<String, List<PlannedCase>> organisationsByCountry = new HashMap<>();
    private final List<PlannedCase> planned = new ArrayList<>();

    CasePlanner(Draws draw, List<PlannedPair> pairs) {
        this.draw = draw;
        this.pairs = List.copyOf(pairs);
        for (PlannedPair pair : pairs) {
            for (CountryWords country : pair.countries()) {
                pairsByCountry.computeIfAbsent(country.code(), k -> new ArrayList<>()).add(pair);
            }
        }
    }

    List<PlannedCase> plan(int count) {
        for (int i = 0; i < count; i++) {
            // One case in five is an organisation: a union, a confederation.
            PlannedCase c = draw.below(5) == 0 ? organisation(i) : person(i);
            planned.add(c);
            if (!c.person()) {
                organisationsByCountry.computeIfAbsent(c.country().code(), k -> new ArrayList<>()).add(c);
            }
        }
        return List.copyOf(planned);
    }

    private PlannedCase person(int index) {
        boolean female = draw.percent(35);
        CaseBank.Name first = draw.pick(female ? CaseBank.WOMEN : CaseBank.MEN);
        CaseBank.Name surname = draw.pick(CaseBank.SURNAMES);
        RuEn name = new RuEn(first.ru() + " " + surname.ru() + (female ? "а" : ""),
                first.en() + " " + surname.en() + (female ? "a" : ""));
        CountryWords country = draw.weighted(ProseBank.COUNTRIES, COUNTRY_WEIGHTS);

        int shown = draw.below(100);
        String display = shown < 85 ? "full" : shown < 95 ? "initials" : "pseudonym";
        RuEn pseudonym = null;
        if (display.equals("pseudonym")) {
            CaseBank.Name other = draw.pick(female ? CaseBank.WOMEN : CaseBank.MEN);
            while (other.equals(first)) {
                // A pseudonym sharing a word with the real name would give that word away.
                other = draw.pick(female ? CaseBank.WOMEN : CaseBank.MEN);
            }
            pseudonym = BodyComposer.substitute(CaseBank.PSEUDONYM,
                    Map.of("name", new RuEn(other.ru(), other.en())));
        }
        // Other spellings would reveal a hidden name, so only names shown in full have them.
        List<String> variants = new ArrayList<>();
        if (display.equals("full") && draw.percent(30)) {
            String variant = variant(name.en());
            if (variant != null) {
                variants.add(variant);
            }
        }

        PlannedCase parentCase = draw.percent(35) ? earlierOrganisation(country) : null;
        RuEn organisation = parentCase != null ? parentCase.name()
                : draw.percent(40) ? unionName(country) : null;
        RuEn role = draw.percent(80) ? CaseBank.forGender(draw.pick(CaseBank.ROLES), female) : null;

        CaseStatus status = draw.weighted(PERSON_STATUSES, PERSON_STATUS_WEIGHTS);
        List<EventType> story = draw.percent(10) ? List.of() : personStory(status);
        List<CaseBank.ChargeWords> charges = story.contains(EventType.CHARGE) ? draw.some(CaseBank.CHARGES, 1 + draw.below(2))
                : List.of();
        int years = 2 + draw.below(8);
        RuEn sentence = story.contains(EventType.SENTENCE) ? new RuEn(
                RussianPlural.count(years, "год", "года", "лет") + (status == CaseStatus.RESTRICTED
                        ? " ограничения свободы." : " лишения свободы."),
                years + " years" + (status == CaseStatus.RESTRICTED ? " of restricted freedom." : " in prison."))
                : null;

        List<PlannedPair> documents = documentsAbout(country);
        Facts facts = new Facts(true, country, female, charges, years);
        List<PlannedCase.Event> events = events(story, documents, facts, status == CaseStatus.RESTRICTED);

        List<RuEn> demands = new ArrayList<>();
        if (IN_CUSTODY.contains(status)) {
            demands.add(CaseBank.PERSON_DEMANDS.get(0));
        }
        demands.addAll(draw.some(CaseBank.PERSON_DEMANDS.subList(1, CaseBank.PERSON_DEMANDS.size()), draw.below(3)));
        // The id is in every web address: a hidden name gets one that says nothing of the person.
        String id = (display.equals("full") ? slug(name.en()) : country.code().toLowerCase(Locale.ROOT) + "-case")
                + String.format(Locale.ROOT, "-%04d", index);
        return new PlannedCase(index, id, true, female, name, variants, display, pseudonym, country, status,
                statusSince(events), role, organisation, charges, sentence, events,
                demands.stream().map(d -> CaseBank.forGender(d, female)).toList(), sources(documents), documents,
                List.of(), parentCase == null ? null : parentCase.id(), privateNote());
    }

    private PlannedCase organisation(int index) {
        CountryWords country = draw.weighted(ProseBank.COUNTRIES, COUNTRY_WEIGHTS);
        RuEn name = unionName(country);
        List<String> variants = new ArrayList<>();
        if (draw.percent(20)) {
            variants.add(acronym(name.en()));
        }
        CaseStatus status = draw.weighted(ORGANISATION_STATUSES, ORGANISATION_STATUS_WEIGHTS);
        List<EventType> story = organisationStory(status);
        List<PlannedPair> documents = documentsAbout(country);
        List<PlannedCase.Event> events = events(story, documents, new Facts(false, country, false, List.of(), 0), false);
        List<RuEn> affiliates = draw.percent(30) ? draw.some(CaseBank.AFFILIATES, 1 + draw.below(3)) : List.of();
        PlannedCase parentCase = draw.percent(15) ? earlierOrganisation(country) : null;
        String id = slug(name.en()) + String.format(Locale.ROOT, "-%04d", index);
        return new PlannedCase(index, id, false, false, name, variants, "full", null, country, status,
                statusSince(events), null, null, List.of(), null, events, draw.some(CaseBank.ORGANISATION_DEMANDS,
                1 + draw.below(2)), sources(documents), documents, affiliates,
                parentCase == null ? null : parentCase.id(), privateNote());
    }

    /** The events that lead to a person's status, oldest first; some end with the Mission's statement. */
    private List<EventType> personStory(CaseStatus status) {
        List<EventType> story = new ArrayList<>();
        if (draw.below(3) == 0) {
            story.add(draw.percent(50) ? EventType.PROTEST : EventType.STRIKE);
        }
        story.addAll(switch (status) {
            case DETAINED -> List.of(EventType.ARREST);
            case UNDER_INVESTIGATION -> List.of(EventType.ARREST, EventType.CHARGE, EventType.INVESTIGATION);
            case ON_TRIAL -> List.of(EventType.ARREST, EventType.CHARGE, EventType.INVESTIGATION, EventType.TRIAL);
            case SENTENCED -> List.of(EventType.ARREST, EventType.CHARGE, EventType.TRIAL, EventType.SENTENCE, EventType.APPEAL);
            case IMPRISONED -> List.of(EventType.ARREST, EventType.CHARGE, EventType.TRIAL, EventType.SENTENCE,
                    EventType.APPEAL, EventType.IMPRISONMENT);
            case RESTRICTED -> List.of(EventType.CHARGE, EventType.TRIAL, EventType.SENTENCE);
            case RELEASED -> List.of(EventType.ARREST, EventType.CHARGE, EventType.RELEASE);
            case ACQUITTED -> List.of(EventType.ARREST, EventType.CHARGE, EventType.TRIAL, EventType.ACQUITTAL);
            case PARDONED -> List.of(EventType.ARREST, EventType.CHARGE, EventType.TRIAL, EventType.SENTENCE,
                    EventType.IMPRISONMENT, EventType.PARDON);
            case DECEASED -> List.of(EventType.ARREST, EventType.SENTENCE, EventType.IMPRISONMENT, EventType.DEATH);
            case REHABILITATED -> List.of(EventType.CHARGE, EventType.TRIAL, EventType.SENTENCE, EventType.REHABILITATION);
            case MISSING -> List.of(EventType.OTHER);
            default -> List.of(EventType.STATEMENT);
        });
        if ((status == CaseStatus.DETAINED || status == CaseStatus.IMPRISONED) && draw.percent(20)) {
            story.add(EventType.TORTURE_ALLEGATION);
        }
        if (status != CaseStatus.UNKNOWN && draw.percent(40)) {
            story.add(EventType.STATEMENT);
        }
        return story;
    }

    private List<EventType> organisationStory(CaseStatus status) {
        List<EventType> story = new ArrayList<>();
        if (draw.below(3) == 0) {
            story.add(draw.percent(50) ? EventType.PROTEST : EventType.STRIKE);
        }
        story.addAll(switch (status) {
            case DISSOLVED -> draw.percent(50)
                    ? List.of(EventType.INVESTIGATION, EventType.TRIAL, EventType.DISSOLUTION, EventType.APPEAL)
                    : List.of(EventType.TRIAL, EventType.DISSOLUTION);
            case RESTRICTED -> List.of(EventType.INVESTIGATION, EventType.OTHER);
            case UNDER_INVESTIGATION -> List.of(EventType.INVESTIGATION);
            case ON_TRIAL -> List.of(EventType.INVESTIGATION, EventType.TRIAL);
            default -> List.of();
        });
        if (draw.percent(40)) {
            story.add(EventType.STATEMENT);
        }
        return story;
    }

    /** What an event's text may mention about its case. */
    private record Facts(boolean person, CountryWords country, boolean female, List<CaseBank.ChargeWords> charges, int years) { }

    /** The timeline: one to seven months between events, dated as precisely as a source might give. */
    private List<PlannedCase.Event> events(List<EventType> story, List<PlannedPair> documents, Facts facts,
                                           boolean restricted) {
        List<PlannedCase.Event> events = new ArrayList<>();
        YearMonth month = YearMonth.of(2014 + draw.below(9), 1 + draw.below(12));
        for (EventType type : story) {
            RuEn template = type == EventType.SENTENCE && restricted ? CaseBank.RESTRICTION
                    : draw.pick((facts.person() ? CaseBank.PERSON_EVENTS : CaseBank.ORGANISATION_EVENTS).get(type));
            RuEn text = BodyComposer.substitute(CaseBank.forGender(template, facts.female()), values(facts));
            List<PlannedPair> sources = draw.some(documents, draw.percent(20) ? 2 : 1);
            events.add(new PlannedCase.Event(statable(date(month), sources), type, text, sources));
            month = month.plusMonths(1 + draw.below(7));
        }
        return events;
    }

    private Map<String, RuEn> values(Facts facts) {
        CaseBank.ChargeWords charge = facts.charges().isEmpty() ? CaseBank.CHARGES.get(0) : facts.charges().get(0);
        int months = 1 + draw.below(6);
        int days = 2 + draw.below(40);
        int witnesses = 10 * (1 + draw.below(9));
        return Map.of(
                "in_city", facts.country().inCity(),
                "article", new RuEn(charge.article(), charge.article()),
                "charge", charge.wording(),
                "months", new RuEn(RussianPlural.count(months, "месяц", "месяца", "месяцев"),
                        months + (months == 1 ? " month" : " months")),
                // Multiples of ten: "работников" is then the right form after the number.
                "witnesses", new RuEn(witnesses + " работников", witnesses + " workers"),
                "days", new RuEn(RussianPlural.count(days, "день", "дня", "дней"), days + " days"),
                "years", new RuEn(RussianPlural.count(facts.years(), "год", "года", "лет"), facts.years() + " years"));
    }

    /**
     * The drawn date as its sources can state it, as the build requires: unchanged when a source is
     * undated or can state it, else no more precise and no later than the latest-dated source. No
     * draw is made, so the rest of the corpus is as it was.
     */
    static String statable(String drawn, List<PlannedPair> sources) {
        PartialDate date = PartialDate.parse(drawn);
        PartialDate latest = null;
        for (PlannedPair source : sources) {
            PartialDate documentDate = PartialDate.parse(source.date());
            if (documentDate == null || !documentDate.isKnown() || documentDate.canState(date)) {
                return drawn;
            }
            if (latest == null || documentDate.compareTo(latest) > 0) {
                latest = documentDate;
            }
        }
        if (latest == null) {
            return drawn;
        }
        PartialDate cut = switch (latest.precision()) {
            case UNKNOWN, YEAR -> new PartialDate(date.year(), 0, 0);
            case MONTH -> new PartialDate(date.year(), date.precision() == PartialDate.Precision.YEAR ? 0 : date.month(), 0);
            case DAY -> date;
        };
        return latest.canState(cut) ? cut.iso() : latest.iso();
    }

    /** Mostly a month, often a day, sometimes only the year: what sources give. */
    private String date(YearMonth month) {
        int precision = draw.below(10);
        if (precision == 0) {
            return String.valueOf(month.getYear());
        }
        if (precision < 7) {
            return month.toString();
        }
        return month.atDay(1 + draw.below(month.lengthOfMonth())).toString();
    }

    /** The status began with the latest event, when a document says so. */
    private String statusSince(List<PlannedCase.Event> events) {
        return events.isEmpty() || draw.percent(50) ? null : events.get(events.size() - 1).date();
    }

    /** One to three documents about the case's country; any document if none is about it. */
    private List<PlannedPair> documentsAbout(CountryWords country) {
        List<PlannedPair> about = pairsByCountry.getOrDefault(country.code(), pairs);
        return draw.some(about, 1 + draw.below(3));
    }

    private List<PlannedCase.Source> sources(List<PlannedPair> documents) {
        List<PlannedCase.Source> sources = new ArrayList<>();
        for (PlannedPair document : documents.subList(0, 1 + draw.below(documents.size()))) {
            sources.add(new PlannedCase.Source(document, draw.percent(50) ? draw.pick(CaseBank.SOURCE_NOTES) : null));
        }
        return sources;
    }

    /** An organisation planned earlier in the same country, so that parents never form a loop. */
    private PlannedCase earlierOrganisation(CountryWords country) {
        List<PlannedCase> candidates = organisationsByCountry.getOrDefault(country.code(), List.of());
        return candidates.isEmpty() ? null : draw.pick(candidates);
    }

    private RuEn unionName(CountryWords country) {
        RuEn form = draw.pick(CaseBank.UNION_FORMS);
        RuEn named = BodyComposer.substitute(form, Map.of("industry", draw.pick(CaseBank.INDUSTRIES)));
        return new RuEn(named.ru() + " (" + country.city().ru() + ")", named.en() + " (" + country.city().en() + ")");
    }

    private String privateNote() {
        return draw.percent(10) ? "Контакты адвоката и семьи: у координатора Миссии." : null;
    }

    /** "Erzhan Zhumabayev" → "Erzhan Jumabayev": the first spelling rule that changes the name. */
    private static String variant(String name) {
        for (Map.Entry<String, String> rule : CaseBank.SPELLINGS) {
            String variant = name.replaceFirst(rule.getKey(), rule.getValue());
            if (!variant.equals(name)) {
                return variant;
            }
        }
        return null;
    }

    /** "Independent Oil Workers' Union (Almaty)" → "IOWU". */
    private static String acronym(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.replaceAll("\\(.*\\)", "").split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                letters.append(word.charAt(0));
            }
        }
        return letters.toString();
    }

    /** An id as editors write them: small Latin letters, digits and hyphens. */
    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
