/**
 * Planning and drawing the pages: which pages the site has ({@code PagePlan}), what each
 * template is given ({@code SiteData}), the templates themselves ({@code SiteTemplates}, the only
 * class that knows Freemarker), assets with hashed names, the open data ({@code cases.json},
 * {@code cases.csv}) and the interface's messages in each language.
 */
@MayImport(packages = {"model", "content"}, libraries = {"freemarker", "com.ibm.icu", "com.fasterxml.jackson"})
package org.labourrights.site.render;

import org.labourrights.site.MayImport;
