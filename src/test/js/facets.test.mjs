import test from 'node:test';
import assert from 'node:assert/strict';
import { decodeColumns, valuesOf, narrow, addCounts, selectionOf, searchOf, toggled } from '../../../assets/js/search/facets.mjs';

// Six documents as SearchFilter.java writes their columns: 0 and 1 statements about KZ (2022,
// 2023), 2 a report about KZ and KG (2022), 3 a report about KG (2021), 4 a case in KZ with
// events in 2021 and 2022, 5 a page about no country and of no year.
const filters = [
  { name: 'section', values: ['statements', 'reports', 'pages', 'case'], sets: [[0], [1], [3], [2]], docs: 'AABBCD' },
  { name: 'country', values: ['KG', 'KZ'], sets: [[1], [0, 1], [0], []], docs: 'AABCAD' },
  { name: 'year', values: ['2023', '2022', '2021'], sets: [[1], [0], [2], [1, 2], []], docs: 'ABACDE' },
  { name: 'status', values: ['imprisoned'], sets: [[], [0]], docs: 'AAAABA' }
];
const columns = decodeColumns(filters, 6);
const hits = [5, 4, 3, 2, 1, 0].map((doc) => ({ doc, score: doc }));
const docs = (answer) => answer.hits.map((hit) => hit.doc);
const counts = (answer, name) => Object.fromEntries(answer.counts.get(name));

test('the columns give each document its values, several for a multi-valued filter', () => {
  assert.deepEqual(valuesOf(columns, 2), { section: ['reports'], country: ['KG', 'KZ'], year: ['2022'], status: [] });
  assert.deepEqual(valuesOf(columns, 4), { section: ['case'], country: ['KZ'], year: ['2022', '2021'], status: ['imprisoned'] });
  assert.deepEqual(valuesOf(columns, 5), { section: ['pages'], country: [], year: [], status: [] });
});

test('the 48 most common sets take one digit, the others lead digits first', () => {
  const sets = Array.from({ length: 900 }, (_, i) => (i === 69 ? [1] : i === 64 ? [0] : []));
  // As SearchFilter.digits writes 69, 64, 0, 47, 815 and 816.
  const [column] = decodeColumns([{ name: 'year', values: ['2020', '2019'], sets, docs: 'wVwQAv_vwwA' }], 6);
  assert.deepEqual([...column.setOf], [69, 64, 0, 47, 815, 816]);
  assert.deepEqual(valuesOf([column], 0).year, ['2019']);
});

test('a column of the wrong length for the documents, or naming no set, is refused', () => {
  assert.throws(() => decodeColumns([{ name: 'x', values: [], sets: [[]], docs: 'AA' }], 3), /filter x/);
  assert.throws(() => decodeColumns([{ name: 'x', values: [], sets: [[]], docs: 'AAAA' }], 3), /filter x/);
  assert.throws(() => decodeColumns([{ name: 'x', values: [], sets: [[]], docs: 'AAB' }], 3), /filter x/);
});

test('without filters every hit stays, in its order, and each value counts its hits', () => {
  const answer = narrow(columns, hits, new Map());
  assert.deepEqual(docs(answer), [5, 4, 3, 2, 1, 0]);
  assert.deepEqual(counts(answer, 'section'), { statements: 2, reports: 2, pages: 1, case: 1 });
  assert.deepEqual(counts(answer, 'country'), { KG: 2, KZ: 4 });
  assert.deepEqual(counts(answer, 'year'), { 2023: 1, 2022: 3, 2021: 2 });
  assert.deepEqual(counts(answer, 'status'), { imprisoned: 1 });
});

test('values of one filter are OR, filters are AND; a value\'s count ignores its own filter', () => {
  const kz = narrow(columns, hits, new Map([['country', new Set(['KZ'])]]));
  assert.deepEqual(docs(kz), [4, 2, 1, 0]);
  // Ticking KG too would add document 3: its count is what it would bring, KZ's own filter aside.
  assert.deepEqual(counts(kz, 'country'), { KG: 2, KZ: 4 });
  assert.deepEqual(counts(kz, 'year'), { 2023: 1, 2022: 3, 2021: 1 });

  const both = narrow(columns, hits, new Map([['country', new Set(['KZ', 'KG'])]]));
  assert.deepEqual(docs(both), [4, 3, 2, 1, 0]);

  const kz2022 = narrow(columns, hits, new Map([['country', new Set(['KZ'])], ['year', new Set(['2022'])]]));
  assert.deepEqual(docs(kz2022), [4, 2, 0]);
  assert.deepEqual(counts(kz2022, 'country'), { KG: 1, KZ: 3 }, 'countries counted within 2022');
  assert.deepEqual(counts(kz2022, 'year'), { 2023: 1, 2022: 3, 2021: 1 }, 'years counted within KZ');
  assert.deepEqual(counts(kz2022, 'section'), { statements: 1, reports: 1, pages: 0, case: 1 });
});

test('a ticked value no document has leaves nothing, and the other values still count', () => {
  const answer = narrow(columns, hits, new Map([['country', new Set(['TJ'])]]));
  assert.deepEqual(docs(answer), []);
  assert.deepEqual(counts(answer, 'country'), { KG: 2, KZ: 4 });
  assert.deepEqual(counts(answer, 'section'), { statements: 0, reports: 0, pages: 0, case: 0 });
});

test('a filter the index does not have narrows nothing', () => {
  assert.deepEqual(docs(narrow(columns, hits, new Map([['colour', new Set(['red'])]]))), [5, 4, 3, 2, 1, 0]);
});

test('counts of two languages add up value by value', () => {
  const sum = addCounts([new Map([['country', new Map([['KZ', 2], ['KG', 1]])]]),
    new Map([['country', new Map([['KZ', 3], ['TJ', 1]])]])]);
  assert.deepEqual(Object.fromEntries(sum.get('country')), { KZ: 5, KG: 1, TJ: 1 });
});

test('one search has one address, and the address gives back the search', () => {
  let selection = toggled(new Map(), 'year', '2022', true);
  selection = toggled(selection, 'country', 'KZ', true);
  selection = toggled(selection, 'country', 'KG', true);
  const search = searchOf('забастовка', false, selection);
  assert.equal(search, 'q=%D0%B7%D0%B0%D0%B1%D0%B0%D1%81%D1%82%D0%BE%D0%B2%D0%BA%D0%B0&country=KG&country=KZ&year=2022');
  const ticked = selectionOf('?' + search);
  assert.deepEqual([...ticked.keys()].sort(), ['country', 'year']);
  assert.deepEqual([...ticked.get('country')].sort(), ['KG', 'KZ']);
  assert.equal(searchOf('забастовка', false, ticked), search);
  const reordered = selectionOf('?year=2022&country=KZ&q=%D0%B7%D0%B0%D0%B1%D0%B0%D1%81%D1%82%D0%BE%D0%B2%D0%BA%D0%B0&country=KG');
  assert.equal(searchOf('забастовка', false, reordered), search, 'the same search ticked in another order');
  assert.equal(searchOf('strike', true, new Map()), 'q=strike&other=1');
});

test('unticking the last value of a filter drops it; toggling leaves the old selection as it was', () => {
  const before = new Map([['country', new Set(['KZ'])]]);
  const after = toggled(before, 'country', 'KZ', false);
  assert.equal(after.has('country'), false);
  assert.deepEqual([...before.get('country')], ['KZ']);
  assert.equal(searchOf('', false, after), '');
});
