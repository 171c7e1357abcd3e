import test from 'node:test';
import assert from 'node:assert/strict';
import { api } from '../../../assets/js/search/start.mjs';
import * as numbers from '../../../assets/js/search/numbers.mjs';
import * as tokenizer from '../../../assets/js/search/tokenizer.mjs';
import * as staticIndex from '../../../assets/js/search/static-index.mjs';
import * as page from '../../../assets/js/search/page.mjs';
import { tinyIndex } from './support/tiny-index.mjs';
import { FakeDocument } from './support/fake-dom.mjs';

test('the parts handed to Node are the modules\' own', () => {
  assert.equal(api.f32, numbers.f32);
  assert.equal(api.Bm25Field, numbers.Bm25Field);
  assert.equal(api.Tokenizer, tokenizer.Tokenizer);
  assert.equal(api.StaticIndex, staticIndex.StaticIndex);
  assert.equal(api.FORMAT, staticIndex.FORMAT);
  assert.equal(api.SearchPage, page.SearchPage);
  assert.ok(Object.values(api).every((part) => part !== undefined), Object.keys(api).join(' '));
});

/** A browser's globals for one evaluation of start.mjs: a search page, or a page without results. */
async function startIn(withResults) {
  const en = tinyIndex([{ title: 'Strike of oil workers', body: 'Oil workers went on strike.', url: '/en/news/a/' }]);
  const served = new Map([...en.files].map(([name, json]) => ['/search/x/en/' + name, json]));
  const document = new FakeDocument();
  const window = {
    location: { pathname: '/en/search/', search: '?q=strike' },
    history: { replaceState() {} },
    setTimeout: (f) => setTimeout(f, 0),
    fetch: async (url) => ({ ok: served.has(url), status: served.has(url) ? 200 : 404, json: async () => served.get(url) })
  };
  document.add('form', 'search-form');
  document.add('input', 'search-q', { value: '' });
  const note = document.add('div', 'search-nojs');
  const results = document.add('div', 'search-results');
  if (withResults) Object.assign(results.dataset, { index: '/search/x/', lang: 'en', otherLang: 'ru', msgCount: '{0} found' });
  globalThis.window = window;
  globalThis.document = document;
  try {
    // A fresh evaluation of the module each time, as each page load is.
    await import('../../../assets/js/search/start.mjs?page=' + withResults);
  } finally {
    delete globalThis.window;
    delete globalThis.document;
  }
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { note, results };
}

test('on the search page the script starts it: the query in the address is searched', async () => {
  const { note, results } = await startIn(true);
  assert.equal(note.hidden, true, 'the no-JavaScript note is hidden');
  assert.equal(results.all('p')[0].textContent, '1 found');
  assert.equal(results.all('a')[0].href, '/en/news/a/');
});

test('on a page without the search results\' index the script does nothing', async () => {
  const { note, results } = await startIn(false);
  assert.equal(note.hidden, false);
  assert.equal(results.children.length, 0);
});
