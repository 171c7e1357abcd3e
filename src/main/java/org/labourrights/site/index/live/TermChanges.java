package org.labourrights.site.index.live;

import java.util.Set;

/**
 * The terms an edit changed.
 *
 * @param recomputed       the terms whose postings were computed again (some may be gone)
 * @param entryChanged     the terms whose shard entry changed: documents, frequencies or forms
 * @param positionsChanged the terms whose positions changed, in the touched documents at least
 */
record TermChanges(Set<String> recomputed, Set<String> entryChanged, Set<String> positionsChanged) { }
