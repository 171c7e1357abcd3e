package org.labourrights.site.bench;


/**
 * How the prose names a country and one of its cities. Russian needs the case forms that the
 * sentence bank uses: "из Казахстана" (genitive) and "в Казахстане" (prepositional).
 */
record CountryWords(String code, RuEn name, String ruGenitive, RuEn inCountry, RuEn city,
                    RuEn inCity) {

    static CountryWords of(String code, String en, String ru, String ruGenitive, String ruIn,
                           String cityEn, String cityRu, String cityRuIn) {
        return new CountryWords(code, new RuEn(ru, en), ruGenitive, new RuEn(ruIn, "in " + en),
                new RuEn(cityRu, cityEn), new RuEn(cityRuIn, "in " + cityEn));
    }
}
