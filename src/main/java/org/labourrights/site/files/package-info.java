/**
 * Folder trees handled as one thing: deleted whole, deleted where possible, moved in one step.
 */
@MayImport
package org.labourrights.site.files;

import org.labourrights.site.MayImport;
