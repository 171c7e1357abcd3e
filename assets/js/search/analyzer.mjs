// The analysis chain of each language, as Lucene's analyzers chain their filters: the one place
// where a text becomes terms, for the query, for snippets and for the tests' small indexes.

import { Tokenizer } from './tokenizer.mjs';
import { lowerCase } from './lower-case.mjs';
import { RussianStemmer } from './russian-stemmer.mjs';
import { PorterStemmer } from './porter-stemmer.mjs';
import { NameKey } from './name-key.mjs';

/**
 * The stemmer of each language, by code, as Analysis.Chain chooses Lucene's chain in Java; a
 * language Lucene has no analyzer for here (Kazakh, Uzbek…) gets the generic chain: no stemming,
 * and the manifest lists no stop words for it.
 */
const STEMMERS = { ru: RussianStemmer, en: PorterStemmer };
const UNSTEMMED = { stem: (word) => word };

/**
 * RussianAnalyzer: tokens, lower case, stop words, Snowball Russian. EnglishAnalyzer: tokens,
 * possessive 's removed, lower case, stop words, Porter. The generic chain: tokens, lower case. A removed stop word still takes up a
 * position, so phrases keep their gaps. Terms here are stems before the index's word-form map,
 * which the shards carry. With the manifest's name tables, a word also has its name key.
 */
export class Analyzer {
  constructor(language, stopWords, names) {
    this.language = language;
    this.names = names ? new NameKey(names) : null;
    this.stopWords = new Set(stopWords);
    this.stemmer = STEMMERS[language] || UNSTEMMED;
    this.stems = new Map();
    this.texts = new Map();
  }

  /**
   * Every token with its term, its word (lower case, before stemming) and position; {@code term}
   * is null for a stop word.
   */
  tokens(text) {
    const out = [];
    let position = -1;
    for (const token of Tokenizer.tokens(text)) {
      position++;
      let word = token.text;
      if (this.language === 'en') {
        word = withoutPossessive(word);
      }
      word = lowerCase(word);
      const term = this.stopWords.has(word) ? null : this.stem(word);
      out.push({ term, word, position, start: token.start, end: token.end });
    }
    return out;
  }

  /** The terms of a text, without stop words. */
  analyze(text) {
    return this.tokens(text).filter((t) => t.term !== null);
  }

  /** The terms of a result's text, kept for the next keystrokes: snippets are cut from the same texts. */
  analyzeCached(text) {
    let terms = this.texts.get(text);
    if (terms === undefined) {
      terms = this.analyze(text);
      if (this.texts.size >= 200) this.texts.delete(this.texts.keys().next().value);
      this.texts.set(text, terms);
    }
    return terms;
  }

  /** The name key of a word (lower case, before stemming) as the index places it, or null. */
  nameKey(word) {
    const key = this.names ? this.names.of(word) : null;
    return key === null ? null : this.names.placed(key);
  }

  stem(word) {
    let stem = this.stems.get(word);
    if (stem === undefined) {
      stem = this.stemmer.stem(word);
      if (this.stems.size > 50000) this.stems.clear();
      this.stems.set(word, stem);
    }
    return stem;
  }
}

/** EnglishPossessiveFilter: a final 's (with ', ’ or ＇) is dropped. */
function withoutPossessive(word) {
  const n = word.length;
  if (n >= 2 && "'\u2019\uff07".indexOf(word[n - 2]) >= 0 && (word[n - 1] === 's' || word[n - 1] === 'S')) {
    return word.slice(0, n - 2);
  }
  return word;
}
