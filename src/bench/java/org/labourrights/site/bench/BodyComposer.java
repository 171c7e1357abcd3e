package org.labourrights.site.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.labourrights.site.model.Language;

/**
 * Writes the Markdown body of one synthetic document pair from the {@link ProseBank}: a lead
 * paragraph, then "## " sections of paragraphs, with the occasional list or table and one link to
 * another document. Every choice is made once and written in both languages, so the two bodies
 * are translations of each other with the same structure.
 */
final class BodyComposer {

    /** A body in both languages, and the lead sentence, which doubles as the front matter's summary. */
    record Body(RuEn markdown, RuEn summary) { }

    /**
     * Real documents run to a few pages. A body stops growing once the mean of its two languages'
     * word counts passes a target in this range; Russian needs about a fifth fewer words than
     * English for the same text, so the pair lands around 600 (ru) to 800 (en) words.
     */
    private static final int MIN_WORDS = 620;
    private static final int MAX_WORDS = 720;

    private final Random random;

    BodyComposer(Random random) {
        this.random = random;
    }

    /** @param linked the document the body links to, or null when there is no other document */
    Body compose(PlannedPair pair, PlannedPair linked) {
        int target = MIN_WORDS + random.nextInt(MAX_WORDS - MIN_WORDS + 1);
        Deck<RuEn> sentences = new Deck<>(ProseBank.SENTENCES);
        Deck<RuEn> headings = new Deck<>(ProseBank.HEADINGS);
        boolean withTable = random.nextInt(6) == 0;
        Draft draft = new Draft();

        List<RuEn> lead = sentences(pair, sentences, 2 + random.nextInt(3));
        draft.paragraph(lead);
        for (int part = 0; draft.words() < target; part++) {
            draft.heading(headings.next());
            List<RuEn> paragraph = sentences(pair, sentences, 2 + random.nextInt(4));
            if (part == 0 && linked != null) {
                paragraph.add(seeAlso(linked));
            }
            draft.paragraph(paragraph);
            if (part == 0 && withTable) {
                table(pair, draft);
            }
            if (draft.words() >= target) {
                break;
            }
            if (random.nextInt(10) < 3) {
                list(draft);
            }
            if (random.nextBoolean()) {
                draft.paragraph(sentences(pair, sentences, 2 + random.nextInt(3)));
            }
        }
        return new Body(draft.text(), lead.get(0));
    }

    private List<RuEn> sentences(PlannedPair pair, Deck<RuEn> deck, int count) {
        List<RuEn> filled = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            filled.add(fill(deck.next(), pair));
        }
        return filled;
    }

    /** Fills a sentence's placeholders with one of the document's countries and plausible figures. */
    private RuEn fill(RuEn template, PlannedPair pair) {
        CountryWords country = pair.countries().get(random.nextInt(pair.countries().size()));
        int year = 2010 + random.nextInt(16);
        // Multiples of ten: after "около"/"более" Russian takes the genitive, which for these
        // numbers is always the "работников" form that RussianPlural gives.
        int workers = 10 * (3 + random.nextInt(98));
        int days = 2 + random.nextInt(44);
        int cases = 2 + random.nextInt(59);
        int lawsuits = 2 + random.nextInt(39);
        Map<String, RuEn> values = Map.of(
                "country", country.name(),
                "country_gen", new RuEn(country.ruGenitive(), country.name().en()),
                "in_country", country.inCountry(),
                "in_city", country.inCity(),
                "year", new RuEn(String.valueOf(year), String.valueOf(year)),
                "workers", counted(workers, "работник", "работника", "работников", "workers"),
                "days", counted(days, "день", "дня", "дней", "days"),
                "cases", counted(cases, "случай", "случая", "случаев", "cases"),
                "lawsuits", counted(lawsuits, "иск", "иска", "исков", "lawsuits"));
        return substitute(template, values);
    }

    private static RuEn counted(int n, String one, String few, String many, String english) {
        return new RuEn(RussianPlural.count(n, one, few, many), n + " " + english);
    }

    private static RuEn seeAlso(PlannedPair linked) {
        Map<String, RuEn> values = Map.of(
                "title", new RuEn(linked.title(Language.RU), linked.title(Language.EN)),
                "url", new RuEn(linked.url(Language.RU), linked.url(Language.EN)));
        return substitute(ProseBank.SEE_ALSO, values);
    }

    private void table(PlannedPair pair, Draft draft) {
        draft.paragraph(List.of(ProseBank.TABLE_LEAD));
        StringBuilder ru = new StringBuilder(ProseBank.TABLE_HEADER.ru()).append("\n|---|---:|---:|\n");
        StringBuilder en = new StringBuilder(ProseBank.TABLE_HEADER.en()).append("\n|---|---:|---:|\n");
        int totalCases = 0;
        int totalLawsuits = 0;
        for (CountryWords country : pair.countries()) {
            int cases = 1 + random.nextInt(80);
            int lawsuits = random.nextInt(cases + 1);
            totalCases += cases;
            totalLawsuits += lawsuits;
            ru.append("| ").append(country.name().ru()).append(" | ").append(cases).append(" | ").append(lawsuits).append(" |\n");
            en.append("| ").append(country.name().en()).append(" | ").append(cases).append(" | ").append(lawsuits).append(" |\n");
        }
        ru.append("| **").append(ProseBank.TABLE_TOTAL.ru()).append("** | ").append(totalCases).append(" | ").append(totalLawsuits).append(" |");
        en.append("| **").append(ProseBank.TABLE_TOTAL.en()).append("** | ").append(totalCases).append(" | ").append(totalLawsuits).append(" |");
        draft.block(new RuEn(ru.toString(), en.toString()));
    }

    /** A recommendation list as the Mission writes them: items end in ';', the last in '.'. */
    private void list(Draft draft) {
        RuEn intro = ProseBank.LIST_INTROS.get(random.nextInt(ProseBank.LIST_INTROS.size()));
        List<RuEn> items = new ArrayList<>(ProseBank.LIST_ITEMS);
        Collections.shuffle(items, random);
        int count = 3 + random.nextInt(3);
        boolean numbered = random.nextBoolean();
        StringBuilder ru = new StringBuilder(intro.ru()).append("\n\n");
        StringBuilder en = new StringBuilder(intro.en()).append("\n\n");
        for (int i = 0; i < count; i++) {
            String marker = numbered ? (i + 1) + ". " : "- ";
            String end = i == count - 1 ? "." : ";";
            ru.append(marker).append(items.get(i).ru()).append(end).append(i == count - 1 ? "" : "\n");
            en.append(marker).append(items.get(i).en()).append(end).append(i == count - 1 ? "" : "\n");
        }
        draft.block(new RuEn(ru.toString(), en.toString()));
    }

    /** Replaces each {name} by its value in the same language; an unknown name is a bug in the bank. */
    static RuEn substitute(RuEn template, Map<String, RuEn> values) {
        return new RuEn(substitute(template.ru(), values, Language.RU), substitute(template.en(), values, Language.EN));
    }

    private static String substitute(String template, Map<String, RuEn> values, Language language) {
        StringBuilder out = new StringBuilder(template.length() + 32);
        int from = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
            int close = template.indexOf('}', open);
            String name = template.substring(open + 1, close);
            RuEn value = values.get(name);
            if (value == null) {
                throw new IllegalStateException("no value for {" + name + "} in: " + template);
            }
            out.append(template, from, open).append(value.in(language));
            from = close + 1;
        }
        return out.append(template, from, template.length()).toString();
    }

    /** Hands out the items of a list in a random order, reshuffling only when all have been used. */
    private final class Deck<T> {
        private final List<T> items;
        private int next;

        Deck(List<T> items) {
            this.items = new ArrayList<>(items);
            Collections.shuffle(this.items, random);
        }

        T next() {
            if (next == items.size()) {
                Collections.shuffle(items, random);
                next = 0;
            }
            return items.get(next++);
        }
    }

    /** The two bodies being written, block by block, with their word counts. */
    private static final class Draft {
        private final StringBuilder ru = new StringBuilder();
        private final StringBuilder en = new StringBuilder();
        private int ruWords;
        private int enWords;

        void heading(RuEn heading) {
            block(new RuEn("## " + heading.ru(), "## " + heading.en()));
        }

        void paragraph(List<RuEn> sentences) {
            StringBuilder ruText = new StringBuilder();
            StringBuilder enText = new StringBuilder();
            for (RuEn sentence : sentences) {
                ruText.append(ruText.length() == 0 ? "" : " ").append(sentence.ru());
                enText.append(enText.length() == 0 ? "" : " ").append(sentence.en());
            }
            block(new RuEn(ruText.toString(), enText.toString()));
        }

        void block(RuEn text) {
            ru.append(ru.length() == 0 ? "" : "\n\n").append(text.ru());
            en.append(en.length() == 0 ? "" : "\n\n").append(text.en());
            ruWords += countWords(text.ru());
            enWords += countWords(text.en());
        }

        /** The mean of the two languages, so that neither runs far past the usual length. */
        int words() {
            return (ruWords + enWords) / 2;
        }

        RuEn text() {
            return new RuEn(ru + "\n", en + "\n");
        }

        /** Words as a reader counts them: whitespace-separated tokens with a letter or digit ("##" is none). */
        private static int countWords(String text) {
            int words = 0;
            for (String token : text.split("\\s+")) {
                if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                    words++;
                }
            }
            return words;
        }
    }
}
