/**
 * From analysed documents to an inverted index per language: postings with positions, field
 * lengths for BM25 ({@code Ranking}), the lexicon of stems cut into shards ({@code ShardPlanner}),
 * and {@code SearchIndex}, which builds every language at once. Shares the rules of {@code index}.
 */
package org.labourrights.site.index.inversion;
