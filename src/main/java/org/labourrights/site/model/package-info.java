/**
 * The site's records: documents, cases, campaigns, their dates, countries and tags, and the
 * whole {@link org.labourrights.site.model.Site} they form. Immutable records with no behaviour
 * that needs a library, so every other stage can share them; they know nothing of the engine
 * that read them or the templates that draw them.
 *
 * <p>A document's and a case's records are {@link java.io.Serializable}: a build keeps them
 * under {@code target/} (see {@code pipeline.RecordCache}), so that the next one parses only the
 * files that changed. A record is read back through its canonical constructor, so what that
 * constructor checks holds for a record read back too.
 */
@MayImport
package org.labourrights.site.model;

import org.labourrights.site.MayImport;
