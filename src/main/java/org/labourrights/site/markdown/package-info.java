/**
 * Markdown to the HTML a page may carry: flexmark with tables, footnotes and typography, raw
 * HTML escaped, links and pictures only to addresses the link rules allow, nesting bounded so
 * that no file can exhaust the stack.
 */
@MayImport(packages = {"model"}, libraries = {"com.vladsch.flexmark", "com.ibm.icu"})
package org.labourrights.site.markdown;

import org.labourrights.site.MayImport;
