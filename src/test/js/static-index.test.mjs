import test from 'node:test';
import assert from 'node:assert/strict';
import { FORMAT, StaticIndex } from '../../../assets/js/search/static-index.mjs';
import { tinyIndex } from './support/tiny-index.mjs';

const docs = [
  { title: 'Strike in the oil industry', body: 'Workers went on strike.' },
  { title: 'Trade union leaders', body: 'The leaders of the union.' }
];

/** A load function over fixed files, counting each request, failing where told to. */
function files(map, failing = new Set()) {
  const requested = [];
  const load = async (url) => {
    requested.push(url);
    if (failing.has(url)) {
      failing.delete(url);
      throw new Error('offline');
    }
    if (!map.has(url)) throw new Error('404 ' + url);
    return map.get(url);
  };
  return { load, requested };
}

test('the manifest is read once, and an index of another format is refused', async () => {
  const tiny = tinyIndex(docs);
  const index = tiny.index();
  const manifest = await index.manifest();
  assert.equal(manifest.format, FORMAT);
  assert.equal(index.analyzer.language, 'en');
  assert.deepEqual(Object.keys(index.fields), ['title', 'body']);
  await index.manifest();
  assert.deepEqual(tiny.requested, ['manifest.json']);
  const other = files(new Map([['x/manifest.json', { ...tiny.files.get('manifest.json'), format: FORMAT + 1 }]]));
  await assert.rejects(new StaticIndex('x', other.load).manifest(), /unknown search index format/);
});

test('a file that failed to arrive is asked for again next time', async () => {
  const tiny = tinyIndex(docs);
  const fetched = files(new Map([...tiny.files].map(([name, json]) => ['b/' + name, json])), new Set(['b/manifest.json']));
  const index = new StaticIndex('b/', fetched.load);
  await assert.rejects(index.manifest(), /offline/);
  assert.equal((await index.manifest()).documents, 2);
  assert.deepEqual(fetched.requested, ['b/manifest.json', 'b/manifest.json']);
});

test('a stem belongs to the last shard whose key is not after it', async () => {
  const index = tinyIndex(docs, { keys: ['', 'm', 's', 't'] }).index();
  await index.manifest();
  assert.deepEqual(['a', 'm', 'miner', 'r', 's', 'strike', 'trade', 'zzz'].map((w) => index.shardOf(w)), [0, 1, 1, 1, 2, 2, 3, 3]);
});

test('the positions file of a word is 32-bit FNV-1a of its UTF-16 units, modulo the number of files', async () => {
  const index = tinyIndex(docs).index();
  await index.manifest();
  index.meta.positionFiles = 2 ** 32; // the hash itself: FNV-1a's published test values
  assert.equal(index.positionFileOf(''), 0x811c9dc5);
  assert.equal(index.positionFileOf('a'), 0xe40c292c);
  assert.equal(index.positionFileOf('foobar'), 0xbf9cf968);
  index.meta.positionFiles = 7;
  assert.equal(index.positionFileOf('foobar'), 0xbf9cf968 % 7);
});

test('a shard is read from its file once, under the file name the manifest gives it', async () => {
  const tiny = tinyIndex(docs, { keys: ['', 'm'], shardFiles: [4, 9] });
  const index = tiny.index();
  await index.manifest();
  const [shard, again] = await Promise.all([index.shard(1), index.shard(1)]);
  assert.equal(shard, again);
  assert.deepEqual(tiny.requested, ['manifest.json', 's/9.json']);
  assert.deepEqual(shard.postings('union').body, { docs: Int32Array.from([1]), freqs: [1] });
  assert.equal(shard.postings('nosuchword'), null);
});

test('a long document\'s later parts come from the file it shares with three neighbours', async () => {
  const fetched = files(new Map([['c/r/1.json', { 5: ['second part', 'third part'], 6: ['another'] }]]));
  const index = new StaticIndex('c', fetched.load);
  assert.deepEqual(await index.documentPart(5, 2), { body: 'third part' });
  assert.deepEqual(await index.documentPart(6, 1), { body: 'another' });
  assert.deepEqual(fetched.requested, ['c/r/1.json']);
});
