/**
 * Writing the site: the planned pages with their share cards, assets, media and search index into a fresh folder,
 * which replaces the published one in a single step only once everything is written, so that a
 * failed build leaves the previous site exactly as it was.
 */
@MayImport(packages = {"render", "model", "content", "index", "files", "cards"})
package org.labourrights.site.write;

import org.labourrights.site.MayImport;
