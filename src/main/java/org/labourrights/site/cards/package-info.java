/**
 * Share cards: the 1200×630 picture a chat or social network shows beside a shared link, drawn
 * at build with Java2D from the few words a page publishes (its title, kind and date, the
 * Mission's name) in the fonts this package ships, never a system font. A card's file is named
 * by a hash of what it shows, so a rebuild draws only the cards whose words changed. It knows
 * nothing of pages or templates: {@code render} decides what a card says, {@code write} asks for
 * the files.
 */
@MayImport(packages = "files")
package org.labourrights.site.cards;

import org.labourrights.site.MayImport;
