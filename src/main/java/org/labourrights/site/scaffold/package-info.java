/**
 * A new document's file, for editors who do not know the front matter by heart: the command
 * {@code new} writes it with every field the section asks for.
 */
@MayImport(packages = {"model"})
package org.labourrights.site.scaffold;

import org.labourrights.site.MayImport;
