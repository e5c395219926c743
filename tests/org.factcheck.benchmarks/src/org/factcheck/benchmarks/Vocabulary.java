package org.factcheck.benchmarks;

import java.util.Random;

/**
 * The words, names and notes {@link CaseGenerator} builds its articles and case from: English, German, Russian and
 * Ukrainian vocabulary of the demo's subject, with the typography real articles have (curly and angle quotes, dashes,
 * emoji, currency), so the benchmark reads and writes text like a newsroom's.
 */
final class Vocabulary {

    static final String[] EN = words("the a of to in and said minister government border region "
            + "referendum troops ministry officials statement according report reports spokesperson Kremlin Moscow Kyiv "
            + "Ukraine Russia annexed annexation population consultations territory territories control army withdrawal "
            + "counteroffensive president press conference agency decree parliament vote law constitution sanctions "
            + "energy grain exports pipeline ceasefire negotiations talks humanitarian corridor evacuation shelling "
            + "infrastructure electricity winter prices inflation percent billion million week Monday Tuesday Wednesday "
            + "Thursday Friday weekend earlier later yesterday today officials confirmed denied claimed insisted "
            + "acknowledged warned promised announced rejected accused would could will not never already still only "
            + "also however because while after before during against within without between final legal recognized "
            + "international observers independent verify verified evidence footage satellite images analysts experts");
    static final String[] DE = words("der die das und nicht mit von zu im den dem ein eine sagte "
            + "Regierung Grenze Grenzen Region Regionen Sprecher Kreml Moskau Kiew Ukraine Russland Annexion "
            + "Bevölkerung Konsultationen Gebiet Gebiete Kontrolle Armee Rückzug Präsident Pressekonferenz Erklärung "
            + "Völkerrecht Beobachter unabhängig überprüft Behörden bestätigte dementierte behauptete räumte ein "
            + "Gespräche Verhandlungen Waffenruhe Energie Getreide Exporte Preise Woche Montag Dienstag später "
            + "früher endgültig rechtlich anerkannt Streitkräfte Gegenoffensive Stromversorgung Winter Flüchtlinge "
            + "Außenministerium Staatsduma Abstimmung Gesetz Verfassung Sanktionen Satellitenbilder Analysten");
    static final String[] RU = words("и в не на что с по это как из за он сказал заявил правительство "
            + "граница границы регион регионы представитель Кремль Москва Киев Украина Россия аннексия население "
            + "консультации территория территории контроль армия отступление президент пресс-конференция заявление "
            + "референдум войска министерство официальные лица подтвердил опроверг утверждал признал предупредил "
            + "обещал объявил переговоры перемирие энергия зерно экспорт цены неделя понедельник вторник позже "
            + "окончательно юридически признанный наблюдатели независимые проверено доказательства спутниковые снимки");
    static final String[] UK = words("і в не на що з по це як із за він сказав заявив уряд кордон "
            + "кордони регіон регіони речник Кремль Москва Київ Україна Росія анексія населення консультації "
            + "територія території контроль армія відступ президент пресконференція заява референдум війська "
            + "міністерство підтвердив спростував стверджував визнав попередив обіцяв оголосив переговори перемир'я "
            + "енергія зерно експорт ціни тиждень понеділок вівторок пізніше остаточно юридично визнаний спостерігачі "
            + "незалежні перевірено докази супутникові знімки звільнення окупація");
    static final String[][] LANGUAGES = { EN, EN, EN, EN, EN, EN, DE, DE, RU, RU, UK };
    static final String[] LANGUAGE_TAGS = { "en", "en", "en", "en", "en", "en", "de", "de", "ru", "ru", "uk" };
    static final String[][] QUOTES = { { "“", "”" }, { "\"", "\"" }, { "„", "“" }, { "«", "»" }, { "'", "'" } };
    static final String[] EXTRAS = { " — ", " & ", " <", "> ", " 🗺️ ", " … ", " (", ") ", "; ", ": ", " 50 % ",
        " № 3 ", " €1.2bn ", " 🇺🇦 " };
    static final String[] ANNOTATORS = { "Ольга Смирнова", "Jürgen Müller", "Ana Popescu", "Mykola Bondarenko",
        "Sarah O'Connor", "Łukasz Wiśniewski", "Chloé Martin", "Desk" };
    static final String[] FIRST = { "Dmitry", "Maria", "Sergei", "Olena", "Volodymyr", "Anna", "Jens", "Sabine",
        "Oleksandr", "Irina", "John", "Emily", "François", "Zoë", "Mehmet", "Ágnes", "Дмитрий", "Марія", "Андрій",
        "Наталья" };
    static final String[] LAST = { "Peskov", "Zakharova", "Lavrov", "Kuleba", "Podolyak", "Schmidt", "Müller",
        "Kovalenko", "Ivanova", "Smith", "Dupont", "Öztürk", "Szabó", "Шевченко", "Кузнецов", "Бондаренко",
        "O'Neill", "García", "Nowak", "Petrenko" };
    static final String[] ROLES = { "Press secretary", "Foreign minister", "Spokesperson", "Governor",
        "Member of parliament", "Analyst", "Commander", "Ambassador", "Mayor", "Blogger" };
    static final String[] OUTLET_WORDS = { "Daily", "Herald", "Post", "Times", "Pravda", "Вести", "Радіо",
        "Rundschau", "Courier", "Wire", "Observer", "Kyiv", "Moscow", "Berlin", "Review", "Monitor" };
    static final String[] TAG_NAMES = { "borders", "annexation", "referendum", "energy", "grain", "sanctions",
        "casualties", "evacuation", "nuclear", "ceasefire", "границы", "кордони", "Völkerrecht", "economy", "history",
        "propaganda", "satellite", "elections", "refugees", "weapons", "law", "diplomacy", "media", "health",
        "infrastructure", "prisoners", "NATO", "EU", "UN", "misc" };
    static final String[] NOTES = { "Check against the original transcript.",
        "Quoted the same way by two agencies.", "Перевод неточный — сверить с оригиналом.",
        "Translation by the desk; wording differs from the wire copy.", "Context: said after the annexation decrees.",
        "Number is rounded in the source & elsewhere.", "Спікер не уточнив, про які кордони йдеться.",
        "Die Zahl stammt aus einer früheren Meldung." };

    private Vocabulary() {
    }

    /** A sentence of {@code min} to {@code max} words, now and then with a quote, punctuation or a symbol. */
    static String sentence(Random random, String[] words, int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        StringBuilder sentence = new StringBuilder(count * 9);
        int quoteAt = random.nextInt(4) == 0 ? random.nextInt(count) : -1;
        String[] quote = QUOTES[random.nextInt(QUOTES.length)];
        for (int i = 0; i < count; i++) {
            String word = words[random.nextInt(words.length)];
            if (i == 0) {
                word = word.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + word.substring(1);
            } else if (random.nextInt(20) == 0) {
                sentence.append(EXTRAS[random.nextInt(EXTRAS.length)]);
            } else {
                sentence.append(' ');
            }
            if (i == quoteAt) {
                sentence.append(quote[0]);
            }
            sentence.append(word);
            if (i == quoteAt) {
                sentence.append(quote[1]);
            }
            if (random.nextInt(12) == 0 && i < count - 1) {
                sentence.append(',');
            }
        }
        return sentence.append(random.nextInt(10) == 0 ? '?' : '.').toString();
    }

    private static String[] words(String list) {
        return list.trim().split("\\s+");
    }
}
