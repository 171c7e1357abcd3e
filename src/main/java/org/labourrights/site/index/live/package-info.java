/**
 * The preview's index, kept in memory and patched when an editor saves a file: a changed
 * document's postings are replaced and only the shards they touch are written again, so the
 * preview's search answers as the built site's would. Shares the rules of {@code index}.
 */
package org.labourrights.site.index.live;
