// The search page's filters: the manifest's columns (SearchFilter.java) decoded, results narrowed
// by what the visitor ticked, each value counted, and the selection kept in the page's address.
// Pure: no DOM, so Node's unit tests run it as the page does.

/** The digits of a column's document entries (SearchFilter.DIGITS). */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LAST = 48; // digits below it end a number, the 16 from it lead a larger one
const DIGIT_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;

/** Parameters of the address that are not filters. */
const NOT_FILTERS = new Set(['q', 'other']);

/**
 * The manifest's {@code filters} decoded: for each filter its name, values, sets (arrays of value
 * indexes) and {@code setOf}, each document's set number (written as SearchFilter.java says).
 */
export function decodeColumns(filters, documents) {
  return (filters || []).map((filter) => {
    const setOf = new Int32Array(documents);
    const docs = filter.docs;
    let at = 0;
    for (let n = 0; n < documents; n++) {
      let lead = 0;
      let digit = DIGIT_VALUE[docs.charCodeAt(at++)];
      while (digit >= LAST) {
        lead = lead * 16 + (digit - LAST) + 1;
        digit = DIGIT_VALUE[docs.charCodeAt(at++)];
      }
      if (!(digit >= 0) || !(lead * LAST + digit < filter.sets.length)) {
        throw new Error('filter ' + filter.name + ': no set for document ' + n);
      }
      setOf[n] = lead * LAST + digit;
    }
    if (at !== docs.length) throw new Error('filter ' + filter.name + ': ' + docs.length + ' characters for ' + documents + ' documents');
    return { name: filter.name, values: filter.values, sets: filter.sets, setOf };
  });
}

/** The values a document has for each filter: {name: [value…]}. */
export function valuesOf(columns, doc) {
  const values = {};
  for (const column of columns) values[column.name] = column.sets[column.setOf[doc]].map((i) => column.values[i]);
  return values;
}

/**
 * Narrows hits (in their order) to those every filter accepts — a filter with nothing ticked
 * accepts all, one with values ticked the documents with any of them (OR within a filter, AND
 * across filters) — and counts, for each value of each filter, the hits it would leave if it
 * alone were ticked in its filter, the other filters as they are (so a ticked filter's other
 * values keep their counts, as Pagefind and Algolia count).
 *
 * @param columns   from decodeColumns
 * @param hits      [{doc, …}]
 * @param selection Map of filter name to Set of values
 * @return {hits, counts: Map of filter name to Map of value to count}
 */
export function narrow(columns, hits, selection) {
  const passes = columns.map((column) => {
    const ticked = selection.get(column.name);
    if (!ticked || ticked.size === 0) return null;
    return Uint8Array.from(column.sets, (set) => (set.some((i) => ticked.has(column.values[i])) ? 1 : 0));
  });
  const counts = columns.map((column) => new Int32Array(column.values.length));
  const kept = [];
  // Indexed loops: this runs over every hit at each keystroke, and for…of's iterators were a
  // sixth of the garbage a keystroke left (Chromium's allocation sampling, 10,000 docs/lang).
  for (let h = 0; h < hits.length; h++) {
    const doc = hits[h].doc;
    let failed = -1;
    let failures = 0;
    for (let c = 0; c < columns.length && failures < 2; c++) {
      if (passes[c] !== null && passes[c][columns[c].setOf[doc]] === 0) {
        failed = c;
        failures++;
      }
    }
    if (failures >= 2) continue;
    if (failures === 0) kept.push(hits[h]);
    for (let c = 0; c < columns.length; c++) {
      if (failures === 1 && c !== failed) continue;
      const set = columns[c].sets[columns[c].setOf[doc]];
      for (let v = 0; v < set.length; v++) counts[c][set[v]]++;
    }
  }
  const byName = new Map();
  columns.forEach((column, c) => {
    const values = new Map();
    column.values.forEach((value, i) => values.set(value, counts[c][i]));
    byName.set(column.name, values);
  });
  return { hits: kept, counts: byName };
}

/** Counts of several languages' results added up, value by value, in the order first seen. */
export function addCounts(all) {
  const sum = new Map();
  for (const counts of all) {
    for (const [name, values] of counts) {
      const into = sum.get(name) || sum.set(name, new Map()).get(name);
      for (const [value, count] of values) into.set(value, (into.get(value) || 0) + count);
    }
  }
  return sum;
}

/** The filters ticked in an address's query string: every parameter but q and other. */
export function selectionOf(search) {
  const selection = new Map();
  for (const [name, value] of new URLSearchParams(search)) {
    if (NOT_FILTERS.has(name) || value === '') continue;
    (selection.get(name) || selection.set(name, new Set()).get(name)).add(value);
  }
  return selection;
}

/**
 * The query string of a search: q, other, then each filter with values ticked, by name, its
 * values sorted, so that one search has one address (to share, bookmark and reload).
 */
export function searchOf(query, other, selection) {
  const params = new URLSearchParams();
  if (query.trim() !== '') params.set('q', query);
  if (other) params.set('other', '1');
  for (const name of [...selection.keys()].sort()) {
    for (const value of [...selection.get(name)].sort()) params.append(name, value);
  }
  return params.toString();
}

/** A selection with one value ticked or unticked (a new Map; the old one is left as it was). */
export function toggled(selection, name, value, on) {
  const next = new Map([...selection].map(([n, values]) => [n, new Set(values)]));
  const values = next.get(name) || next.set(name, new Set()).get(name);
  if (on) values.add(value); else values.delete(value);
  if (values.size === 0) next.delete(name);
  return next;
}
