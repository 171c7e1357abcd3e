/**
 * Writing the site: the planned pages with their share cards, assets, media and search index into a fresh folder,
 * which replaces the published one in a single step only once everything is written, so that a
 * failed build leaves the previous site exactly as it was; the mirror copy of it and its zip; and
 * what a build keeps beside the site for the next one to take instead of doing again (the stamp,
 * what each page showed).
 */
@MayImport(packages = {"render", "model", "content", "index", "files", "cards"})
package org.labourrights.site.write;

import org.labourrights.site.MayImport;
