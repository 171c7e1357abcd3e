package org.labourrights.site.bench;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.labourrights.site.model.EventType;

/**
 * The fixed material synthetic cases and campaigns are made of: names, roles, charges, the text of
 * each kind of event, demands and addressees, in parallel Russian and English, written the way the
 * real case files in content/cases/ are.
 *
 * <p>Two kinds of placeholder. {@code {his|her}} gives the first word for a man (and for an
 * organisation) and the second for a woman: Russian past tenses and participles agree with the
 * person ("задержан", "задержана"). The other placeholders ({in_city}, {years}, {article}…) are
 * filled by {@link BodyComposer#substitute}. Names are only ever used in the nominative (or after a
 * colon, or in quotes), so that no Russian name needs declining.
 */
final class CaseBank {

    private CaseBank() {
    }

    /** A first name and a surname; a woman's surname is the man's with -а/-a (Нурланов, Нурланова). */
    record Name(String ru, String en) { }

    static final List<Name> MEN = List.of(
            n("Ержан", "Erzhan"), n("Нурлан", "Nurlan"), n("Асхат", "Askhat"), n("Бахтияр", "Bakhtiyar"),
            n("Тимур", "Timur"), n("Алибек", "Alibek"), n("Санжар", "Sanzhar"), n("Азамат", "Azamat"),
            n("Рустам", "Rustam"), n("Улугбек", "Ulugbek"), n("Фаррух", "Farrukh"), n("Дильшод", "Dilshod"),
            n("Бакыт", "Bakyt"), n("Марат", "Marat"), n("Кайрат", "Kairat"), n("Сергей", "Sergei"),
            n("Андрей", "Andrei"), n("Дмитрий", "Dmitry"), n("Александр", "Alexander"), n("Батбаяр", "Batbayar"));

    static final List<Name> WOMEN = List.of(
            n("Айгуль", "Aigul"), n("Гульнара", "Gulnara"), n("Динара", "Dinara"), n("Жанар", "Zhanar"),
            n("Лариса", "Larisa"), n("Наталья", "Natalya"), n("Мадина", "Madina"), n("Зарина", "Zarina"),
            n("Нигора", "Nigora"), n("Айжан", "Aizhan"), n("Роза", "Rosa"), n("Елена", "Elena"),
            n("Ольга", "Olga"), n("Сауле", "Saule"), n("Малика", "Malika"), n("Феруза", "Feruza"),
            n("Гульмира", "Gulmira"), n("Асель", "Assel"), n("Татьяна", "Tatyana"), n("Ирина", "Irina"));

    static final List<Name> SURNAMES = List.of(
            n("Нурланов", "Nurlanov"), n("Сапаров", "Saparov"), n("Ахметов", "Akhmetov"), n("Исмаилов", "Ismailov"),
            n("Каримов", "Karimov"), n("Рахимов", "Rakhimov"), n("Юсупов", "Yusupov"), n("Абдуллаев", "Abdullayev"),
            n("Есенов", "Yessenov"), n("Токтогулов", "Toktogulov"), n("Мамытов", "Mamytov"), n("Жумабаев", "Zhumabayev"),
            n("Сейткалиев", "Seitkaliyev"), n("Омаров", "Omarov"), n("Алиев", "Aliyev"), n("Турсунов", "Tursunov"),
            n("Холматов", "Kholmatov"), n("Назаров", "Nazarov"), n("Бердыев", "Berdyev"), n("Ковалёв", "Kovalyov"),
            n("Соколов", "Sokolov"), n("Морозов", "Morozov"), n("Павлов", "Pavlov"), n("Кузнецов", "Kuznetsov"),
            n("Ганиев", "Ganiyev"), n("Кадыров", "Kadyrov"), n("Шарипов", "Sharipov"), n("Мирзоев", "Mirzoyev"));

    /**
     * Other spellings of English names met in the press, for a case's {@code variants}: the first
     * of these replacements (regular expressions) that changes the name gives the variant.
     */
    static final List<Map.Entry<String, String>> SPELLINGS = List.of(
            Map.entry("Zh", "J"), Map.entry("kh", "h"), Map.entry("ayev\\b", "aev"), Map.entry("iyev\\b", "iev"),
            Map.entry("Ye", "E"), Map.entry("ov\\b", "off"), Map.entry("y", "i"));

    static final List<RuEn> ROLES = List.of(
            b("председатель независимого профсоюза", "chair of an independent trade union"),
            b("{профсоюзный активист|профсоюзная активистка}", "trade union activist"),
            b("юрист профсоюза", "trade union lawyer"),
            b("{член|член} забастовочного комитета", "member of the strike committee"),
            b("{рабочий-нефтяник|работница нефтяной компании}", "oil worker"),
            b("{правозащитник|правозащитница}", "human rights defender"),
            b("{журналист|журналистка}, {писавший|писавшая} о трудовых конфликтах", "journalist covering labour disputes"),
            b("{организатор|организатор} движения трудовых мигрантов", "organiser of the migrant workers' movement"));

    /** What an organisation's name is made of: "Независимый профсоюз нефтяников (Актау)". */
    static final List<RuEn> INDUSTRIES = List.of(
            b("нефтяников", "Oil Workers'"), b("горняков", "Miners'"), b("работников здравоохранения", "Health Workers'"),
            b("учителей", "Teachers'"), b("строителей", "Construction Workers'"), b("железнодорожников", "Railway Workers'"),
            b("работников торговли", "Retail Workers'"), b("энергетиков", "Energy Workers'"),
            b("металлургов", "Metalworkers'"), b("курьеров", "Couriers'"));

    static final List<RuEn> UNION_FORMS = List.of(
            b("Независимый профсоюз {industry}", "Independent {industry} Union"),
            b("Профсоюз {industry}", "{industry} Union"),
            b("Объединение {industry}", "{industry} Association"),
            b("Конфедерация профсоюзов {industry}", "Confederation of {industry} Unions"));

    /** A charge: article, part (may be empty) and wording, as in the real files. */
    record ChargeWords(String article, String part, RuEn wording) { }

    static final List<ChargeWords> CHARGES = List.of(
            new ChargeWords("174", "2", b("«Разжигание социальной розни»", "“Inciting social discord”")),
            new ChargeWords("402", "", b("«Призывы к продолжению участия в забастовке, признанной судом незаконной»",
                    "“Calls to continue a strike ruled illegal by a court”")),
            new ChargeWords("400", "1", b("«Нарушение порядка организации мирного собрания»",
                    "“Violating the procedure for organising a peaceful assembly”")),
            new ChargeWords("189", "3", b("«Присвоение или растрата вверенного чужого имущества»",
                    "“Misappropriation or embezzlement of entrusted property”")),
            new ChargeWords("190", "2", b("«Мошенничество»", "“Fraud”")),
            new ChargeWords("245", "", b("«Уклонение от уплаты налогов»", "“Tax evasion”")),
            new ChargeWords("405", "2", b("«Участие в деятельности организации, запрещённой судом»",
                    "“Taking part in the activities of an organisation banned by a court”")));

    /** The text of each kind of event in a person's case. */
    static final Map<EventType, List<RuEn>> PERSON_EVENTS = Map.ofEntries(
            Map.entry(EventType.ARREST, List.of(
                    b("{Задержан|Задержана} {in_city} сотрудниками полиции после выступления на собрании работников.",
                            "Detained {in_city} by the police after speaking at a workers' meeting."),
                    b("{Арестован|Арестована} по подозрению в организации незаконной забастовки.",
                            "Arrested on suspicion of organising an illegal strike."),
                    b("Ночью в {его|её} доме прошёл обыск; {его|её} доставили в отдел полиции и не допустили к {нему|ней} адвоката.",
                            "At night {his|her} home was searched; {he|she} was taken to a police station and denied access to a lawyer."))),
            Map.entry(EventType.CHARGE, List.of(
                    b("Предъявлено обвинение по статье {article} Уголовного кодекса: {charge}.",
                            "Charged under Article {article} of the Criminal Code: {charge}."))),
            Map.entry(EventType.INVESTIGATION, List.of(
                    b("Следствие продлено ещё на {months}; всё это время {он|она} остаётся под домашним арестом.",
                            "The investigation was extended by {months}; throughout that time {he|she} remains under house arrest."),
                    b("Следователи допросили в качестве свидетелей {witnesses}.",
                            "Investigators questioned {witnesses} as witnesses."))),
            Map.entry(EventType.TRIAL, List.of(
                    b("В суде {in_city} начался процесс; заседания проходят в закрытом режиме.",
                            "The trial began at a court {in_city}; the hearings are held behind closed doors."),
                    b("Начался судебный процесс. Наблюдателей Миссии не допустили в зал суда.",
                            "The trial began. The Mission's observers were not admitted to the courtroom."))),
            Map.entry(EventType.SENTENCE, List.of(
                    b("Суд {in_city} вынес приговор: {years} лишения свободы.",
                            "A court {in_city} handed down a sentence of {years} in prison."))),
            Map.entry(EventType.APPEAL, List.of(
                    b("Апелляционная инстанция оставила приговор без изменения.", "The appeal court upheld the sentence."),
                    b("Защита подала апелляционную жалобу; рассмотрение отложено.",
                            "The defence filed an appeal; the hearing was postponed."))),
            Map.entry(EventType.IMPRISONMENT, List.of(
                    b("{Этапирован|Этапирована} в исправительное учреждение за сотни километров от семьи.",
                            "Transferred to a penal colony hundreds of kilometres from {his|her} family."),
                    b("Отбывает наказание в колонии общего режима.", "Serving the sentence in a general-regime penal colony."))),
            Map.entry(EventType.RELEASE, List.of(
                    b("{Освобождён|Освобождена} из-под стражи.", "Released from custody."),
                    b("{Освобождён|Освобождена} условно-досрочно.", "Released on parole."))),
            Map.entry(EventType.PARDON, List.of(
                    b("{Помилован|Помилована} указом президента.", "Pardoned by presidential decree."))),
            Map.entry(EventType.ACQUITTAL, List.of(
                    b("Суд {in_city} вынес оправдательный приговор.", "A court {in_city} acquitted {him|her}."))),
            Map.entry(EventType.REHABILITATION, List.of(
                    b("Верховный суд отменил приговор; {он|она} {реабилитирован|реабилитирована}.",
                            "The Supreme Court quashed the sentence; {he|she} has been rehabilitated."))),
            Map.entry(EventType.DEATH, List.of(
                    b("{Скончался|Скончалась} в заключении; обстоятельства смерти не расследованы.",
                            "Died in custody; the circumstances of the death have not been investigated."))),
            Map.entry(EventType.TORTURE_ALLEGATION, List.of(
                    b("Адвокат сообщил о побоях и угрозах в месте заключения.",
                            "The lawyer reported beatings and threats in detention."))),
            Map.entry(EventType.PROTEST, List.of(
                    b("{Выступил|Выступила} на мирном собрании работников {in_city}.", "Spoke at a peaceful workers' rally {in_city}."))),
            Map.entry(EventType.STRIKE, List.of(
                    b("{Участвовал|Участвовала} в забастовке работников предприятия {in_city}, продолжавшейся {days}.",
                            "Took part in a strike of the workers of an enterprise {in_city}, which lasted {days}."))),
            Map.entry(EventType.STATEMENT, List.of(
                    b("Миссия выступила с заявлением в поддержку {активиста|активистки} и потребовала прекратить преследование.",
                            "The Mission issued a statement in support of the activist and called for an end to the persecution."))),
            Map.entry(EventType.OTHER, List.of(
                    b("{Его|Её} семья сообщила, что связь с {ним|ней} потеряна.",
                            "{His|Her} family reported that contact with {him|her} has been lost."))));

    /** The sentence event of a case whose status is "restricted": freedom restricted, not taken. */
    static final RuEn RESTRICTION = b(
            "Суд {in_city} вынес приговор: {years} ограничения свободы и запрет заниматься профсоюзной деятельностью.",
            "A court {in_city} sentenced {him|her} to {years} of restricted freedom and banned {him|her} from trade union activity.");

    /** The text of each kind of event in an organisation's case. */
    static final Map<EventType, List<RuEn>> ORGANISATION_EVENTS = Map.of(
            EventType.INVESTIGATION, List.of(b("Прокуратура провела проверку деятельности организации.",
                    "The prosecutor's office inspected the organisation's activities.")),
            EventType.TRIAL, List.of(b("Министерство юстиции подало иск о ликвидации организации.",
                    "The Ministry of Justice filed a lawsuit to dissolve the organisation.")),
            EventType.DISSOLUTION, List.of(b("Суд {in_city} постановил ликвидировать организацию.",
                    "A court {in_city} ordered the organisation to be dissolved.")),
            EventType.APPEAL, List.of(b("Апелляционный суд оставил решение о ликвидации в силе.",
                    "The appeal court upheld the decision to dissolve the organisation.")),
            EventType.STRIKE, List.of(b("Организация провела забастовку, продолжавшуюся {days}.",
                    "The organisation held a strike that lasted {days}.")),
            EventType.PROTEST, List.of(b("Члены организации провели пикет {in_city}.",
                    "Members of the organisation held a picket {in_city}.")),
            EventType.STATEMENT, List.of(b("Миссия потребовала прекратить давление на организацию.",
                    "The Mission called for an end to the pressure on the organisation.")),
            EventType.OTHER, List.of(b("Регистрация организации приостановлена.",
                    "The organisation's registration was suspended.")));

    static final List<RuEn> PERSON_DEMANDS = List.of(
            b("Немедленно освободить {его|её}.", "Immediately release {him|her}."),
            b("Отменить приговор и прекратить уголовное преследование.", "Overturn the sentence and end the criminal prosecution."),
            b("Снять с {него|неё} все ограничения на занятие профсоюзной деятельностью.",
                    "Lift all restrictions on {his|her} trade union activities."),
            b("Провести беспристрастное расследование сообщений о пытках.", "Carry out an impartial investigation of the reports of torture."),
            b("Обеспечить {ему|ей} доступ к адвокату по {его|её} выбору.", "Ensure {he|she} has access to a lawyer of {his|her} choice."));

    static final List<RuEn> ORGANISATION_DEMANDS = List.of(
            b("Отменить судебное решение о ликвидации организации.", "Reverse the court decision to dissolve the organisation."),
            b("Восстановить регистрацию организации.", "Restore the organisation's registration."),
            b("Прекратить вмешательство властей во внутренние дела профсоюза.",
                    "End the authorities' interference in the union's internal affairs."));

    static final List<RuEn> SOURCE_NOTES = List.of(
            b("Задержание и предъявленные обвинения.", "The arrest and the charges."),
            b("Ход судебного процесса и приговор.", "The trial and the sentence."),
            b("Требования Миссии по этому делу.", "The Mission's demands in this case."),
            b("Условия содержания под стражей.", "The conditions of detention."));

    static final List<RuEn> AFFILIATES = List.of(
            b("Профсоюз работников социально-бытовой сферы", "Social and Domestic Workers' Union"),
            b("Профсоюз работников нефтяной и энергетической отраслей", "Oil and Energy Workers' Union"),
            b("Профсоюз работников здравоохранения и социального развития", "Health and Social Development Workers' Union"),
            b("Профсоюз работников транспорта", "Transport Workers' Union"));

    /** Closed campaigns say how they ended. */
    static final List<RuEn> OUTCOMES = List.of(
            b("Суд смягчил приговор; Миссия продолжает следить за делом.",
                    "The court reduced the sentence; the Mission continues to follow the case."),
            b("Преследование прекращено, обвинения сняты.", "The prosecution has ended and the charges were dropped."),
            b("Кампания завершена: {он|она} на свободе.", "The campaign has ended: {he|she} is free."));

    /** A pseudonym's mark, so that no reader takes it for the person's real name. */
    static final RuEn PSEUDONYM = b("{name} (имя изменено)", "{name} (name changed)");

    private static final Pattern CHOICE = Pattern.compile("\\{([^{}|]*)\\|([^{}|]*)}");

    /** Picks each {@code {man|woman}} alternative of both texts; organisations take the first. */
    static RuEn forGender(RuEn text, boolean female) {
        return new RuEn(forGender(text.ru(), female), forGender(text.en(), female));
    }

    private static String forGender(String text, boolean female) {
        Matcher m = CHOICE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(female ? m.group(2) : m.group(1)));
        }
        return m.appendTail(out).toString();
    }

    private static Name n(String ru, String en) {
        return new Name(ru, en);
    }

    private static RuEn b(String ru, String en) {
        return new RuEn(ru, en);
    }
}
