/**
 * The prebuilt search index: the text of each public page analysed as Lucene's analysers
 * would (so that the browser's client agrees with them word for word), inverted, ranked and cut
 * into shards the browser fetches; and the same index kept live for the preview.
 */
@MayImport(packages = {"model", "files"}, libraries = {"org.apache.lucene", "org.tartarus.snowball"})
package org.labourrights.site.index;

import org.labourrights.site.MayImport;
