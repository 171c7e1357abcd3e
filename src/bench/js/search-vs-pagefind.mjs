// Our search against Pagefind 1.6 on the same built site, as a visitor's browser sees them.
//
//   node src/bench/js/search-vs-pagefind.mjs <built site> [<bench folder>]
//
// The site is one our build wrote (the build benchmark leaves target/bench/site-N). Pagefind 1.6.0
// is installed from npm into <bench folder>/pagefind-tool (once), indexes the same pages with its
// defaults into <site>/pagefind/, and gets a search page per language with its default UI. Both are
// served from 127.0.0.1 gzipped, as a static host serves them, and driven in headless Chromium
// (Debian's, through playwright-core): for each query, a fresh browser context (empty cache) opens
// the search page, waits until it is idle, then types the query; the clock runs until the engine's
// status line answers. Bytes are the bodies the server sent after typing (gzipped), counted at the
// server so that a worker's requests count too; rounds the longest chain of requests that waited
// for one another, on slow 4G, where a request that did not wait starts before any answer is in
// (on localhost an answer comes back before the next independent request leaves). The server
// speaks HTTP/2 over TLS (a certificate made here for 127.0.0.1), as Netlify does: over HTTP/1.1,
// Chromium's six connections a host would queue a burst of requests into rounds of its own.
// Network profiles ("slow 4G": 150 ms latency, 1.6 Mbit/s; "3G": 300 ms, 400 kbit/s) are applied
// by the server to every response. Then one more keystroke on localhost: the time until the
// page's last change, and the main thread's script time for it (Chromium's sampling profiler:
// every sample but idle and the browser's own work, garbage collection included).
import fs from 'node:fs';
import http2 from 'node:http2';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const site = path.resolve(process.argv[2] || 'target/bench/site-2000');
const bench = path.resolve(process.argv[3] || 'target/bench');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const PROFILES = [
  { name: 'localhost', latency: 0, kbit: 0 },
  { name: 'slow 4G', latency: 150, kbit: 1600 },
  { name: '3G', latency: 300, kbit: 400 },
];

/** A case's name in both scripts, from the corpus's own case files, for the cross-script queries. */
function caseName() {
  const cases = path.join(site, 'en', 'cases');
  for (const id of fs.existsSync(cases) ? fs.readdirSync(cases) : []) {
    const en = readTitle(path.join(site, 'en', 'cases', id, 'index.html'));
    const ru = readTitle(path.join(site, 'ru', 'cases', id, 'index.html'));
    if (en && ru) return { en: en.split(/\s+/).pop(), ru: ru.split(/\s+/).pop() };
  }
  return { en: 'Elshibayev', ru: 'Елшибаев' };
}

function readTitle(file) {
  if (!fs.existsSync(file)) return null;
  const m = fs.readFileSync(file, 'utf8').match(/<h1[^>]*>([^<]+)<\/h1>/);
  return m ? m[1].trim() : null;
}

const name = caseName();
const QUERIES = {
  ru: [
    { q: 'забастовка', kind: 'word' }, { q: 'профсоюзных активистов', kind: 'two words' },
    { q: '"трудовых мигрантов"', kind: 'phrase' }, { q: 'забостовка', kind: 'typo' },
    { q: name.en, kind: 'Latin name on ru' },
  ],
  en: [
    { q: 'strike', kind: 'word' }, { q: 'trade union activists', kind: 'two words' },
    { q: '"migrant workers"', kind: 'phrase' }, { q: 'recieved', kind: 'typo' },
    { q: name.ru, kind: 'Cyrillic name on en' },
  ],
};

const ENGINES = {
  ours: {
    url: (lang) => `/${lang}/search/`,
    input: '#search-q',
    status: '#search-results .search-status',
    hits: '#search-results .search-hit',
  },
  pagefind: {
    url: (lang) => `/pagefind-search/${lang}.html`,
    input: '.pagefind-ui__search-input',
    status: '.pagefind-ui__message',
    hits: '.pagefind-ui__result',
  },
};

function installPagefind() {
  const tool = path.join(bench, 'pagefind-tool');
  const binary = path.join(tool, 'node_modules', '.bin', 'pagefind');
  if (!fs.existsSync(binary)) {
    fs.mkdirSync(tool, { recursive: true });
    execFileSync('npm', ['install', '--prefix', tool, '--no-audit', '--no-fund', '--prefer-offline', 'pagefind@1.6.0'],
      { stdio: 'inherit' });
  }
  return binary;
}

function indexWithPagefind(binary) {
  fs.rmSync(path.join(site, 'pagefind'), { recursive: true, force: true });
  const start = process.hrtime.bigint();
  execFileSync(binary, ['--site', site, '--output-subdir', 'pagefind'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  for (const lang of ['ru', 'en']) {
    fs.mkdirSync(path.join(site, 'pagefind-search'), { recursive: true });
    fs.writeFileSync(path.join(site, 'pagefind-search', `${lang}.html`), `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Pagefind</title><link rel="stylesheet" href="/pagefind/pagefind-ui.css"></head>
<body><div id="search"></div><script src="/pagefind/pagefind-ui.js"></script>
<script>new PagefindUI({ element: "#search", showImages: false });</script></body></html>
`);
  }
  return seconds;
}

function footprint(folder) {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      files++;
      bytes += fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).size;
    }
  }
  return { files, bytes };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };

/**
 * A static host on the loopback: gzip for what a host compresses, every request logged (its start,
 * end and bytes sent), and the network shaped here rather than by Chromium's emulation, which does
 * not reach a page's workers (Pagefind fetches its index from one): each response waits out the
 * profile's latency, then its bytes leave at the profile's rate.
 */
function serve(log, network) {
  const gzipped = new Map();
  const key = path.join(bench, 'loopback-key.pem');
  const cert = path.join(bench, 'loopback-cert.pem');
  if (!fs.existsSync(cert)) {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert,
      '-days', '3650', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
  }
  const tls = { key: fs.readFileSync(key), cert: fs.readFileSync(cert), allowHTTP1: true };
  const server = http2.createSecureServer(tls, async (req, res) => {
    const entry = { start: performance.now(), path: req.url, bytes: 0 };
    log.push(entry);
    let file = path.join(site, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!file.startsWith(site)) file = site;
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    let body;
    const headers = {};
    if (!fs.existsSync(file)) {
      status = 404;
      body = Buffer.alloc(0);
    } else {
      const type = TYPES[path.extname(file)] || 'application/octet-stream';
      headers['Content-Type'] = type;
      // Pagefind's index files (.pf_*) are gzipped already; the rest is compressed as a host would.
      if (/^(text|application\/(json|javascript|wasm)|image\/svg)/.test(type) && !file.includes('.pf_')) {
        body = gzipped.get(file);
        if (!body) gzipped.set(file, body = zlib.gzipSync(fs.readFileSync(file), { level: 6 }));
        headers['Content-Encoding'] = 'gzip';
      } else {
        body = fs.readFileSync(file);
      }
    }
    headers['Content-Length'] = body.length;
    headers['Cache-Control'] = 'no-store';
    const profile = network.profile;
    if (profile.latency > 0) {
      await new Promise((resolve) => setTimeout(resolve, profile.latency));
      await new Promise((resolve) => setTimeout(resolve, (body.length * 8) / profile.kbit));
    }
    res.writeHead(status, headers);
    res.end(body, () => { entry.end = performance.now(); entry.bytes = body.length; });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1',
    () => resolve({ server, origin: `https://127.0.0.1:${server.address().port}` })));
}

/** The longest chain of requests each of which started after the one before it had finished. */
function rounds(requests) {
  const done = requests.filter((r) => r.end !== undefined).sort((a, b) => a.start - b.start);
  const depth = new Map();
  let deepest = 0;
  for (const r of done) {
    let d = 1;
    for (const [q, qd] of depth) if (q.end <= r.start) d = Math.max(d, qd + 1);
    depth.set(r, d);
    deepest = Math.max(deepest, d);
  }
  return deepest;
}

async function measure(browser, origin, log, network, engine, lang, query, profile) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  const page = await context.newPage();
  const e = ENGINES[engine];
  network.profile = profile;
  const loadStart = log.length;
  await page.goto(origin + e.url(lang), { waitUntil: 'networkidle' });
  // What the page fetched before the visitor typed (Pagefind's UI loads its engine then).
  const pageBytes = log.slice(loadStart).reduce((sum, r) => sum + r.bytes, 0);
  const typedAt = log.length;
  const start = Date.now();
  await page.fill(e.input, query.q);
  await page.waitForFunction(([sel, hits]) => document.querySelector(sel)?.textContent.trim().length > 0
      && (document.querySelector(hits) || /\b0\b|не найден|no results|nothing|ничего/i.test(document.querySelector(sel).textContent)),
    [e.status, e.hits], { timeout: 60000 }).catch(() => {});
  const millis = Date.now() - start;
  await page.waitForTimeout(profile.latency > 0 ? 3 * profile.latency : 300);
  const hits = await page.locator(e.hits).count();
  const list = log.slice(typedAt);
  let keystroke = null;
  let script = null;
  if (profile.latency === 0 && hits > 0) {
    // The time until the page's last change after one more letter (debounce included).
    await page.evaluate(() => {
      window.lastChange = 0;
      new MutationObserver(() => { window.lastChange = performance.now(); })
        .observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.focus(e.input);
    await page.keyboard.press('End');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const pressed = await page.evaluate(() => performance.now());
    await page.keyboard.type('s');
    await page.waitForTimeout(1500);
    const last = await page.evaluate(() => window.lastChange);
    keystroke = last > pressed ? last - pressed : null;
    script = busyMillis((await cdp.send('Profiler.stop')).profile);
  }
  await context.close();
  return { millis, hits, requests: list.length, rounds: rounds(list), bytes: list.reduce((s, r) => s + r.bytes, 0),
    pageBytes, keystroke, script };
}

/** The milliseconds of a CPU profile's samples spent running the page: all but idle and the browser's own work. */
function busyMillis(profile) {
  const idle = new Set(profile.nodes.filter((n) => ['(idle)', '(program)', '(root)'].includes(n.callFrame.functionName))
    .map((n) => n.id));
  let micros = 0;
  profile.samples.forEach((id, i) => { if (!idle.has(id)) micros += profile.timeDeltas[i] || 0; });
  return micros / 1000;
}

function median(values) {
  const v = values.filter((x) => x !== null).sort((a, b) => a - b);
  return v.length ? v[Math.floor(v.length / 2)] : null;
}

const binary = installPagefind();
const pagefindSeconds = indexWithPagefind(binary);
const ourIndex = fs.readdirSync(site).filter((d) => d.startsWith('search')).map((d) => footprint(path.join(site, d)));
const theirs = footprint(path.join(site, 'pagefind'));
console.log(`Search: ours vs Pagefind 1.6.0 on ${site}`);
console.log(`  Pagefind indexed the site in ${pagefindSeconds.toFixed(1)} s: ${theirs.files} files, ${(theirs.bytes / 1048576).toFixed(1)} MB;`
  + ` our index (built with the site): ${ourIndex.reduce((s, f) => s + f.files, 0)} files,`
  + ` ${(ourIndex.reduce((s, f) => s + f.bytes, 0) / 1048576).toFixed(1)} MB`);
console.log(`  cross-script queries use a corpus case's surname: ${name.en} / ${name.ru}`);

const log = [];
const network = { profile: PROFILES[0] };
const { server, origin } = await serve(log, network);
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
const rows = [];
for (const lang of ['ru', 'en']) {
  for (const query of QUERIES[lang]) {
    for (const profile of PROFILES) {
      const row = { lang, query: query.q, kind: query.kind, profile: profile.name };
      for (const engine of Object.keys(ENGINES)) row[engine] = await measure(browser, origin, log, network, engine, lang, query, profile);
      rows.push(row);
    }
  }
}
await browser.close();
server.close();

const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
console.log('\n  per query (localhost; rounds on slow 4G): bytes after typing (gz), requests, rounds, hits; ours | Pagefind');
for (const r of rows.filter((x) => x.profile === 'localhost')) {
  const slow = rows.find((x) => x.profile === 'slow 4G' && x.lang === r.lang && x.query === r.query);
  const o = { ...r.ours, rounds: slow.ours.rounds };
  const p = { ...r.pagefind, rounds: slow.pagefind.rounds };
  console.log(`  ${r.lang} ${r.kind.padEnd(20)} ${JSON.stringify(r.query).padEnd(26)} ${kb(o.bytes).padStart(7)} ${String(o.requests).padStart(3)} req`
    + ` ${o.rounds} rounds ${String(o.hits).padStart(3)} hits | ${kb(p.bytes).padStart(7)} ${String(p.requests).padStart(3)} req`
    + ` ${p.rounds} rounds ${String(p.hits).padStart(3)} hits`);
}
const table = [['measure (median over queries)', 'ours', 'Pagefind', 'ours/Pagefind']];
const add = (label, pick, unit) => {
  const o = median(rows.map((r) => pick(r, 'ours')));
  const p = median(rows.map((r) => pick(r, 'pagefind')));
  table.push([label, o === null ? '-' : `${o.toFixed(unit === 'KB' ? 1 : 0)} ${unit}`,
    p === null ? '-' : `${p.toFixed(unit === 'KB' ? 1 : 0)} ${unit}`, o && p ? (o / p).toFixed(2) : '-']);
};
add('first query, bytes gzipped', (r, e) => (r.profile === 'localhost' ? r[e].bytes / 1024 : null), 'KB');
add('page load + first query, bytes gzipped',
  (r, e) => (r.profile === 'localhost' ? (r[e].bytes + r[e].pageBytes) / 1024 : null), 'KB');
add('first query, requests', (r, e) => (r.profile === 'localhost' ? r[e].requests : null), '');
add('first query, request rounds (slow 4G)', (r, e) => (r.profile === 'slow 4G' ? r[e].rounds : null), '');
for (const profile of PROFILES) {
  add(`type → results, ${profile.name}`, (r, e) => (r.profile === profile.name ? r[e].millis : null), 'ms');
}
add('one more keystroke, localhost', (r, e) => r[e].keystroke, 'ms');
add('one more keystroke, script time', (r, e) => r[e].script, 'ms');
const found = (e, kinds) => rows.filter((r) => r.profile === 'localhost' && kinds.includes(r.kind) && r[e].hits > 0).length;
const kinds = ['typo', 'Latin name on ru', 'Cyrillic name on en'];
table.push(['typo and cross-script queries answered', `${found('ours', kinds)} of 4`, `${found('pagefind', kinds)} of 4`, '-']);
const worstPhrase = (e) => Math.max(...rows.filter((r) => r.kind === 'phrase' && r.profile === 'localhost').map((r) => r[e].bytes)) / 1024;
table.push(['quoted phrase, bytes gzipped (worst)', `${worstPhrase('ours').toFixed(1)} KB`, `${worstPhrase('pagefind').toFixed(1)} KB`,
  (worstPhrase('ours') / worstPhrase('pagefind')).toFixed(2)]);
console.log('');
for (const row of table) console.log(`  | ${row[0].padEnd(40)} | ${row[1].padStart(10)} | ${row[2].padStart(10)} | ${row[3].padStart(13)} |`);
