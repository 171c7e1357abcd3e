/**
 * Reading and checking what editors write, before anything is published: which files
 * {@code content/} may hold, front matter and case files read with the line of every value, the
 * rules of each field, links and pictures, hidden names, and the assembly of the checked
 * documents and cases into a {@link org.labourrights.site.model.Site}. Every refusal is a
 * {@link org.labourrights.site.content.Problem}: file, line, what is wrong and what to write instead.
 */
@MayImport(packages = {"model", "markdown"}, libraries = {"com.fasterxml.jackson", "com.networknt.schema", "com.ibm.icu"})
package org.labourrights.site.content;

import org.labourrights.site.MayImport;
