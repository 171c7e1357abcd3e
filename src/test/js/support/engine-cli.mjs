// Runs parts of the joined search script (the file named by the third argument, as AssetPipeline
// publishes it) for the Java parity tests: reads a JSON request from the file named by the first
// argument and writes a JSON answer to the file named by the second.
//
//   {"command": "stem", "language": "ru", "words": [...]}               -> {"stems": [...]}
//   {"command": "analyze", "language": "en", "stopWords": [...], "texts": [...]}
//                                      -> {"tokens": [[[term, position, start, end], ...], ...]}
//   {"command": "search", "index": "<folder of manifest.json>", "queries": [...], "limit": 10}
//                          -> {"results": [{"hits": [[doc, score], ...], "total": n, "highlight": [...],
//                              "pairs": phrases answered from pair files}, ...]}
//   {"command": "nameKeys", "index": "<folder of manifest.json>", "words": [...]}
//                          -> {"keys": [key or null, ...]}: with the manifest's name tables
//   {"command": "byte4"}                                                 -> {"lengths": [256 ints]}
//   {"command": "parts", "index": "<folder of manifest.json>", "documents": [n, ...]}
//                          -> {"documents": [[first part, part 1, ...], ...]}: each body as the page reads it
import { readFile, writeFile } from 'node:fs/promises';
import { loadScript } from './joined-script.mjs';

const [requestFile, answerFile, scriptFile] = process.argv.slice(2);
if (!scriptFile) throw new Error('usage: engine-cli.mjs request.json answer.json search.js');
const engine = loadScript(scriptFile);
const request = JSON.parse(await readFile(requestFile, 'utf8'));
const answer = await run(request);
await writeFile(answerFile, JSON.stringify(answer));

async function run(request) {
  switch (request.command) {
    case 'stem':
      return { stems: request.words.map((word) => stem(request.language, word)) };
    case 'analyze': {
      const analyzer = new engine.Analyzer(request.language, request.stopWords);
      return { tokens: request.texts.map((text) => analyzer.analyze(text).map((t) => [t.term, t.position, t.start, t.end])) };
    }
    case 'search':
      return { results: await search(request) };
    case 'parts':
      return { documents: await parts(request) };
    case 'nameKeys': {
      const manifest = JSON.parse(await readFile(request.index + '/manifest.json', 'utf8'));
      const analyzer = new engine.Analyzer(manifest.language, [], manifest.names);
      return { keys: request.words.map((word) => analyzer.nameKey(word)) };
    }
    case 'byte4':
      return { lengths: Array.from({ length: 256 }, (_, i) => engine.byte4ToInt(i)) };
    default:
      throw new Error('unknown command ' + request.command);
  }
}

/** The stemming chain alone, as Lucene's analyzer applies it to one word (stop words aside). */
function stem(language, word) {
  const analyzer = new engine.Analyzer(language, []);
  const tokens = analyzer.analyze(word);
  return tokens.length === 1 ? tokens[0].term : null;
}

async function search(request) {
  const load = async (url) => JSON.parse(await readFile(url, 'utf8'));
  const index = new engine.StaticIndex(request.index, load);
  const searcher = new engine.Searcher(index);
  const results = [];
  for (const query of request.queries) {
    const answer = await searcher.search(query);
    results.push({
      total: answer.hits.length,
      hits: answer.hits.slice(0, request.limit || 10).map((hit) => [hit.doc, hit.score]),
      highlight: [...answer.highlight].sort(),
      pairs: answer.clauses.filter((c) => c.pair).length
    });
  }
  return results;
}

async function parts(request) {
  const load = async (url) => JSON.parse(await readFile(url, 'utf8'));
  const index = new engine.StaticIndex(request.index, load);
  const documents = [];
  for (const number of request.documents) {
    const doc = await index.document(number);
    const bodies = [doc.body];
    for (let part = 1; part < doc.parts; part++) bodies.push((await index.documentPart(number, part)).body);
    documents.push(bodies);
  }
  return documents;
}
