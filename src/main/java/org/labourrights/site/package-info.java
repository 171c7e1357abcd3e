/**
 * The Mission's site generator: content an editor commits becomes a bilingual static site.
 *
 * <p>The packages are the pipeline's stages, in the order a build runs them:
 * <pre>
 *   content   read and check what editors wrote (files, front matter, case files), file and line for every problem
 *   model     the records the rest agree on: Document, Case, Campaign, Site (the JDK only)
 *   markdown  Markdown to safe HTML (flexmark, no raw HTML, no script links)
 *   render    plan the pages and draw them with the templates (Freemarker), assets, open data
 *   index     the search index: analysis, inversion, shards written for the browser (Lucene's analysers)
 *   cards     share cards: the 1200×630 picture of a shared link, drawn with Java2D in the fonts it ships
 *   write     put the planned pages in a fresh folder that replaces the site only when complete
 *   admin     /admin/: Decap CMS's configuration and the editors' translation page
 *   pipeline  the one conductor: calls the stages above in order and times them
 *   preview   the live preview: reread changed files, patch the site, reload the browser
 *   jbake     the adapter to JBake 2.7, the engine that reads files into its content store
 *   cli       the commands; the only package that chooses the engine (wires jbake in)
 * </pre>
 * Beside them: {@code files} (folder trees moved and deleted as one), {@code scaffold} (a new
 * document's file), {@code translation} (what to translate next, by git history).
 */
@MayImport
package org.labourrights.site;
