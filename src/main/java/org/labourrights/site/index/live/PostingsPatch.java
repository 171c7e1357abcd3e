package org.labourrights.site.index.live;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.labourrights.site.index.inversion.LanguageIndex.FieldPostings;

/**
 * The postings of the stems an edit touches, with the old versions' entries removed and the new
 * ones' added: a stem whose entries changed in number or frequency gets new postings; one whose
 * positions only moved (words added before them) is corrected where it stands, which keeps the
 * same arrays and so lets the terms of one stem keep their postings.
 */
final class PostingsPatch {

    /** The stems patched: given new postings, or only their positions moved. */
    record Patched(Set<Integer> rebuilt, Set<Integer> moved) { }

    private PostingsPatch() {
    }

    /**
     * Patches each field's postings ({@code postings}, by stem number, in place) from the touched
     * documents' entries {@code before} and {@code after} the edit, field by field.
     */
    static Patched apply(List<FieldPostings[]> postings, List<FieldEntries> before, List<FieldEntries> after,
                         BitSet touched) {
        Set<Integer> rebuilt = new HashSet<>();
        Set<Integer> moved = new HashSet<>();
        for (int field = 0; field < postings.size(); field++) {
            FieldPostings[] stems = postings.get(field);
            FieldEntries old = before.get(field);
            FieldEntries now = after.get(field);
            for (int stem : union(old.stems(), now.stems())) {
                Map<Integer, int[]> was = old.of(stem);
                Map<Integer, int[]> is = now.of(stem);
                boolean structural = false;
                Map<Integer, int[]> shifted = new TreeMap<>();
                for (int doc : union(was.keySet(), is.keySet())) {
                    int[] a = was.get(doc);
                    int[] b = is.get(doc);
                    if (Arrays.equals(a, b)) {
                        continue;
                    }
                    if (a == null || b == null || a.length != b.length) {
                        structural = true;
                    } else {
                        shifted.put(doc, b);
                    }
                }
                if (structural) {
                    List<Posting> added = new ArrayList<>();
                    new TreeMap<>(is).forEach((doc, positions) -> added.add(new Posting(doc, positions)));
                    stems[stem] = replace(stems[stem], touched, added);
                    rebuilt.add(stem);
                } else if (!shifted.isEmpty()) {
                    shifted.forEach((doc, positions) -> overwrite(stems[stem], doc, positions));
                    moved.add(stem);
                }
            }
        }
        return new Patched(rebuilt, moved);
    }

    /** Replaces the positions of one document's entry, of the same frequency, where they are. */
    private static void overwrite(FieldPostings postings, int doc, int[] positions) {
        int index = Arrays.binarySearch(postings.docs(), doc);
        int offset = 0;
        for (int i = 0; i < index; i++) {
            offset += postings.freqs()[i];
        }
        System.arraycopy(positions, 0, postings.positions(), offset, positions.length);
    }

    /** A stem's postings without the touched numbers' entries, with the new ones (ascending); null if none are left. */
    static FieldPostings replace(FieldPostings old, BitSet touched, List<Posting> added) {
        List<Posting> adding = added == null ? List.of() : added;
        int oldCount = old == null ? 0 : old.docs().length;
        int count = adding.size();
        int positionCount = 0;
        for (Posting posting : adding) {
            positionCount += posting.positions().length;
        }
        for (int i = 0; i < oldCount; i++) {
            if (!touched.get(old.docs()[i])) {
                count++;
                positionCount += old.freqs()[i];
            }
        }
        if (count == 0) {
            return null;
        }
        int[] docs = new int[count];
        int[] freqs = new int[count];
        int[] positions = new int[positionCount];
        int n = 0;
        int p = 0;
        int from = 0; // the old positions of posting i start here
        int a = 0;
        for (int i = 0; i <= oldCount; i++) {
            int doc = i < oldCount ? old.docs()[i] : Integer.MAX_VALUE;
            while (a < adding.size() && adding.get(a).doc() < doc) {
                Posting posting = adding.get(a++);
                docs[n] = posting.doc();
                freqs[n++] = posting.positions().length;
                System.arraycopy(posting.positions(), 0, positions, p, posting.positions().length);
                p += posting.positions().length;
            }
            if (i == oldCount) {
                break;
            }
            int freq = old.freqs()[i];
            if (!touched.get(doc)) {
                docs[n] = doc;
                freqs[n++] = freq;
                System.arraycopy(old.positions(), from, positions, p, freq);
                p += freq;
            }
            from += freq;
        }
        return new FieldPostings(docs, freqs, positions);
    }

    private static <T> Set<T> union(Set<T> a, Set<T> b) {
        Set<T> union = new HashSet<>(a);
        union.addAll(b);
        return union;
    }
}
