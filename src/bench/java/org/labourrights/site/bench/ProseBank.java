package org.labourrights.site.bench;

import java.util.List;
import java.util.Map;
import org.labourrights.site.model.Section;

/**
 * The fixed material the synthetic documents are made of: parallel Russian and English sentences,
 * headings, list items and title topics about the Mission's subjects. The text is realistic on
 * purpose: Cyrillic, typographic quotes, long words and Russian inflection exercise the Markdown
 * renderer, the HTML escaping and the output size the way the real documents do.
 *
 * <p>Placeholders in braces are filled per sentence by {@link BodyComposer}: {country}, {country_gen}
 * (Russian genitive), {in_country}, {in_city}, {year}, and the counted phrases {workers}, {days},
 * {cases}, {lawsuits}. The counted nouns are used only where Russian takes the nominative or
 * accusative form that {@link RussianPlural} produces.
 */
final class ProseBank {

    private ProseBank() {
    }

    /** A subject a document is about: its words for the title, and its part of the file name. */
    record Topic(String slug, RuEn words) { }

    static final List<CountryWords> COUNTRIES = List.of(
            CountryWords.of("KZ", "Kazakhstan", "Казахстан", "Казахстана", "в Казахстане", "Almaty", "Алматы", "в Алматы"),
            CountryWords.of("KG", "Kyrgyzstan", "Кыргызстан", "Кыргызстана", "в Кыргызстане", "Bishkek", "Бишкек", "в Бишкеке"),
            CountryWords.of("UZ", "Uzbekistan", "Узбекистан", "Узбекистана", "в Узбекистане", "Tashkent", "Ташкент", "в Ташкенте"),
            CountryWords.of("TJ", "Tajikistan", "Таджикистан", "Таджикистана", "в Таджикистане", "Dushanbe", "Душанбе", "в Душанбе"),
            CountryWords.of("TM", "Turkmenistan", "Туркменистан", "Туркменистана", "в Туркменистане", "Ashgabat", "Ашхабад", "в Ашхабаде"),
            CountryWords.of("BY", "Belarus", "Беларусь", "Беларуси", "в Беларуси", "Minsk", "Минск", "в Минске"),
            CountryWords.of("RU", "Russia", "Россия", "России", "в России", "Moscow", "Москва", "в Москве"),
            CountryWords.of("MN", "Mongolia", "Монголия", "Монголии", "в Монголии", "Ulaanbaatar", "Улан-Батор", "в Улан-Баторе"));

    /** Where a document about several countries takes place, for its title. */
    static final RuEn IN_REGION = new RuEn("в Центральной Азии", "in Central Asia");

    /** The word a title starts with in each section; news items have none. */
    static final Map<Section, RuEn> KINDS = Map.of(
            Section.RESOLUTIONS, new RuEn("Резолюция", "Resolution"),
            Section.STATEMENTS, new RuEn("Заявление", "Statement"),
            Section.DECLARATIONS, new RuEn("Декларация", "Declaration"),
            Section.REPORTS, new RuEn("Доклад", "Report"));

    static final List<Topic> TOPICS = List.of(
            topic("persecution-of-activists", "преследование профсоюзных активистов", "persecution of trade union activists"),
            topic("right-to-strike", "право на забастовку", "the right to strike"),
            topic("migrant-workers", "положение трудовых мигрантов", "the situation of migrant workers"),
            topic("forced-labour-cotton", "принудительный труд на хлопковой страде", "forced labour in the cotton harvest"),
            topic("wage-arrears", "задолженность по заработной плате на промышленных предприятиях",
                    "wage arrears at industrial enterprises"),
            topic("trade-union-law", "новый закон о профессиональных союзах", "the new law on trade unions"),
            topic("mining-safety", "охрана труда в горнодобывающей отрасли", "occupational safety in the mining industry"),
            topic("womens-labour-rights", "трудовые права женщин", "women's labour rights"),
            topic("trial-of-union-leaders", "судебный процесс над лидерами профсоюза", "the trial of trade union leaders"),
            topic("freedom-of-association", "свобода объединения", "freedom of association"),
            topic("platform-workers", "платформенная занятость и права курьеров", "platform work and the rights of couriers"),
            topic("social-dialogue", "социальный диалог и коллективные переговоры", "social dialogue and collective bargaining"),
            topic("child-labour", "детский труд в сельском хозяйстве", "child labour in agriculture"),
            topic("union-liquidation", "ликвидация независимых профсоюзов", "the liquidation of independent trade unions"));

    static final List<RuEn> SENTENCES = List.of(
            s("Миссия получила сообщения о том, что около {workers} горнодобывающего предприятия {in_city} несколько месяцев не получали заработную плату.",
              "The Mission received reports that around {workers} at a mining enterprise {in_city} had not been paid their wages for several months."),
            s("Забастовка продолжалась {days}, и всё это время работодатель отказывался вступать в переговоры с представителями работников.",
              "The strike lasted {days}, and throughout that time the employer refused to enter into negotiations with the workers' representatives."),
            s("Независимые профсоюзы {in_country} по-прежнему сталкиваются с препятствиями при регистрации, которые власти объясняют формальными недостатками в документах.",
              "Independent trade unions {in_country} continue to face obstacles to registration, which the authorities justify by formal defects in their documents."),
            s("За отчётный период правозащитники зафиксировали {cases} давления на профсоюзных активистов.",
              "Over the reporting period, human rights defenders documented {cases} of pressure on trade union activists."),
            s("Суд признал законным увольнение лидера профсоюза, хотя защита представила доказательства того, что увольнение было связано с его профсоюзной деятельностью.",
              "The court upheld the dismissal of the union leader, although the defence presented evidence that the dismissal was linked to his trade union activities."),
            s("Трудовые мигранты из {country_gen} часто работают без письменных договоров и не могут защитить свои права в суде.",
              "Migrant workers from {country} often work without written contracts and cannot defend their rights in court."),
            s("Комитет МОТ по свободе объединения неоднократно призывал правительство привести закон о профессиональных союзах в соответствие с Конвенцией № 87.",
              "The ILO Committee on Freedom of Association has repeatedly called on the government to bring the law on trade unions into line with Convention No. 87."),
            s("Участники встречи подчеркнули, что без независимых профсоюзов невозможен подлинный социальный диалог.",
              "Participants in the meeting stressed that without independent trade unions there can be no genuine social dialogue."),
            s("В {year} году поправки в Трудовой кодекс были приняты без общественного обсуждения и без консультаций с организациями трудящихся.",
              "In {year}, amendments to the Labour Code were adopted without any public discussion and without consultations with workers' organisations."),
            s("Наименее защищёнными остаются женщины, занятые в неформальной экономике: им отказывают в пособиях по беременности и родам и в оплачиваемом отпуске.",
              "Women employed in the informal economy are the least protected: they are denied maternity benefits and paid leave."),
            s("Активистов стачечного комитета вызывали в прокуратуру на \"профилактические беседы\" и предупреждали об уголовной ответственности.",
              "Activists of the strike committee were summoned to the prosecutor's office for \"preventive conversations\" and warned of criminal liability."),
            s("По мнению профсоюза, аварию на заводе можно было предотвратить, если бы работодатель соблюдал элементарные требования охраны труда.",
              "According to the trade union, the accident at the plant could have been prevented if the employer had complied with basic safety requirements."),
            s("Несколько сотен рабочих собрались у здания администрации {in_city}, требуя погасить задолженность по заработной плате.",
              "Several hundred workers gathered outside the administration building {in_city} to demand the payment of wage arrears."),
            s("Вместо переговоров руководство вызвало полицию, и лидеры протеста были задержаны на несколько часов.",
              "Instead of negotiating, the management called the police, and the leaders of the protest were detained for several hours."),
            s("Апелляционный суд смягчил приговор, однако оставил в силе запрет на занятие профсоюзной деятельностью сроком на пять лет.",
              "The appeal court reduced the sentence but left the five-year ban on trade union activity in force."),
            s("Миссия призывает власти {country_gen} освободить всех, кто лишён свободы за мирную профсоюзную деятельность.",
              "The Mission calls on the authorities of {country} to release everyone deprived of liberty for peaceful trade union activity."),
            s("Платформенные работники, например курьеры и водители такси, формально считаются самозанятыми и лишены доступа к коллективным переговорам.",
              "Platform workers, such as couriers and taxi drivers, are formally regarded as self-employed and have no access to collective bargaining."),
            s("Во время хлопковой страды учителей и врачей вновь отправляли на поля, что МОТ расценивает как форму принудительного труда.",
              "During the cotton harvest, teachers and doctors were again sent to the fields, which the ILO regards as a form of forced labour."),
            s("Новый закон требует, чтобы каждый отраслевой профсоюз имел членов как минимум в половине регионов, — условие, невыполнимое для небольших профсоюзов.",
              "The new law requires every sectoral union to have members in at least half of the regions, a condition that small unions cannot meet."),
            s("Адвокаты работников подали {lawsuits} о незаконном увольнении, однако большинство из них было отклонено в первой инстанции.",
              "Lawyers for the workers filed {lawsuits} over unlawful dismissal, but most of them were rejected at first instance."),
            s("Банковские счета профсоюза были заблокированы в тот же день, когда была объявлена забастовка.",
              "The union's bank accounts were frozen on the very day the strike was announced."),
            s("Представители профсоюзов {country_gen} поделились опытом организации работников на малых и средних предприятиях.",
              "Representatives of the trade unions of {country} shared their experience of organising workers at small and medium-sized enterprises."),
            s("Дети из малообеспеченных семей по-прежнему привлекаются к сезонным сельскохозяйственным работам, нередко в ущерб учёбе.",
              "Children from low-income families are still involved in seasonal agricultural work, often at the expense of their schooling."),
            s("Мониторинг показал, что работодатели всё чаще прибегают к срочным трудовым договорам, чтобы уклониться от обязательств по коллективным договорам.",
              "The monitoring showed that employers increasingly use fixed-term contracts to avoid their obligations under collective agreements."),
            s("Во время пандемии тысячи трудовых мигрантов оказались заблокированы на границе без средств к существованию и без медицинской помощи.",
              "During the pandemic, thousands of migrant workers were left stranded at the border without income or medical care."),
            s("Подконтрольная государству федерация профсоюзов публично поддержала позицию работодателя и осудила забастовку как незаконную.",
              "The state-controlled federation of trade unions publicly supported the employer's position and condemned the strike as illegal."),
            s("Свидетели заявили в суде, что признательные показания были получены под пытками, однако судья отказался проверять эти заявления.",
              "Witnesses told the court that the confessions had been obtained under torture, yet the judge refused to examine these claims."),
            s("Членов профсоюза {in_city} принуждали выйти из профсоюза и вступить в организацию, лояльную руководству.",
              "Trade union members {in_city} were pressured to leave the union and join an organisation loyal to the management."),
            s("Наблюдатели Миссии присутствовали на судебных заседаниях и отметили многочисленные нарушения права на справедливое судебное разбирательство.",
              "The Mission's observers attended the hearings and noted numerous violations of the right to a fair trial."),
            s("Минимальная заработная плата {in_country} остаётся ниже прожиточного минимума, а задержки зарплаты в государственном секторе стали хроническими.",
              "The minimum wage {in_country} remains below the subsistence level, and wage arrears have become chronic in the public sector."),
            s("Участники договорились регулярно обмениваться информацией и координировать кампании солидарности в масштабах всего региона.",
              "The participants agreed to exchange information regularly and to coordinate solidarity campaigns across the whole region."),
            s("Медицинских работников, жаловавшихся на нехватку средств индивидуальной защиты, привлекали к дисциплинарной ответственности.",
              "Health workers who complained about the lack of personal protective equipment were subjected to disciplinary proceedings."),
            s("Право на забастовку формально гарантировано конституцией, но на практике установленная процедура делает законную забастовку почти невозможной.",
              "The right to strike is formally guaranteed by the constitution, but in practice the prescribed procedure makes a lawful strike almost impossible."),
            s("С {year} года суды не признали законной ни одной забастовки.",
              "Since {year}, the courts have not recognised a single strike as lawful."),
            s("Кадровые агентства нередко взимают с мигрантов плату, превышающую их заработок за первый месяц, и тем самым загоняют их в долговую кабалу.",
              "Recruitment agencies often charge migrants fees that exceed their first month's earnings, trapping them in debt bondage."),
            s("Адвоката профсоюза лишили лицензии вскоре после того, как она взялась за дело уволенных нефтяников.",
              "The union's lawyer was disbarred shortly after she took up the case of the dismissed oil workers."),
            s("Трёхсторонняя комиссия не собиралась более года, и профсоюзы лишены возможности влиять на установление минимальной заработной платы.",
              "The tripartite commission has not met for more than a year, and the trade unions have no say in setting the minimum wage."),
            s("У журналистов, освещавших забастовку, изъяли аппаратуру и не пустили их в город.",
              "Journalists who covered the strike had their equipment confiscated and were refused entry to the town."),
            s("Миссия напоминает, что свобода объединения — один из основополагающих принципов, которые обязано соблюдать каждое государство — член МОТ.",
              "The Mission recalls that freedom of association is one of the fundamental principles that every ILO member state is bound to respect."),
            s("Работницы текстильной фабрики {in_city} сообщили о принудительных сверхурочных, неоплачиваемых ночных сменах и штрафах за малейшие нарушения.",
              "Women workers at the textile factory {in_city} reported compulsory overtime, unpaid night shifts and fines for the slightest infraction."),
            s("Правозащитные организации направили совместное обращение Специальному докладчику ООН по вопросу о праве на свободу мирных собраний и ассоциации.",
              "Human rights organisations sent a joint appeal to the UN Special Rapporteur on the rights to freedom of peaceful assembly and of association."),
            s("Уголовное дело против лидеров профсоюза было возбуждено по статье о \"разжигании социальной розни\", которую регулярно применяют против активистов.",
              "The criminal case against the union leaders was brought under the article on \"inciting social discord\", which is routinely used against activists."),
            s("В {year} году по всему региону в протестах из-за заработной платы и условий труда приняли участие более {workers}.",
              "In {year}, more than {workers} across the region took part in protests over wages and working conditions."),
            s("Шахтёры, объявившие подземную голодовку, требовали повышения заработной платы и восстановления на работе уволенных коллег.",
              "Miners who staged an underground hunger strike demanded higher wages and the reinstatement of their dismissed colleagues."),
            s("Проверка выявила {cases} грубого нарушения правил охраны труда, однако наложенные штрафы оказались символическими.",
              "The inspection found {cases} of serious breaches of occupational safety rules, but the fines imposed were symbolic."));

    static final List<RuEn> HEADINGS = List.of(
            s("Предыстория", "Background"),
            s("Факты, установленные Миссией", "Facts established by the Mission"),
            s("Судебное разбирательство", "Court proceedings"),
            s("Позиция властей", "Position of the authorities"),
            s("Положение трудовых мигрантов", "Situation of migrant workers"),
            s("Права профсоюзов", "Trade union rights"),
            s("Условия труда", "Working conditions"),
            s("Международные стандарты", "International standards"),
            s("Рекомендации", "Recommendations"),
            s("Требования участников", "Demands of the participants"),
            s("Солидарность", "Solidarity"),
            s("Хронология событий", "Chronology of events"),
            s("Изменения в законодательстве", "Legislative changes"),
            s("Выводы", "Conclusions"));

    /** What introduces a list; every item below completes it in both languages. */
    static final List<RuEn> LIST_INTROS = List.of(
            s("Миссия призывает власти:", "The Mission calls on the authorities to:"),
            s("Участники требуют:", "The participants demand that the government:"),
            s("Правительству следует:", "The government should:"),
            s("Профсоюзы предлагают:", "The trade unions propose to:"));

    static final List<RuEn> LIST_ITEMS = List.of(
            s("освободить политзаключённых, осуждённых за профсоюзную деятельность", "release political prisoners convicted for trade union activity"),
            s("выполнять конвенции МОТ № 87 и № 98", "implement ILO Conventions Nos. 87 and 98"),
            s("отменить обязательное вхождение отраслевых профсоюзов в республиканские объединения",
              "repeal the compulsory affiliation of sectoral unions to national federations"),
            s("гарантировать трудовым мигрантам доступ к медицинской и юридической помощи",
              "guarantee migrant workers access to health care and legal aid"),
            s("расследовать все заявления о пытках и привлечь виновных к ответственности",
              "investigate every allegation of torture and bring those responsible to justice"),
            s("прекратить использование принудительного труда в сельском хозяйстве", "end the use of forced labour in agriculture"),
            s("восстановить на работе уволенных за участие в забастовках", "reinstate the workers dismissed for taking part in strikes"),
            s("полностью погасить задолженность по заработной плате", "pay all wage arrears in full"),
            s("включить независимые профсоюзы в состав трёхсторонней комиссии",
              "include independent trade unions in the tripartite commission"),
            s("прекратить преследование адвокатов, защищающих работников", "stop persecuting the lawyers who defend workers"),
            s("распространить трудовую защиту на платформенных работников", "extend labour protection to platform workers"),
            s("обеспечить равную оплату труда женщин и мужчин за труд равной ценности",
              "ensure equal pay for women and men for work of equal value"),
            s("допускать международных наблюдателей на судебные процессы над активистами",
              "admit international observers to the trials of activists"),
            s("упростить процедуру объявления законной забастовки", "simplify the procedure for calling a lawful strike"));

    static final RuEn TABLE_LEAD = s("В таблице ниже обобщены случаи, зафиксированные Миссией.",
            "The table below summarises the cases documented by the Mission.");
    static final RuEn TABLE_HEADER = s("| Страна | Зафиксировано случаев | Подано исков |",
            "| Country | Cases documented | Lawsuits filed |");
    static final RuEn TABLE_TOTAL = s("Всего", "Total");

    /**
     * {title} and {url} are the linked document's. Quotes are straight throughout the bank, as
     * editors type them: the renderer's typography makes them «ёлочки» or “curly quotes”.
     */
    static final RuEn SEE_ALSO = s("Ранее Миссия уже касалась смежных вопросов в материале \"[{title}]({url})\".",
            "The Mission addressed related issues earlier in \"[{title}]({url})\".");

    private static Topic topic(String slug, String ru, String en) {
        return new Topic(slug, new RuEn(ru, en));
    }

    private static RuEn s(String ru, String en) {
        return new RuEn(ru, en);
    }
}
