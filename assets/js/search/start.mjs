// What the joined script does once loaded: in the browser, it starts the search page; under Node
// (the Java parity tests and the search benchmark load the joined script as a classic script, with
// a `module` object), it hands out its parts instead. The Node unit tests import the parts directly.

import { f32, byte4ToInt, Bm25Field } from './numbers.mjs';
import { Tokenizer } from './tokenizer.mjs';
import { lowerCase } from './lower-case.mjs';
import { RussianStemmer } from './russian-stemmer.mjs';
import { PorterStemmer } from './porter-stemmer.mjs';
import { Analyzer } from './analyzer.mjs';
import { parseQuery } from './query.mjs';
import { editDistance } from './edit-distance.mjs';
import { FORMAT, StaticIndex } from './static-index.mjs';
import { Searcher } from './searcher.mjs';
import { matchRanges, snippet, marked } from './snippets.mjs';
import { SearchPage } from './page.mjs';

export const api = {
  byte4ToInt, Bm25Field, Tokenizer, lowerCase, RussianStemmer, PorterStemmer, Analyzer, parseQuery,
  editDistance, StaticIndex, Searcher, matchRanges, snippet, marked, SearchPage, f32, FORMAT
};

const root = typeof window !== 'undefined' ? window : globalThis;

if (typeof module === 'object' && module.exports) {
  module.exports = api;
} else if (typeof document !== 'undefined') {
  const results = document.getElementById('search-results');
  if (results && results.dataset.index) {
    new SearchPage(document, root, results).start();
  }
}
