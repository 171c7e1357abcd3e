package org.labourrights.site.index.live;

/** One document's entry in a stem's postings of one field: its number and the positions, ascending. */
record Posting(int doc, int[] positions) { }
