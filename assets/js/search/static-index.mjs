// The static index the build writes (IndexFiles.java), fetched file by file as queries need it:
// the manifest, shards of terms and postings, positions for phrases, documents and their parts.

import { Bm25Field } from './numbers.mjs';
import { Analyzer } from './analyzer.mjs';

export const FORMAT = 2; // of the index (IndexFiles.java), which puts 4 documents' later parts in a file

/** 32-bit FNV-1a of a string's UTF-16 units (IndexFiles.positionFile). */
function fnv(word) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/** One fetched shard: its terms (with postings decoded on first use), word forms, name keys and vocabulary. */
class Shard {
  constructor(json) {
    this.entries = new Map();
    this.words = [];
    for (const entry of json.terms) {
      this.entries.set(entry[0], entry);
      this.words.push(entry[0]);
    }
    this.aliases = new Map(Object.entries(json.aliases));
    for (const alias of this.aliases.keys()) this.words.push(alias);
    this.names = new Map(Object.entries(json.names || {}));
    for (const entry of json.linked) this.entries.set(entry[0], entry);
    this.decoded = new Map();
  }

  /** A term's postings: {term, body: {docs, freqs}, title: {docs, freqs}, forms}, or null. */
  postings(term) {
    let postings = this.decoded.get(term);
    if (postings === undefined) {
      const entry = this.entries.get(term);
      postings = entry ? {
        term,
        body: fieldPostings(entry[1], entry[2]),
        title: fieldPostings(entry[3], entry[4]),
        forms: entry[5]
      } : null;
      this.decoded.set(term, postings);
    }
    return postings;
  }
}

function fieldPostings(deltas, freqs) {
  const docs = new Int32Array(deltas.length);
  let doc = 0;
  for (let i = 0; i < deltas.length; i++) {
    doc += deltas[i];
    docs[i] = doc;
  }
  return { docs, freqs };
}

/** A positions file: per term, for body and title, each posting's positions in order. */
class PositionsFile {
  constructor(json) {
    this.json = json;
    this.decoded = new Map();
  }

  /** Map doc → positions of {@code term} in {@code field} ('body' or 'title'), given its postings. */
  of(term, field, postings) {
    const key = field + '\u0000' + term;
    let byDoc = this.decoded.get(key);
    if (byDoc === undefined) {
      byDoc = new Map();
      const entry = this.json[term];
      const flat = entry ? entry[field === 'body' ? 0 : 1] : [];
      let at = 0;
      for (let d = 0; d < postings.docs.length; d++) {
        const positions = new Int32Array(postings.freqs[d]);
        let previous = 0;
        for (let k = 0; k < positions.length; k++) {
          previous += flat[at++];
          positions[k] = previous;
        }
        byDoc.set(postings.docs[d], positions);
      }
      this.decoded.set(key, byDoc);
    }
    return byDoc;
  }
}

/** The live index's positions file from its parts by document number. */
function joinPositions(parts) {
  const joined = Object.create(null);
  for (const part of parts) {
    for (const term in part) {
      const entry = joined[term] || (joined[term] = [[], []]);
      part[term].forEach((values, field) => { entry[field] = entry[field].concat(values); });
    }
  }
  return joined;
}

/**
 * The loader's second transport, for the mirror copy, which holds each index file as a script
 * (x.json → x.js) because a page opened from disk (file://) fetches nothing: the script is added
 * as an element and hands its JSON to window.searchIndexFile. {@code form} is the search page's
 * data-index-form ("script" in the mirror, from any host); null on the main site, whose files are
 * fetched.
 */
export function scriptTransport(window, form) {
  if (form !== 'script' && window.location.protocol !== 'file:') return null;
  const document = window.document;
  const waiting = new Map();
  window.searchIndexFile = (json) => {
    const script = document.currentScript;
    const resolve = script && waiting.get(script.src);
    if (resolve) resolve(json);
  };
  return (url) => new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url.replace(/\.json$/, '.js');
    const src = script.src;
    waiting.set(src, resolve);
    const done = (error) => {
      waiting.delete(src);
      script.remove();
      reject(new Error(error + ' ' + src));
    };
    script.onload = () => done('no index file in');
    script.onerror = () => done('cannot load');
    document.head.appendChild(script);
  });
}

/**
 * One language's static index at {@code base} (the folder holding manifest.json). Fetches each
 * file once and keeps it; {@code load(url)} returns a promise of the parsed JSON.
 */
export class StaticIndex {
  constructor(base, load) {
    this.base = base.endsWith('/') ? base : base + '/';
    this.load = load;
    this.files = new Map();
    this.requests = 0;
  }

  fetchJson(path) {
    let promise = this.files.get(path);
    if (promise === undefined) {
      this.requests++;
      promise = this.load(this.base + path);
      promise.catch(() => this.files.delete(path));
      this.files.set(path, promise);
    }
    return promise;
  }

  async manifest() {
    if (!this.ready) {
      this.ready = this.fetchJson('manifest.json').then((json) => {
        if (json.format !== FORMAT) throw new Error('unknown search index format ' + json.format);
        this.meta = json;
        this.analyzer = new Analyzer(json.language, json.stopWords, json.names);
        this.fields = { title: new Bm25Field(json.ranking, json.fields.title), body: new Bm25Field(json.ranking, json.fields.body) };
        return json;
      });
      this.ready.catch(() => { this.ready = null; });
    }
    return this.ready;
  }

  /** The shard a stem belongs to: the last whose key is not after it. */
  shardOf(stem) {
    const keys = this.meta.shards;
    let low = 0;
    let high = keys.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (keys[middle] <= stem) low = middle; else high = middle - 1;
    }
    return low;
  }

  /** The positions file of a word: 32-bit FNV-1a of its UTF-16 units, modulo the number of files. */
  positionFileOf(word) {
    return fnv(word) % this.meta.positionFiles;
  }

  shard(number) {
    const path = 's/' + ((this.meta.shardFiles || [])[number] ?? number) + '.json';
    const key = 'shard:' + number;
    if (!this.files.has(key)) {
      this.files.set(key, this.fetchJson(path).then((json) => new Shard(json)));
    }
    return this.files.get(key);
  }

  positions(number) {
    const key = 'positions:' + number;
    if (!this.files.has(key)) {
      const size = this.meta.positionGroups;
      const json = size
        ? Promise.all(Array.from({ length: Math.ceil(this.meta.documents / size) },
          (_, group) => this.fetchJson('p/' + number + '-' + group + '.json'))).then(joinPositions)
        : this.fetchJson('p/' + number + '.json');
      this.files.set(key, json.then((positions) => new PositionsFile(positions)));
    }
    return this.files.get(key);
  }

  /**
   * Whether a phrase is answered from a pair file (IndexFiles.pairs) rather than positions: two
   * words, both common, at most the pairs' gap apart. The live index has no pairs.
   */
  pairOf(clause) {
    const pairs = this.meta.pairs;
    if (!pairs || clause.stems.length !== 2 || clause.positions[1] > pairs.maxGap) return null;
    if (!this.common) this.common = new Set(this.meta.common);
    if (!this.common.has(clause.stems[0]) || !this.common.has(clause.stems[1])) return null;
    const key = clause.stems[0] + ' ' + clause.positions[1] + ' ' + clause.stems[1];
    return { key, file: fnv(key) % pairs.files };
  }

  /** Pair file {@code number}: pair name to [body docs (differences), freqs, title docs, freqs]. */
  pairs(number) {
    return this.fetchJson('b/' + number + '.json');
  }

  document(number) {
    return this.fetchJson('d/' + number + '.json');
  }

  /** Part k (from 1) of a long document's body. */
  documentPart(number, part) {
    return this.fetchJson('r/' + (number >> 2) + '.json').then((json) => ({ body: json[number][part - 1] }));
  }
}
