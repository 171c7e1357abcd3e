/**
 * The editors' pages under {@code /admin/}: Decap CMS's configuration, made from the same
 * field lists the readers check, its bundle copied from the classpath, and the translation page
 * that lists what is missing or older than its original.
 */
@MayImport(packages = {"model", "render", "content", "translation"}, libraries = {"com.fasterxml.jackson"})
package org.labourrights.site.admin;

import org.labourrights.site.MayImport;
