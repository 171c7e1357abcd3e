package org.labourrights.site.bench;

import org.labourrights.site.model.Bilingual;

/**
 * How the prose names a country and one of its cities. Russian needs the case forms that the
 * sentence bank uses: "из Казахстана" (genitive) and "в Казахстане" (prepositional).
 */
record CountryWords(String code, Bilingual name, String ruGenitive, Bilingual inCountry, Bilingual city,
                    Bilingual inCity) {

    static CountryWords of(String code, String en, String ru, String ruGenitive, String ruIn,
                           String cityEn, String cityRu, String cityRuIn) {
        return new CountryWords(code, new Bilingual(ru, en), ruGenitive, new Bilingual(ruIn, "in " + en),
                new Bilingual(cityRu, cityEn), new Bilingual(cityRuIn, "in " + cityEn));
    }
}
