// Typos: how far a typed word is from a word of the index, and how far it may be.

/** Optimal string alignment distance, giving up above max (then max + 1), as EditDistance.java. */
export function editDistance(a, b, max) {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  let previous2 = new Array(m + 1).fill(0);
  let previous = new Array(m + 1);
  let current = new Array(m + 1);
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
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
