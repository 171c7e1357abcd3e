package org.labourrights.site.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.labourrights.site.model.CaseStatus;
import org.labourrights.site.model.Language;

/**
 * Decides the synthetic solidarity campaigns: one for each of some cases still in trouble
 * (spread evenly over the case list), sometimes joined by a second case of the same country;
 * three in four still open. A campaign's letter and page name the person, so only cases whose
 * name is published in full get one.
 */
final class CampaignPlanner {

    /** Where a campaign can still change something. */
    private static final List<CaseStatus> WORTH_A_CAMPAIGN = List.of(CaseStatus.DETAINED,
            CaseStatus.UNDER_INVESTIGATION, CaseStatus.ON_TRIAL, CaseStatus.SENTENCED, CaseStatus.IMPRISONED,
            CaseStatus.RESTRICTED, CaseStatus.DISSOLVED);

    /** Campaign topics, if the vocabulary has them. */
    private static final List<String> TOPICS = List.of("political-prisoners", "persecution-of-activists",
            "trade-unions", "freedom-of-association", "strikes");

    private static final String ILO_ADDRESS = "4 route des Morillons, CH-1211 Genève 22, Switzerland";

    private final Draws draw;
    private final List<String> tags;

    CampaignPlanner(Draws draw, List<String> tagKeys) {
        this.draw = draw;
        List<String> topics = TOPICS.stream().filter(tagKeys::contains).toList();
        this.tags = topics.isEmpty() ? List.copyOf(tagKeys) : topics;
    }

    List<PlannedCampaign> plan(List<PlannedCase> cases, int count) {
        List<PlannedCase> named = cases.stream().filter(PlannedCase::showsFullName).toList();
        List<PlannedCase> candidates = new ArrayList<>(named.stream()
                .filter(c -> WORTH_A_CAMPAIGN.contains(c.status())).toList());
        named.stream().filter(c -> !candidates.contains(c)).forEach(candidates::add);
        if (candidates.size() < count) {
            throw new IllegalStateException(count + " campaigns need as many cases shown by full name; there are "
                    + candidates.size());
        }
        List<PlannedCampaign> campaigns = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            PlannedCase subject = candidates.get((int) ((long) i * candidates.size() / count));
            campaigns.add(campaign(i, subject, named));
        }
        return campaigns;
    }

    private PlannedCampaign campaign(int index, PlannedCase subject, List<PlannedCase> named) {
        List<PlannedCase> cases = new ArrayList<>(List.of(subject));
        if (draw.percent(20)) {
            named.stream().filter(c -> c != subject && c.country() == subject.country()).findFirst().ifPresent(cases::add);
        }
        LocalDate opens = LocalDate.of(2018, 1, 1).plusDays(draw.below(8 * 365));
        LocalDate closes = draw.percent(25) ? opens.plusDays(60 + draw.below(400)) : null;
        RuEn outcome = closes == null ? null : CaseBank.forGender(
                draw.pick(subject.person() ? CaseBank.OUTCOMES : CaseBank.OUTCOMES.subList(0, 2)), subject.female());
        Map<String, RuEn> words = Map.of(
                "name", subject.name(),
                "country", subject.country().name(),
                "country_gen", new RuEn(subject.country().ruGenitive(), subject.country().name().en()));
        return new PlannedCampaign(
                (subject.person() ? "free-" : "defend-") + subject.id(),
                index % 2 == 0 ? Language.RU : Language.EN,
                cases,
                draw.some(tags, 1 + draw.below(3)),
                opens.toString(),
                closes == null ? null : closes.toString(),
                outcome,
                addressees(subject.country()),
                draw.percent(50) ? 10 + draw.below(4000) : null,
                fill("Кампания солидарности: {name}", "Solidarity campaign: {name}", words),
                fill("Напишите властям {country_gen} и потребуйте справедливости по делу «{name}».",
                        "Write to the authorities of {country} and demand justice in the case of {name}.", words),
                fill("Дело «{name}»: требуем справедливости", "The case of {name}: we demand justice", words),
                letter(subject, words),
                body(subject, words));
    }

    /** The government always; the prosecutor and the ILO sometimes, with what is known of them. */
    private List<PlannedCampaign.Addressee> addressees(CountryWords country) {
        List<PlannedCampaign.Addressee> addressees = new ArrayList<>();
        addressees.add(new PlannedCampaign.Addressee(new RuEn("Правительство " + country.ruGenitive(),
                "The Government of " + country.name().en()), null, null, null));
        if (draw.percent(50)) {
            // A reserved example domain: a benchmark must not send anyone's real address around.
            addressees.add(new PlannedCampaign.Addressee(new RuEn("Генеральная прокуратура " + country.ruGenitive(),
                    "The Office of the Prosecutor General of " + country.name().en()), null, null,
                    "appeals." + country.code().toLowerCase(Locale.ROOT) + "@example.org"));
        }
        if (draw.percent(30)) {
            addressees.add(new PlannedCampaign.Addressee(
                    new RuEn("Международная организация труда", "International Labour Organization"),
                    new RuEn("Департамент международных трудовых норм", "International Labour Standards Department"),
                    ILO_ADDRESS, null));
        }
        return addressees;
    }

    /** The letter visitors send: the case, its latest news, the demands, one line each paragraph. */
    private static RuEn letter(PlannedCase subject, Map<String, RuEn> words) {
        RuEn opening = fill("Уважаемые представители власти!\n\nОбращаюсь к вам по делу «{name}».",
                "Dear Sir or Madam,\n\nI am writing to you about the case of {name}.", words);
        StringBuilder ru = new StringBuilder(opening.ru());
        StringBuilder en = new StringBuilder(opening.en());
        if (!subject.events().isEmpty()) {
            RuEn latest = subject.events().get(subject.events().size() - 1).text();
            ru.append(' ').append(latest.ru());
            en.append(' ').append(latest.en());
        }
        if (!subject.demands().isEmpty()) {
            ru.append("\n\nПризываю вас:");
            en.append("\n\nI call on you to:");
            for (RuEn demand : subject.demands()) {
                ru.append("\n— ").append(demand.ru());
                en.append("\n— ").append(demand.en());
            }
        }
        ru.append("\n\nВместе с Международной мониторинговой миссией по трудовым правам в Центральной Азии прошу вас"
                + " положить конец преследованию за профсоюзную деятельность.");
        en.append("\n\nTogether with the International Labour Rights Monitoring Mission in Central Asia, I ask you to"
                + " end the persecution of trade union activity.");
        return new RuEn(ru.toString(), en.toString());
    }

    /** The page's text: why the campaign, what happened, and links to the case and a document about it. */
    private static RuEn body(PlannedCase subject, Map<String, RuEn> words) {
        RuEn opening = fill("Международная мониторинговая миссия по трудовым правам в Центральной Азии"
                        + " начинает кампанию солидарности по делу «{name}».",
                "The International Labour Rights Monitoring Mission in Central Asia"
                        + " is starting a solidarity campaign in the case of {name}.", words);
        StringBuilder ru = new StringBuilder(opening.ru());
        StringBuilder en = new StringBuilder(opening.en());
        List<PlannedCase.Event> events = subject.events();
        if (!events.isEmpty()) {
            ru.append("\n\n");
            en.append("\n\n");
            for (PlannedCase.Event event : events.subList(Math.max(0, events.size() - 3), events.size())) {
                ru.append(event.text().ru()).append(' ');
                en.append(event.text().en()).append(' ');
            }
            ru.setLength(ru.length() - 1);
            en.setLength(en.length() - 1);
        }
        PlannedPair document = subject.documents().get(0);
        ru.append("\n\nПодробнее — в документе [").append(document.title(Language.RU)).append("](")
                .append(document.url(Language.RU)).append(") и на [странице дела](/ru/cases/").append(subject.id()).append("/).\n");
        en.append("\n\nMore in [").append(document.title(Language.EN)).append("](").append(document.url(Language.EN))
                .append(") and on [the page of the case](/en/cases/").append(subject.id()).append("/).\n");
        return new RuEn(ru.toString(), en.toString());
    }

    private static RuEn fill(String ru, String en, Map<String, RuEn> words) {
        return BodyComposer.substitute(new RuEn(ru, en), words);
    }
}
