/**
 * From analysed documents to an inverted index per language: postings with positions, field
 * lengths for BM25 ({@code Ranking}), the lexicon of stems cut into shards ({@code ShardPlanner})
 * by a size the caller gives, so that inversion does not depend on the export format (only
 * {@code export} depends on it), and the pairs of common words that quoted phrases read instead
 * of those words' positions ({@code PhrasePairs}). Shares the rules of {@code index}.
 */
package org.labourrights.site.index.inversion;
