/**
 * The prebuilt search index: the text of each public page analysed as Lucene's analysers
 * would (so that the browser's client agrees with them word for word), inverted, ranked and cut
 * into shards the browser fetches; and the same index kept live for the preview. Its sub-packages
 * are the steps: {@code analysis} (words), {@code inversion} (postings, lexicon, shards),
 * {@code export} (the files the browser fetches) and {@code live} (the preview's index); what
 * stays here is the entry ({@code SiteSearch}), {@code SearchIndex}, which builds every language at
 * once and binds the shard planner to the export format's sizes, the documents it is given and
 * the worker threads. The sub-packages depend on each other one way (export and live on inversion,
 * inversion on analysis; PackageRulesTest holds it) and all use the documents and workers here.
 */
@MayImport(packages = {"model", "files"}, libraries = {"org.apache.lucene", "org.tartarus.snowball", "com.ibm.icu"})
package org.labourrights.site.index;

import org.labourrights.site.MayImport;
