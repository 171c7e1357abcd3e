import test from 'node:test';
import assert from 'node:assert/strict';
import { Searcher } from '../../../assets/js/search/searcher.mjs';
import { tinyIndex, positionFile } from './support/tiny-index.mjs';

const docs = [
  { title: 'Strike in the oil industry', body: 'Workers went on strike over wages. The strike lasted a week.' },
  { title: 'Trade union leaders arrested', body: 'The leaders of the trade union were arrested after the strike.' },
  { title: 'Freedom of association', body: 'Freedom of association and the right to strike are union rights.' },
  { title: 'Striking miners', body: 'Miners of the union continue.' },
  { title: 'Unrelated report', body: 'Trade statistics, union membership; association for freedom.' }
];

async function search(index, query) {
  return (await new Searcher(index).search(query)).hits.map((h) => h.doc);
}

test('every word must match; title matches rank first', async () => {
  const index = tinyIndex(docs).index();
  const hits = await search(index, 'strike union');
  assert.deepEqual([...hits].sort(), [1, 2, 3]);
  assert.equal((await search(index, 'strike'))[0], 3, 'the short title "Striking miners" first');
  assert.deepEqual(await search(index, 'strike nosuchword'), []);
});

test('a quoted phrase matches adjacent words only', async () => {
  const index = tinyIndex(docs).index();
  assert.deepEqual((await search(index, '"freedom of association"')).sort(), [2]);
  assert.deepEqual((await search(index, 'freedom association')).sort(), [2, 4]);
  assert.deepEqual((await search(index, '"trade union"')).sort(), [1]);
});

test('typos are tolerated from five letters, and exact matches rank first', async () => {
  const index = tinyIndex(docs).index();
  assert.deepEqual(await search(index, 'unoin'), await search(index, 'union'), 'one transposition in five letters');
  assert.deepEqual(await search(index, 'trde'), [], 'no typos under five letters');
  const answer = await new Searcher(index).search('strikes');
  assert.ok(answer.hits.length > 0);
});

test('word forms resolve through the alias in the query word\'s own shard, also across shards', async () => {
  const tiny = tinyIndex([
    { title: 'Забастовки', body: 'Забастовки продолжаются.' },
    { title: 'Итоги', body: 'Число забастовок выросло.' }
  ], { language: 'ru', stopWords: [], keys: ['', 'забастовл'], aliases: { 'забастовок': 'забастовк' } });
  const index = tiny.index();
  assert.deepEqual((await search(index, 'забастовок')).sort(), [0, 1]);
  assert.deepEqual((await search(index, 'забастовка')).sort(), [0, 1]);
  const answer = await new Searcher(index).search('забастовка');
  assert.ok(answer.highlight.has('забастовок'), 'the other form is highlighted too');
});

test('one shard per query word and the manifest are all a query fetches; files are fetched once', async () => {
  const tiny = tinyIndex(docs, { keys: ['', 'm', 't'] });
  const index = tiny.index();
  await search(index, 'union');
  assert.deepEqual(tiny.requested.sort(), ['manifest.json', 's/2.json']);
  await search(index, 'union strike');
  assert.deepEqual(tiny.requested.sort(), ['manifest.json', 's/1.json', 's/2.json']);
  await search(index, '"trade union" miners');
  const positions = [...new Set(['trade', 'union'].map((w) => `p/${positionFile(w, 3)}.json`))];
  assert.deepEqual(tiny.requested.sort(), ['manifest.json', ...positions, 's/1.json', 's/2.json'].sort());
  assert.equal(index.requests, 3 + positions.length);
});

test('typos of common words are found in other shards, fetched in the same round', async () => {
  const tiny = tinyIndex(docs, { keys: ['', 'm', 's', 'st', 'su', 't'], common: ['strike'] });
  const index = tiny.index();
  assert.deepEqual(await search(index, 'srtike'), await search(index, 'strike'));
  assert.ok(tiny.requested.includes(`s/${index.shardOf('strike')}.json`));
  const without = tinyIndex(docs, { keys: ['', 'm', 's', 'st', 'su', 't'] }).index();
  assert.deepEqual(await search(without, 'srtike'), [], 'not a common word: only its own shard is searched');
});

test('ties go to the lower document number, as in Lucene', async () => {
  const index = tinyIndex([{ title: 'a', body: 'same words' }, { title: 'a', body: 'same words' }]).index();
  assert.deepEqual(await search(index, 'same'), [0, 1]);
});

test('the live index\'s layout (shard files named apart, positions cut by document) answers the same', async () => {
  const many = [];
  for (let i = 0; i < 9; i++) many.push(...docs.map((d) => ({ title: d.title, body: d.body + ' ' + i })));
  const plain = tinyIndex(many, { keys: ['', 'm', 's', 't'], positionFiles: 2 }).index();
  const tiny = tinyIndex(many, { keys: ['', 'm', 's', 't'], positionFiles: 2, shardFiles: [7, 3, 12, 5], positionGroups: 4 });
  const live = tiny.index();
  for (const query of ['union', 'strike union', '"trade union"', '"freedom of association"', 'unoin', 'miners']) {
    const expected = (await new Searcher(plain).search(query)).hits;
    assert.ok(expected.length > 0, query);
    assert.deepEqual((await new Searcher(live).search(query)).hits, expected, query);
  }
  assert.ok(tiny.requested.includes('s/12.json') && tiny.requested.includes('p/0-11.json'), tiny.requested.join(' '));
  assert.ok(!tiny.requested.includes('s/2.json') && !tiny.requested.some((f) => /^p\/\d+\.json$/.test(f)));
});

test('a query says how many files it still needs, so the page fetches only once typing pauses', async () => {
  const index = tinyIndex(docs, { keys: ['', 'm', 't'] }).index();
  const searcher = new Searcher(index);
  assert.equal(await searcher.missing('union'), 1, 'its shard');
  assert.equal(await searcher.missing('"trade union"'), 1 + 2, 'one shard for both words, and their positions files');
  await searcher.search('"trade union"');
  assert.equal(await searcher.missing('union'), 0);
  assert.equal(await searcher.missing('"trade union"'), 0);
  assert.equal(await searcher.missing('strike'), 1);
});
