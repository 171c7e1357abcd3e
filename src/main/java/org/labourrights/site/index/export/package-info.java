/**
 * The index as the browser fetches it: the files of each language ({@code IndexFiles}, format in
 * its Javadoc) with the search page's filter columns ({@code SearchFilter}, {@code FilterColumns}),
 * written as JSON without a library ({@code JsonOut}), into a content-hashed folder
 * that replaces the previous one only when complete ({@code Publication}). Shares the rules of
 * {@code index}.
 */
package org.labourrights.site.index.export;
