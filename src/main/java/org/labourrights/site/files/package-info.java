/**
 * Folder trees handled as one thing (deleted whole, deleted where possible, moved in one step), and
 * a fresh folder's files taken from the folder it replaces where they are the same.
 */
@MayImport
package org.labourrights.site.files;

import org.labourrights.site.MayImport;
