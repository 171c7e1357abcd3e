/**
 * What to translate next: documents that exist in one language only, and translations last
 * changed before their original was (by git history).
 */
@MayImport
package org.labourrights.site.translation;

import org.labourrights.site.MayImport;
