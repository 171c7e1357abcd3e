/**
 * The site's records: documents, cases, campaigns, their dates, countries and tags, and the
 * whole {@link org.labourrights.site.model.Site} they form. Immutable records with no behaviour
 * that needs a library, so every other stage can share them; they know nothing of the engine
 * that read them or the templates that draw them.
 */
@MayImport
package org.labourrights.site.model;

import org.labourrights.site.MayImport;
