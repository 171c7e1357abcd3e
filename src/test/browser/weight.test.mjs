// What each template costs a visitor on a slow connection: HTML, CSS and scripts, gzipped as a
// static host sends them. A document page must stay within 30 KB; every figure is printed.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { allPages } from './pages.mjs';

const SITE = process.env.SITE_DIR || 'target/site';

function file(url) {
  const p = path.join(SITE, url);
  return url.endsWith('/') ? path.join(p, 'index.html') : p;
}

function gzipped(p) {
  return zlib.gzipSync(fs.readFileSync(p), { level: 6 }).length;
}

it('per-template weight, gzipped (HTML + CSS + scripts)', () => {
  const rows = [];
  for (const { template, lang, url } of allPages()) {
    const html = fs.readFileSync(file(url), 'utf8');
    const assets = [...html.matchAll(/(?:href|src)="(\/assets\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]);
    const bytes = gzipped(file(url)) + assets.reduce((sum, a) => sum + gzipped(path.join(SITE, a)), 0);
    // The low-vision switch's memory is the one script every page carries.
    const scripts = assets.filter((a) => a.endsWith('.js') && !a.includes('/low-vision.')).length;
    rows.push({ template, lang, kb: +(bytes / 1024).toFixed(1), scripts });
    if (template === 'document') {
      assert.ok(bytes <= 30 * 1024, `${url}: ${bytes} bytes gzipped, over 30 KB`);
    }
    if (!['case list', 'campaign', 'search'].includes(template)) {
      assert.equal(scripts, 0, `${url} loads a script but needs none`);
    }
  }
  console.log('\nPage weight, gzipped (KB), with the number of scripts:');
  console.table(rows);
});
