/**
 * The one conductor of a build: it knows the stages (inventory, read, records, warnings,
 * model, plan, pages with the search index beside them, admin, publish), passes each what the
 * one before made, and times them in one place. It reads content through the
 * {@link org.labourrights.site.pipeline.ContentSource} port and imports no library: which engine
 * fills the port is {@code cli}'s choice.
 */
@MayImport(packages = {"content", "model", "render", "index", "write", "admin", "files"})
package org.labourrights.site.pipeline;

import org.labourrights.site.MayImport;
