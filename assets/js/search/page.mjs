// The search page in the browser: the form, the address, the results as DOM nodes.

import { StaticIndex, scriptTransport } from './static-index.mjs';
import { Searcher } from './searcher.mjs';
import { matchRanges, snippet, marked } from './snippets.mjs';

/**
 * The search page: results as the visitor types, the query kept in the address (?q=…). All is
 * built as DOM nodes with text content: nothing from the index or the query is parsed as HTML.
 */
export class SearchPage {
  constructor(document, window, results) {
    this.document = document;
    this.window = window;
    this.results = results;
    this.form = document.getElementById('search-form');
    this.input = document.getElementById('search-q');
    this.other = document.getElementById('search-other');
    this.language = results.dataset.lang;
    this.otherLanguage = results.dataset.otherLang;
    const base = results.dataset.index;
    const load = scriptTransport(window, results.dataset.indexForm) || ((url) => window.fetch(url).then((response) => {
      if (!response.ok) throw new Error(response.status + ' ' + url);
      return response.json();
    }));
    this.indexes = {};
    this.indexes[this.language] = new StaticIndex(base + this.language + '/', load);
    this.indexes[this.otherLanguage] = new StaticIndex(base + this.otherLanguage + '/', load);
    this.sequence = 0;
    this.shown = 0;
  }

  /** Wires the page up; resolves when the results for a query in the address are shown. */
  start() {
    const note = this.document.getElementById('search-nojs');
    if (note) note.hidden = true;
    const option = this.document.getElementById('search-other-option');
    if (option) option.hidden = false;
    const params = new URLSearchParams(this.window.location.search);
    this.input.value = params.get('q') || '';
    if (this.other) this.other.checked = params.get('other') === '1';
    this.indexes[this.language].manifest().catch(() => {});
    this.input.addEventListener('input', () => this.update(true));
    if (this.other) this.other.addEventListener('change', () => this.update(false));
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.update(false);
    });
    return this.input.value.trim() !== '' ? this.update(false) : Promise.resolve();
  }

  /**
   * Runs the current query (an older query's answer is dropped). Shards not fetched yet are only
   * fetched once typing pauses (TYPING_PAUSE ms), so half-typed words cost no downloads.
   */
  async update(typing) {
    const query = this.input.value;
    const withOther = this.other ? this.other.checked : false;
    const sequence = ++this.sequence;
    this.remember(query, withOther);
    if (query.trim() === '') {
      this.results.replaceChildren();
      return;
    }
    const languages = withOther ? [this.language, this.otherLanguage] : [this.language];
    try {
      if (typing) {
        const missing = await Promise.all(languages.map((l) => new Searcher(this.indexes[l]).missing(query)));
        if (missing.some((m) => m > 0)) {
          await new Promise((resolve) => this.window.setTimeout(resolve, SearchPage.TYPING_PAUSE));
          if (sequence !== this.sequence) return;
        }
      }
      const sections = await Promise.all(languages.map((l) => this.section(l, query)));
      if (sequence !== this.sequence) return;
      this.results.replaceChildren(...sections);
    } catch (error) {
      if (sequence !== this.sequence) return;
      this.results.replaceChildren(this.paragraph(this.text('error'), 'search-status'));
    }
  }

  remember(query, withOther) {
    const params = new URLSearchParams(this.window.location.search);
    if (query.trim() === '') params.delete('q'); else params.set('q', query);
    if (withOther) params.set('other', '1'); else params.delete('other');
    const search = params.toString();
    const url = this.window.location.pathname + (search ? '?' + search : '');
    this.window.history.replaceState(null, '', url);
  }

  /** One language's results: a status line, then the first page of hits, then a "more" button. */
  async section(language, query) {
    const index = this.indexes[language];
    const answer = await new Searcher(index).search(query);
    const element = this.document.createElement('section');
    element.className = 'search-section';
    element.lang = language;
    if (language !== this.language) {
      const heading = this.document.createElement('h2');
      heading.textContent = this.text('other-heading');
      element.append(heading);
    }
    const status = answer.hits.length === 0
      ? this.text('none')
      : this.text('count').replace('{0}', String(answer.hits.length));
    element.append(this.paragraph(status, 'search-status'));
    if (answer.hits.length > 0) {
      const list = this.document.createElement('ol');
      list.className = 'search-hits';
      element.append(list);
      await this.appendHits(list, element, index, answer, 0);
    }
    return element;
  }

  async appendHits(list, element, index, answer, from) {
    const page = answer.hits.slice(from, from + SearchPage.PAGE);
    const documents = await Promise.all(page.map((hit) => index.document(hit.doc)));
    documents.forEach((doc, i) => list.append(this.hit(doc, index, answer.highlight, page[i].doc)));
    const shown = from + page.length;
    if (shown < answer.hits.length) {
      const more = this.document.createElement('button');
      more.type = 'button';
      more.className = 'search-more';
      more.textContent = this.text('more');
      more.addEventListener('click', async () => {
        more.remove();
        await this.appendHits(list, element, index, answer, shown);
      });
      element.append(more);
    }
  }

  /** One result: linked title, type and date, and a snippet with the matched words marked. */
  hit(doc, index, highlight, number) {
    const analyzer = index.analyzer;
    const item = this.document.createElement('li');
    item.className = 'search-hit';
    const heading = this.document.createElement('h3');
    heading.className = 'search-hit-title';
    const link = this.document.createElement('a');
    link.href = doc.url;
    this.appendSegments(link, marked(doc.title, matchRanges(doc.title, analyzer, highlight), 0, doc.title.length));
    heading.append(link);
    const meta = this.document.createElement('p');
    meta.className = 'search-hit-meta';
    const type = this.document.createElement('span');
    type.className = 'doc-type';
    type.textContent = this.typeName(doc.type);
    meta.append(type, ' · ', this.date(doc.date));
    const text = this.document.createElement('p');
    text.className = 'search-hit-snippet';
    const ranges = matchRanges(doc.body, analyzer, highlight);
    this.appendSegments(text, snippet(doc.body, ranges));
    item.append(heading, meta, text);
    if (ranges.length === 0 && doc.parts > 1) {
      this.laterPart(text, index, highlight, number, doc.parts).catch(() => {});
    }
    return item;
  }

  /** A long document whose first part lacks the words: look for them in its later parts, one at a time. */
  async laterPart(text, index, highlight, number, parts) {
    for (let part = 1; part < parts; part++) {
      const body = (await index.documentPart(number, part)).body;
      const ranges = matchRanges(body, index.analyzer, highlight);
      if (ranges.length > 0) {
        const segments = snippet(body, ranges);
        if (segments[0].text !== '… ') segments.unshift({ text: '… ', mark: false });
        text.replaceChildren();
        this.appendSegments(text, segments);
        return;
      }
    }
  }

  appendSegments(parent, segments) {
    for (const segment of segments) {
      if (segment.mark) {
        const mark = this.document.createElement('mark');
        mark.textContent = segment.text;
        parent.append(mark);
      } else {
        parent.append(segment.text);
      }
    }
  }

  typeName(type) {
    const key = 'type' + type.charAt(0).toUpperCase() + type.slice(1).replace(/-(.)/g, (m, c) => c.toUpperCase());
    return this.results.dataset[key] || type;
  }

  /** A date as precise as it is known: 15 December 2025, December 2025, 2025, or "date not stated". */
  date(iso) {
    if (!/^\d{4}/.test(iso)) {
      return this.text('unknown-date');
    }
    const [year, month, day] = iso.split('-').map(Number);
    const time = this.document.createElement('time');
    time.dateTime = iso;
    const options = { year: 'numeric', timeZone: 'UTC' };
    if (month) options.month = 'long';
    if (day) options.day = 'numeric';
    const when = new Date(Date.UTC(year, (month || 1) - 1, day || 1));
    time.textContent = day || month ? new Intl.DateTimeFormat(this.language, options).format(when) : String(year);
    return time;
  }

  paragraph(text, className) {
    const p = this.document.createElement('p');
    p.className = className;
    p.textContent = text;
    return p;
  }

  /** Interface words come from the page (data-msg-*), written by the template from the site's messages. */
  text(key) {
    const name = 'msg' + key.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
    return this.results.dataset[name] || key;
  }
}

SearchPage.PAGE = 10;
SearchPage.TYPING_PAUSE = 80;
