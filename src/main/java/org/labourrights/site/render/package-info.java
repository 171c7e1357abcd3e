/**
 * Planning and drawing the pages: which pages the site has ({@code PagePlan}), what each
 * template is given ({@code SiteData}), the templates themselves ({@code SiteTemplates}, the only
 * class that knows Freemarker), assets with hashed names, the open data ({@code cases.json},
 * {@code cases.csv}), the interface's messages in each language, and what each page's share card
 * says ({@code PageShare}; {@code cards} draws it).
 */
@MayImport(packages = {"model", "content", "cards"}, libraries = {"freemarker", "com.ibm.icu", "com.fasterxml.jackson"})
package org.labourrights.site.render;

import org.labourrights.site.MayImport;
