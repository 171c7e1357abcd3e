/**
 * The adapter to JBake 2.7, the engine the Mission chose, behind the
 * {@link org.labourrights.site.pipeline.ContentSource} port: JBake's configuration, its parsers
 * for Markdown with front matter and for data files, its content store (OrientDB) filled by a
 * parallel crawler, and the records read back from it. Nothing else in the generator knows
 * JBake; only {@code cli} names this package.
 */
@MayImport(packages = {"pipeline", "content", "model", "markdown"}, libraries = {"org.jbake"})
package org.labourrights.site.jbake;

import org.labourrights.site.MayImport;
