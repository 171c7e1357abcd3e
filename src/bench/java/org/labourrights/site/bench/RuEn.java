package org.labourrights.site.bench;

import org.labourrights.site.model.Language;

/** A piece of the synthetic corpus in its two languages: the Mission's, which every generated file is written in. */
record RuEn(String ru, String en) {

    String in(Language language) {
        return language.code().equals("ru") ? ru : en;
    }
}
