/**
 * The preview's index, kept in memory and patched when an editor saves a file: a changed
 * document's postings are replaced and only the shards they touch are written again, so the
 * preview's search answers as the built site's would. An edit goes through named steps, each
 * owned by one class ({@code LiveLanguage} conducts them): the documents' numbering
 * ({@code DocumentNumbers}, giving an {@code Edit}), the inversion ({@code LiveInversion}, with
 * {@code PostingsPatch}), the vocabulary and its shards ({@code LiveLexicon}, {@code ShardFiles}),
 * and the folder the files are written to ({@code LiveFolder}); they pass records, not fields.
 * Shares the rules of {@code index}.
 */
package org.labourrights.site.index.live;
