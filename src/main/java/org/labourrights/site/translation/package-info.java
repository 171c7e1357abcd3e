/**
 * What to translate next: documents missing in a language, and translations last committed
 * before their original (by git history). {@link org.labourrights.site.translation.TranslationWork}
 * is the one rule; the editors' command applies it to the files, the site's translation page
 * (in {@code admin}) to what the public reads.
 */
@MayImport(packages = {"model"})
package org.labourrights.site.translation;

import org.labourrights.site.MayImport;
