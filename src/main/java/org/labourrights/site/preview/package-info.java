/**
 * The live preview an editor runs while writing: a local HTTP server (the JDK's), a watcher of
 * the project's files, and the site kept in memory and patched after each change (the changed
 * pages drawn again, the search index updated), with the browser told to reload.
 */
@MayImport(packages = {"pipeline", "content", "model", "render", "index", "write", "admin", "files"}, libraries = {"com.sun.net.httpserver", "com.fasterxml.jackson"})
package org.labourrights.site.preview;

import org.labourrights.site.MayImport;
