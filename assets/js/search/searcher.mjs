// A query against the static index: which files it needs, which terms its words stand for, and
// each document's score, computed as Lucene computes it (LuceneQueries.java).

import { f32, sum } from './numbers.mjs';
import { parseQuery } from './query.mjs';
import { editDistance, maxEdits } from './edit-distance.mjs';

/**
 * Answers a query from a StaticIndex: fetches its words' shards (and positions for phrases) in
 * one round, resolves words and typos, and ranks with Lucene's arithmetic (LuceneQueries.java).
 */
export class Searcher {
  constructor(index) {
    this.index = index;
  }

  /** How many files a query needs that have not been fetched yet. */
  async missing(text) {
    const meta = await this.index.manifest();
    const clauses = parseQuery(text, this.index.analyzer, meta.ranking.maxClauses);
    let count = 0;
    for (const number of this.shardsFor(clauses)) {
      if (!this.index.files.has('shard:' + number)) count++;
    }
    for (const clause of clauses.filter((c) => c.kind === 'phrase')) {
      const pair = this.index.pairOf(clause);
      if (pair) {
        if (!this.index.files.has('b/' + pair.file + '.json')) count++;
        continue;
      }
      for (const stem of clause.stems) {
        if (!this.index.files.has('positions:' + this.index.positionFileOf(stem))) count++;
      }
    }
    return count;
  }

  /**
   * The shards a query needs: each word's own, its name key's, and those of the common words its
   * typos may be.
   */
  shardsFor(clauses) {
    const numbers = new Set();
    for (const clause of clauses) {
      if (clause.kind === 'phrase') {
        clause.stems.forEach((stem) => numbers.add(this.index.shardOf(stem)));
        continue;
      }
      numbers.add(this.index.shardOf(clause.stem));
      if (clause.key) numbers.add(this.index.shardOf(clause.key));
      const edits = clause.exact ? 0 : maxEdits(this.index.meta.ranking, clause.letters);
      const common = edits > 0 ? this.index.meta.common : [];
      for (let i = 0; i < common.length; i++) {
        if (editDistance(clause.stem, common[i], edits) <= edits) numbers.add(this.index.shardOf(common[i]));
      }
    }
    return numbers;
  }

  /** @return {hits: [{doc, score}] best first, highlight: Set of stems to mark, clauses} */
  async search(text) {
    const meta = await this.index.manifest();
    const clauses = parseQuery(text, this.index.analyzer, meta.ranking.maxClauses);
    if (clauses.length === 0) {
      return { hits: [], highlight: new Set(), clauses };
    }
    const phrases = clauses.filter((c) => c.kind === 'phrase');
    phrases.forEach((c) => { c.pair = this.index.pairOf(c); });
    const phraseStems = phrases.filter((c) => !c.pair).flatMap((c) => c.stems);
    const shardNumbers = this.shardsFor(clauses);
    const positionNumbers = new Set(phraseStems.map((s) => this.index.positionFileOf(s)));
    const pairNumbers = new Set(phrases.filter((c) => c.pair).map((c) => c.pair.file));
    const shards = new Map();
    const positions = new Map();
    const pairs = new Map();
    await Promise.all([
      ...[...shardNumbers].map((n) => this.index.shard(n).then((s) => shards.set(n, s))),
      ...[...positionNumbers].map((n) => this.index.positions(n).then((p) => positions.set(n, p))),
      ...[...pairNumbers].map((n) => this.index.pairs(n).then((p) => pairs.set(n, p)))
    ]);
    const resolver = new Resolver(this.index, shards, positions, meta.ranking, pairs);
    const scored = clauses.map((clause) => clause.kind === 'word'
      ? resolver.scoreWord(clause) : resolver.scorePhrase(clause));
    return { hits: combine(scored), highlight: resolver.highlight, clauses };
  }
}

/** Resolves and scores clauses against fetched shards. */
class Resolver {
  constructor(index, shards, positions, ranking, pairs) {
    this.index = index;
    this.shards = shards;
    this.positions = positions;
    this.pairs = pairs;
    this.ranking = ranking;
    this.highlight = new Set();
  }

  shardFor(stem) {
    return this.shards.get(this.index.shardOf(stem));
  }

  /** The postings of the term a stem stands for, looked up in the stem's own shard. */
  canonical(stem) {
    const shard = this.shardFor(stem);
    const term = shard.aliases.get(stem) || stem;
    return { term, postings: shard.postings(term), shard };
  }

  /**
   * QueryPlan.word: the exact term and up to maxVariants variants: typos among the words of the
   * stem's shard and the common words (whose shards the search fetched with the stem's), and the
   * terms of the name keys near the word's key, in the key's shard, which links their postings.
   */
  resolveWord(clause) {
    const own = this.canonical(clause.stem);
    const exact = own.postings ? own.term : null;
    const edits = clause.exact ? 0 : maxEdits(this.ranking, clause.letters);
    const closest = new Map();
    const closer = (term, distance) => {
      const before = closest.get(term);
      if (before === undefined || distance < before) closest.set(term, distance);
    };
    if (edits > 0) {
      for (const words of [own.shard.words, this.index.meta.common]) {
        for (let i = 0; i < words.length; i++) {
          const distance = editDistance(clause.stem, words[i], edits);
          if (distance > edits) continue;
          const term = own.shard.aliases.get(words[i]) || words[i];
          if (term !== own.term) closer(term, distance);
        }
      }
    }
    const names = clause.key ? this.shardFor(clause.key) : null;
    if (names) {
      for (const [key, terms] of names.names) {
        const distance = editDistance(clause.key, key, edits);
        if (distance > edits) continue;
        for (const term of terms) {
          if (term !== own.term) closer(term, Math.max(1, distance));
        }
      }
    }
    const variants = [];
    for (const [term, distance] of closest) {
      const postings = own.shard.postings(term) || (names && names.postings(term)) || this.shardFor(term).postings(term);
      variants.push({ term, edits: distance, postings, weight: postings.body.docs.length + postings.title.docs.length });
    }
    variants.sort((a, b) => a.edits - b.edits || b.weight - a.weight || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
    variants.length = Math.min(variants.length, this.ranking.maxVariants);
    const all = [];
    if (exact !== null) all.push({ term: exact, edits: 0, postings: own.postings });
    all.push(...variants);
    return { exact, variants, all };
  }

  /**
   * A word's score per document: the tier constant (if the word has variants and the document
   * the exact term) + the best title term + the best body term. Scores are kept in arrays by
   * document number; 0 stands for "no match" (a BM25 score is never 0).
   */
  scoreWord(clause) {
    const word = this.resolveWord(clause);
    const count = this.index.meta.documents;
    const titleBest = new Float32Array(count);
    const bodyBest = new Float32Array(count);
    const matched = new Uint8Array(count);
    for (const variant of word.all) {
      this.markForHighlight(variant.postings);
      const boost = f32(this.ranking.editBoosts[variant.edits]);
      this.scoreTerm(variant.postings.title, 'title', f32(f32(this.ranking.titleBoost) * boost), titleBest, matched);
      this.scoreTerm(variant.postings.body, 'body', boost, bodyBest, matched);
    }
    const exact = new Uint8Array(count);
    if (word.exact !== null && word.variants.length > 0) {
      const own = word.all[0].postings;
      own.title.docs.forEach((d) => { exact[d] = 1; });
      own.body.docs.forEach((d) => { exact[d] = 1; });
    }
    const tier = f32(this.ranking.exactTier);
    const docs = [];
    const scores = new Float32Array(count);
    for (let doc = 0; doc < count; doc++) {
      if (matched[doc] === 0) continue;
      // Lucene sums a BooleanQuery's clauses in double and rounds once to float.
      scores[doc] = f32((exact[doc] ? tier : 0) + titleBest[doc] + bodyBest[doc]);
      docs.push(doc);
    }
    return { docs, scores };
  }

  /** Lucene's DisjunctionMaxQuery (tie 0) over terms: keeps each document's best score. */
  scoreTerm(field, name, boost, best, matched) {
    if (field.docs.length === 0) return;
    const bm25 = this.index.fields[name];
    const weight = f32(boost * bm25.idf(field.docs.length));
    for (let i = 0; i < field.docs.length; i++) {
      const doc = field.docs[i];
      const score = bm25.score(weight, field.freqs[i], doc);
      if (score > best[doc]) best[doc] = score;
      matched[doc] = 1;
    }
  }

  /** An exact phrase in title and body; its weight uses the sum of its terms' idf, as Lucene's. */
  scorePhrase(clause) {
    const terms = clause.stems.map((stem) => {
      const resolved = this.canonical(stem);
      this.markForHighlight(resolved.postings);
      return clause.pair ? resolved : { ...resolved, positions: this.positions.get(this.index.positionFileOf(stem)) };
    });
    const counted = clause.pair ? this.pairs.get(clause.pair.file)[clause.pair.key] : undefined;
    const frequencies = clause.pair
      ? (name) => pairFrequencies(counted, name)
      : (name) => this.phraseFrequencies(name, terms, clause.positions);
    const title = this.phraseIn('title', terms, frequencies, f32(this.ranking.titleBoost));
    const body = this.phraseIn('body', terms, frequencies, 1);
    const docs = [...new Set([...title.keys(), ...body.keys()])].sort((a, b) => a - b);
    const scores = new Float32Array(this.index.meta.documents);
    for (const doc of docs) {
      scores[doc] = f32((title.get(doc) || 0) + (body.get(doc) || 0));
    }
    return { docs, scores };
  }

  /** A phrase's score per document in one field, from its frequency in each document that has it. */
  phraseIn(name, terms, frequencies, boost) {
    const scores = new Map();
    if (terms.some((t) => !t.postings || t.postings[name].docs.length === 0)) return scores;
    const bm25 = this.index.fields[name];
    const weight = f32(boost * sum(terms.map((t) => bm25.idf(t.postings[name].docs.length))));
    for (const [doc, freq] of frequencies(name)) {
      scores.set(doc, bm25.score(weight, freq, doc));
    }
    return scores;
  }

  /** How often the phrase occurs in each document, from its terms' positions. */
  phraseFrequencies(name, terms, offsets) {
    const frequencies = new Map();
    const byDoc = terms.map((t) => t.positions.of(t.term, name, t.postings[name]));
    const rarest = byDoc.reduce((a, b) => (a.size <= b.size ? a : b));
    for (const doc of rarest.keys()) {
      if (!byDoc.every((m) => m.has(doc))) continue;
      const lists = byDoc.map((m) => m.get(doc));
      let freq = 0;
      for (const start of lists[0]) {
        const origin = start - offsets[0];
        let all = true;
        for (let t = 1; t < lists.length && all; t++) {
          all = includes(lists[t], origin + offsets[t]);
        }
        if (all) freq++;
      }
      if (freq > 0) frequencies.set(doc, freq);
    }
    return frequencies;
  }

  markForHighlight(postings) {
    if (!postings) return;
    this.highlight.add(postings.term);
    for (const form of postings.forms) this.highlight.add(form);
  }
}

/** How often a pair of common words occurs in each document of one field, from its pair file entry (none: nowhere). */
function pairFrequencies(entry, name) {
  const frequencies = new Map();
  if (!entry) return frequencies;
  const deltas = entry[name === 'body' ? 0 : 2];
  const freqs = entry[name === 'body' ? 1 : 3];
  let doc = 0;
  for (let i = 0; i < deltas.length; i++) {
    doc += deltas[i];
    frequencies.set(doc, freqs[i]);
  }
  return frequencies;
}

/** Binary search in ascending positions. */
function includes(sorted, value) {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] === value) return true;
    if (sorted[middle] < value) low = middle + 1; else high = middle - 1;
  }
  return false;
}

/** Room for a document's number beside a score's 32 bits in a double's 53: 2^21 documents a language. */
const DOC_ROOM = 2 ** 21;
const scoreBits = new Uint32Array(1);
const scoreFloat = new Float32Array(scoreBits.buffer);

/**
 * All clauses must match; the score is their sum (in double, rounded once, as Lucene's
 * conjunction does); ties go to the lower document number.
 *
 * <p>Each hit is sorted as one number, (2^32 - 1 - the score's bits) · 2^21 + its document: a
 * positive float's bits rise with its value, so ascending numbers are scores down, then documents
 * up. A typed array sorts numbers natively; a comparator over hit objects boxed every difference
 * it returned, which was most of the garbage a keystroke left (Chromium's allocation sampling,
 * 10,000 docs/lang).
 */
function combine(scored) {
  if (scored.length === 0) return [];
  const fewest = scored.reduce((a, b) => (a.docs.length <= b.docs.length ? a : b)).docs;
  const keys = new Float64Array(fewest.length);
  let count = 0;
  for (let i = 0; i < fewest.length; i++) {
    const doc = fewest[i];
    let total = 0;
    let all = true;
    for (let c = 0; c < scored.length && all; c++) {
      const score = scored[c].scores[doc];
      all = score !== 0;
      total += score;
    }
    if (!all) continue;
    if (doc >= DOC_ROOM) throw new Error('more documents than a search index holds: ' + doc);
    scoreFloat[0] = total;
    keys[count++] = (0xffffffff - scoreBits[0]) * DOC_ROOM + doc;
  }
  const sorted = keys.subarray(0, count).sort();
  const hits = new Array(count);
  for (let i = 0; i < count; i++) {
    const doc = sorted[i] % DOC_ROOM;
    scoreBits[0] = 0xffffffff - (sorted[i] - doc) / DOC_ROOM;
    hits[i] = { doc, score: scoreFloat[0] };
  }
  return hits;
}
