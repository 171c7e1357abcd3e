package org.labourrights.site.index.live;

import java.util.BitSet;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.labourrights.site.index.SearchDocument;

/**
 * What an edit changes, by document number ({@link DocumentNumbers#edit}).
 *
 * @param next     each touched number's new version, ascending; null where the document goes
 * @param previous each touched number's old version, where it had one
 */
record Edit(SortedMap<Integer, SearchDocument> next, Map<Integer, SearchDocument> previous) {

    boolean isEmpty() {
        return next.isEmpty();
    }

    /** The touched numbers, whose entries the postings lose. */
    BitSet touched() {
        BitSet touched = new BitSet();
        next.keySet().forEach(touched::set);
        return touched;
    }

    /** The groups of {@code groupSize} numbers the touched numbers are in (positions files are cut by them). */
    SortedSet<Integer> groups(int groupSize) {
        SortedSet<Integer> groups = new TreeSet<>();
        next.keySet().forEach(number -> groups.add(number / groupSize));
        return groups;
    }

    /** Whether {@code number} keeps or gets a document (its own file is written again). */
    boolean keeps(int number) {
        return next.containsKey(number) && next.get(number) != null;
    }
}
