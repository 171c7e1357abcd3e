// Serves the built site on 127.0.0.1 the way Netlify will: the same security headers as
// netlify.toml (so a Content-Security-Policy violation here is one on Netlify too), clean URLs,
// and each language's 404 page. Only for tests; it never listens beyond the loopback address.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.bin': 'application/octet-stream',
  '.yml': 'text/yaml; charset=utf-8',
};

/**
 * netlify.toml's [[headers]] rules, in file order: each with a matcher for its `for` pattern and its
 * values, read from the file itself.
 */
export function netlifyHeaderRules(tomlPath) {
  const toml = fs.readFileSync(tomlPath, 'utf8');
  return toml.split('[[headers]]').slice(1).map((block) => {
    const values = {};
    let pattern = null;
    for (const line of block.split('[[')[0].split('\n')) {
      const m = line.match(/^\s*([A-Za-z-]+)\s*=\s*"(.*)"\s*$/);
      if (m && m[1] === 'for') pattern = m[2];
      else if (m) values[m[1]] = m[2];
    }
    // "/*" matches everything, "/admin/*" everything under /admin/ (and /admin itself).
    const prefix = pattern.replace(/\*$/, '');
    const matches = pattern.endsWith('*')
      ? (p) => p.startsWith(prefix) || `${p}/` === prefix
      : (p) => p === pattern;
    return { pattern, matches, values };
  });
}

/**
 * The headers Netlify sends for `urlPath`: every matching rule applies, and where two set the same
 * header the later rule's value wins, as `netlify dev` merges them.
 */
export function netlifyHeaders(tomlPath, urlPath = '/') {
  const headers = {};
  for (const rule of netlifyHeaderRules(tomlPath)) {
    if (rule.matches(urlPath)) Object.assign(headers, rule.values);
  }
  return headers;
}

/** {@code under}: the path the site is served below, as a mirror copy may be on another host. */
export function startServer(siteDir, tomlPath, under = '/') {
  const root = path.resolve(siteDir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (!url.pathname.startsWith(under)) {
      res.writeHead(404);
      res.end();
      return;
    }
    url.pathname = url.pathname.slice(under.length - 1);
    const headers = netlifyHeaders(tomlPath, url.pathname);
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) file = path.join(root, '404.html');
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!fs.existsSync(file)) {
      status = 404;
      const lang = url.pathname.match(/^\/(ru|en)\//);
      file = path.join(root, lang ? `${lang[1]}/404.html` : '404.html');
    }
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    // Netlify would not send CSP's upgrade-insecure-requests trouble over http: drop it locally.
    const csp = (headers['Content-Security-Policy'] || '').replace(/;\s*upgrade-insecure-requests/, '');
    const sent = { ...headers, 'Content-Security-Policy': csp, 'Content-Type': type };
    delete sent['Strict-Transport-Security'];
    res.writeHead(status, sent);
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}
