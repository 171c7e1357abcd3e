import test from 'node:test';
import assert from 'node:assert/strict';
import { SearchPage } from '../../../assets/js/search/page.mjs';
import { tinyIndex } from './support/tiny-index.mjs';
import { FakeDocument } from './support/fake-dom.mjs';

function page(search) {
  const ru = tinyIndex([
    { title: 'Забастовка <script>alert(1)</script> нефтяников', body: 'Нефтяники объявили забастовку.', url: '/ru/news/a/', type: 'statements', date: '2025-12-15' },
    { title: 'Отчёт', body: 'Забастовки продолжались месяц.', url: '/ru/news/b/', type: 'reports', date: 'unknown' }
  ], { language: 'ru', stopWords: [] });
  const en = tinyIndex([{ title: 'Strike of oil workers', body: 'Oil workers went on strike.', url: '/en/news/a/' }]);
  const files = new Map();
  for (const [name, json] of ru.files) files.set('/search/x/ru/' + name, json);
  for (const [name, json] of en.files) files.set('/search/x/en/' + name, json);
  const document = new FakeDocument();
  const window = {
    location: { pathname: '/ru/search/', search },
    history: { replaceState: (state, title, url) => { window.location.search = url.includes('?') ? url.slice(url.indexOf('?')) : ''; } },
    setTimeout: (f) => setTimeout(f, 0),
    fetch: async (url) => ({ ok: files.has(url), status: files.has(url) ? 200 : 404, json: async () => files.get(url) })
  };
  document.add('form', 'search-form');
  const input = document.add('input', 'search-q', { value: '' });
  document.add('input', 'search-other', { checked: false });
  const option = document.add('p', 'search-other-option', { hidden: true });
  const note = document.add('div', 'search-nojs');
  const results = document.add('div', 'search-results');
  Object.assign(results.dataset, {
    index: '/search/x/', lang: 'ru', otherLang: 'en', msgCount: 'Найдено: {0}', msgNone: 'Ничего не найдено',
    msgOtherHeading: 'На английском', msgUnknownDate: 'дата не указана', typeStatements: 'Заявление', typeReports: 'Отчёт'
  });
  const searchPage = new SearchPage(document, window, results);
  return { searchPage, document, window, input, option, note, results };
}

test('a query in the address is searched on load; the no-JavaScript note hides and the option shows', async () => {
  const p = page('?q=%D0%B7%D0%B0%D0%B1%D0%B0%D1%81%D1%82%D0%BE%D0%B2%D0%BA%D0%B0');
  await p.searchPage.start();
  assert.equal(p.note.hidden, true);
  assert.equal(p.option.hidden, false);
  assert.equal(p.input.value, 'забастовка');
  assert.equal(p.results.all('p')[0].textContent, 'Найдено: 2');
  const items = p.results.all('li');
  assert.equal(items.length, 2);
  const link = items[0].all('a')[0];
  assert.equal(link.href, '/ru/news/a/');
  assert.equal(link.textContent, 'Забастовка <script>alert(1)</script> нефтяников', 'markup in a title stays text');
  assert.deepEqual(items[0].all('mark').map((m) => m.textContent), ['Забастовка', 'забастовку']);
  assert.equal(items[0].all('span')[0].textContent, 'Заявление');
  assert.equal(items[0].all('time')[0].dateTime, '2025-12-15');
  assert.match(items[0].all('time')[0].textContent, /2025/);
  assert.ok(items[1].textContent.includes('дата не указана'));
});

test('typing searches and keeps the query in the address; the other language can be included', async () => {
  const p = page('');
  await p.searchPage.start();
  assert.equal(p.results.children.length, 0);
  p.input.value = 'нефтяников';
  await p.searchPage.update(true);
  assert.equal(p.window.location.search, '?q=%D0%BD%D0%B5%D1%84%D1%82%D1%8F%D0%BD%D0%B8%D0%BA%D0%BE%D0%B2');
  assert.equal(p.results.all('li').length, 1);
  p.input.value = 'strike';
  p.document.getElementById('search-other').checked = true;
  await p.searchPage.update(false);
  assert.equal(p.window.location.search, '?q=strike&other=1');
  const sections = p.results.all('section');
  assert.equal(sections.length, 2);
  assert.equal(sections[0].all('p')[0].textContent, 'Ничего не найдено');
  assert.equal(sections[1].lang, 'en');
  assert.equal(sections[1].all('h2')[0].textContent, 'На английском');
  assert.equal(sections[1].all('li').length, 1);
  p.input.value = '';
  await p.searchPage.update(true);
  assert.equal(p.results.children.length, 0);
  assert.equal(p.window.location.search, '?other=1');
});

test('a long document whose first part lacks the words gets its snippet from a later part', async () => {
  const p = page('');
  await p.searchPage.start();
  // Document 5's body is cut into parts by the build; here its first part has no "нефтяник". Its
  // later parts are in the file it shares with documents 4 to 7.
  const files = new Map([
    ['/search/x/ru/d/5.json', { title: 'Длинный отчёт', url: '/ru/reports/long/', type: 'reports', date: '2024', body: 'Введение без нужного слова.', parts: 3 }],
    ['/search/x/ru/r/1.json', { 4: ['Другой документ: нефтяники.'], 5: ['Вторая часть, снова без него.', 'В третьей части нефтяники объявили забастовку.'] }]
  ]);
  const original = p.window.fetch;
  p.window.fetch = async (url) => (files.has(url) ? { ok: true, json: async () => files.get(url) } : original(url));
  const index = p.searchPage.indexes.ru;
  await index.manifest();
  const highlight = new Set(['нефтяник']);
  const item = p.searchPage.hit(await index.document(5), index, highlight, 5);
  assert.equal(item.all('p')[1].textContent, 'Введение без нужного слова.');
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.deepEqual(item.all('mark').map((m) => m.textContent), ['нефтяники']);
  assert.ok(item.all('p')[1].textContent.startsWith('… '));
});
