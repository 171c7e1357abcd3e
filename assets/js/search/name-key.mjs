// How a name is matched across scripts (NameKey.java): the word folded, spelt in Latin letters
// and rewritten so that the usual spellings of one name meet. The tables come from the index's
// manifest, so this file holds only the two small algorithms, the same as Java's.

export class NameKey {
  /** @param tables the manifest's {@code names}: fold, place, latin, rules ([pattern, replacement]) */
  constructor(tables) {
    this.fold = new Map(Object.entries(tables.fold));
    this.place = new Map(Object.entries(tables.place || {}));
    this.latin = new Map(Object.entries(tables.latin));
    this.rules = tables.rules.map(([pattern, replacement]) => [new RegExp(pattern, 'g'), replacement]);
  }

  /** A lower-case word folded: the longest table entry replaced at each place, left to right. */
  folded(word) {
    return replaced(word, this.fold);
  }

  /** Where the index keeps a key (NameKey.placed): spelt back with the place table, as the fold is applied. */
  placed(key) {
    return replaced(key, this.place);
  }

  /** The key of a lower-case word, or null if it has characters a key cannot spell. */
  of(word) {
    let key = '';
    for (const c of this.folded(word)) {
      const letters = this.latin.get(c);
      key += letters === undefined ? c : letters;
    }
    if (!/^[a-z]+$/.test(key)) return null;
    for (const [pattern, replacement] of this.rules) {
      key = key.replace(pattern, replacement);
    }
    return key;
  }
}

/** The longest entry of a table (of one or two letters) replaced at each place, left to right. */
function replaced(word, table) {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    let replacement = i + 1 < word.length ? table.get(word.slice(i, i + 2)) : undefined;
    let length = 2;
    if (replacement === undefined) {
      replacement = table.get(word[i]);
      length = 1;
    }
    if (replacement === undefined) {
      out += word[i];
    } else {
      out += replacement;
      i += length - 1;
    }
  }
  return out;
}
