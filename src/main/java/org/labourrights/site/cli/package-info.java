/**
 * The commands a user types ({@code build}, {@code serve}, {@code new}, {@code translations}):
 * each parses its arguments, wires the engine in and reports in plain words.
 */
@MayImport(packages = {"pipeline", "preview", "jbake", "content", "scaffold", "translation"})
package org.labourrights.site.cli;

import org.labourrights.site.MayImport;
