/**
 * Words as the search sees them: a page's text taken from its HTML, cut into words, folded and
 * stemmed exactly as Lucene's Russian and English analysers do (so the browser's client, which
 * does the same in JavaScript, agrees word for word), and the word forms a stem was made from.
 * Shares the rules of {@code index}: it may use the model and Lucene's analysers.
 */
package org.labourrights.site.index.analysis;
