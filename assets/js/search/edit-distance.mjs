// Typos: how far a typed word is from a word of the index, and how far it may be.

/**
 * The three rows the distance is computed in, kept from call to call: a keystroke compares the
 * word with every common word and every word of its shard, and fresh arrays for each comparison
 * were a tenth of the garbage a keystroke left (Chromium's allocation sampling, 10,000 docs/lang).
 */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Optimal string alignment distance, giving up above max (then max + 1), as EditDistance.java. */
export function editDistance(a, b, max) {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (rows[0].length <= m) rows = rows.map(() => new Int32Array(2 * (m + 1)));
  // Letters are compared as UTF-16 units, as Java's charAt: a[i] would make a string of each
  // Cyrillic letter.
  let [previous2, previous, current] = rows;
  previous2.fill(0, 0, m + 1);
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    const letter = a.charCodeAt(i - 1);
    const before = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= m; j++) {
      const cost = letter === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && letter === b.charCodeAt(j - 2) && before === b.charCodeAt(j - 1)) {
        value = Math.min(value, previous2[j - 2] + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const recycled = previous2;
    previous2 = previous;
    previous = current;
    current = recycled;
  }
  return Math.min(previous[m], max + 1);
}

/** The typos a word of {@code count} letters may have, as Ranking.maxEdits (the manifest gives its limits). */
export function maxEdits(ranking, count) {
  return count >= ranking.twoEditsFrom ? 2 : count >= ranking.oneEditFrom ? 1 : 0;
}
