// A small index in the static format (IndexFiles.java), built in memory for unit tests of the
// search client's query logic. Lucene's exact scores are checked by the Java parity tests; here
// only the structure matters: postings, positions, norms, aliases, shards.
import { Analyzer } from '../../../../assets/js/search/analyzer.mjs';
import { FORMAT, StaticIndex } from '../../../../assets/js/search/static-index.mjs';

/** Lucene's SmallFloat.intToByte4, the inverse of byte4ToInt, for norms. */
function intToByte4(length) {
  const free = 24;
  if (length < free) return length;
  const value = length - free;
  const bits = 32 - Math.clz32(value);
  if (bits < 4) return free + value;
  const shift = bits - 4;
  return free + (((value >>> shift) & 7) | ((shift + 1) << 3));
}

/** The positions file of a word: 32-bit FNV-1a over UTF-16 units (IndexFiles.positionFile). */
export function positionFile(word, files) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % files;
}

/**
 * @param docs      [{title, body, url?, type?, date?, headings?}]
 * @param options   {language, stopWords, keys (shard keys, first ''), aliases {alias: term}, common, positionFiles,
 *                   and the live index's layout: shardFiles (file number of each shard), positionGroups;
 *                   filters: the manifest's filter columns, as SearchFilter.java writes them}
 * @return {files: Map(path -> json), load(url)}
 */
export function tinyIndex(docs, options = {}) {
  const language = options.language || 'en';
  const stopWords = options.stopWords || ['the', 'of', 'a', 'and'];
  const keys = options.keys || [''];
  const aliases = options.aliases || {};
  const positionFiles = options.positionFiles || 3;
  const analyzer = new Analyzer(language, stopWords);
  const terms = new Map(); // term -> {title: Map(doc -> positions), body: ...}
  const fields = { title: { lengths: [], sum: 0, count: 0 }, body: { lengths: [], sum: 0, count: 0 } };
  docs.forEach((doc, number) => {
    for (const field of ['title', 'body']) {
      const tokens = analyzer.analyze(doc[field] || '');
      fields[field].lengths[number] = tokens.length;
      fields[field].sum += tokens.length;
      if (tokens.length > 0) fields[field].count++;
      for (const token of tokens) {
        const term = aliases[token.term] || token.term;
        if (!terms.has(term)) terms.set(term, { title: new Map(), body: new Map() });
        const byDoc = terms.get(term)[field];
        if (!byDoc.has(number)) byDoc.set(number, []);
        byDoc.get(number).push(token.position);
      }
    }
  });
  const words = [...terms.keys(), ...Object.keys(aliases)].sort();
  const shardOf = (word) => {
    let shard = 0;
    keys.forEach((key, i) => { if (key <= word) shard = i; });
    return shard;
  };
  const formsOf = (term) => Object.keys(aliases).filter((a) => aliases[a] === term).sort();
  const entry = (term) => {
    const postings = terms.get(term);
    const encode = (byDoc) => {
      const docsSorted = [...byDoc.keys()].sort((a, b) => a - b);
      let previous = 0;
      return [docsSorted.map((d) => { const delta = d - previous; previous = d; return delta; }),
        docsSorted.map((d) => byDoc.get(d).length)];
    };
    return [term, ...encode(postings.body), ...encode(postings.title), formsOf(term)];
  };
  const positions = (postings) => {
    const flat = (byDoc) => [...byDoc.keys()].sort((a, b) => a - b)
      .flatMap((d) => byDoc.get(d).map((p, i, all) => (i === 0 ? p : p - all[i - 1])));
    return [flat(postings.body), flat(postings.title)];
  };
  const files = new Map();
  const hex = (lengths) => lengths.map((l) => intToByte4(l).toString(16).padStart(2, '0')).join('');
  files.set('manifest.json', {
    format: FORMAT,
    language,
    documents: docs.length,
    ranking: { k1: 1.2, b: 0.75, titleBoost: 3, editBoosts: [1, 0.5, 0.25], exactTier: 1000, maxVariants: 10,
      maxClauses: 10, oneEditFrom: 5, twoEditsFrom: 9 },
    fields: {
      title: { docCount: fields.title.count, sumTotalTermFreq: fields.title.sum, norms: hex(fields.title.lengths) },
      body: { docCount: fields.body.count, sumTotalTermFreq: fields.body.sum, norms: hex(fields.body.lengths) }
    },
    stopWords,
    shards: keys,
    common: options.common || [],
    positionFiles,
    ...(options.shardFiles ? { shardFiles: options.shardFiles } : {}),
    ...(options.positionGroups ? { positionGroups: options.positionGroups } : {}),
    ...(options.filters ? { filters: options.filters } : {})
  });
  keys.forEach((key, shard) => {
    const mine = words.filter((w) => shardOf(w) === shard);
    const own = mine.filter((w) => terms.has(w));
    const linked = [...new Set(mine.filter((w) => aliases[w] && shardOf(aliases[w]) !== shard).map((w) => aliases[w]))];
    const shardAliases = {};
    mine.filter((w) => aliases[w]).forEach((w) => { shardAliases[w] = aliases[w]; });
    const name = options.shardFiles ? options.shardFiles[shard] : shard;
    files.set(`s/${name}.json`, { terms: own.map(entry), aliases: shardAliases, linked: linked.map(entry) });
  });
  const groups = options.positionGroups ? Math.ceil(docs.length / options.positionGroups) : 1;
  for (let file = 0; file < positionFiles; file++) {
    for (let group = 0; group < groups; group++) {
      const p = {};
      const inGroup = (byDoc) => {
        const kept = new Map();
        for (const [doc, list] of byDoc) {
          if (!options.positionGroups || Math.floor(doc / options.positionGroups) === group) kept.set(doc, list);
        }
        return kept;
      };
      words.filter((w) => positionFile(w, positionFiles) === file).forEach((w) => {
        const term = aliases[w] || w;
        const postings = terms.get(term);
        const kept = { body: inGroup(postings.body), title: inGroup(postings.title) };
        if (kept.body.size + kept.title.size > 0 || !options.positionGroups) p[term] = positions(kept);
      });
      files.set(options.positionGroups ? `p/${file}-${group}.json` : `p/${file}.json`, p);
    }
  }
  docs.forEach((doc, number) => {
    files.set(`d/${number}.json`, {
      title: doc.title, url: doc.url || `/${language}/news/${number}/`, type: doc.type || 'news',
      date: doc.date || '2025-01-02', body: doc.body, ...(doc.headings ? { headings: doc.headings } : {})
    });
  });
  const requested = [];
  const load = async (url) => {
    const name = url.replace(/^base\//, '');
    requested.push(name);
    if (!files.has(name)) throw new Error('404 ' + url);
    return JSON.parse(JSON.stringify(files.get(name)));
  };
  return { files, load, requested, index: () => new StaticIndex('base/', load) };
}
