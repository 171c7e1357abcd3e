package org.labourrights.site.bench;

import org.labourrights.site.model.Language;

/**
 * The same words in Russian and in English. The synthetic corpus writes each document pair from
 * one sequence of choices, so that a .ru.md and its .en.md are translations of each other, as in
 * the real content.
 */
record Bilingual(String ru, String en) {

    String in(Language language) {
        return language == Language.RU ? ru : en;
    }
}
