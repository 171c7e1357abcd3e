// The search page in the browser: the form, the address, the results as DOM nodes.

import { StaticIndex, scriptTransport } from './static-index.mjs';
import { Searcher } from './searcher.mjs';
import { matchRanges, snippet, marked } from './snippets.mjs';
import { decodeColumns, narrow, addCounts, selectionOf, searchOf, toggled } from './facets.mjs';

/**
 * The search page: results as the visitor types, narrowed by the filters ticked, the query and
 * the filters kept in the address (?q=…&country=KZ). All is built as DOM nodes with text
 * content: nothing from the index or the query is parsed as HTML.
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
    // The site's other languages, which "also search" adds, in the site's order.
    this.otherLanguages = (results.dataset.otherLang || '').split(' ').filter((code) => code && code !== this.language);
    const base = results.dataset.index;
    const load = scriptTransport(window, results.dataset.indexForm) || ((url) => window.fetch(url).then((response) => {
      if (!response.ok) throw new Error(response.status + ' ' + url);
      return response.json();
    }));
    this.indexes = {};
    this.indexes[this.language] = new StaticIndex(base + this.language + '/', load);
    for (const other of this.otherLanguages) this.indexes[other] = new StaticIndex(base + other + '/', load);
    this.sequence = 0;
    this.shown = 0;
    this.filters = document.getElementById('search-filters');
    this.live = document.getElementById('search-status');
    this.selection = new Map();
    this.columns = new Map();
    this.boxes = new Map();
    this.dateFormats = new Map();
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
    this.selection = selectionOf(this.window.location.search);
    this.labels = this.filterLabels(note);
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
      if (this.filters) this.filters.hidden = true;
      if (this.live) this.live.textContent = '';
      return;
    }
    const languages = withOther ? [this.language, ...this.otherLanguages] : [this.language];
    try {
      if (typing) {
        const missing = await Promise.all(languages.map((l) => new Searcher(this.indexes[l]).missing(query)));
        if (missing.some((m) => m > 0)) {
          await new Promise((resolve) => this.window.setTimeout(resolve, SearchPage.TYPING_PAUSE));
          if (sequence !== this.sequence) return;
        }
      }
      const answers = await Promise.all(languages.map((l) => this.answer(l, query)));
      if (sequence !== this.sequence) return;
      const sections = await Promise.all(answers.map((answer, i) => this.section(languages[i], answer)));
      if (sequence !== this.sequence) return;
      this.showFilters(languages, addCounts(answers.map((answer) => answer.counts)));
      this.results.replaceChildren(...sections);
      this.announce(answers, languages);
    } catch (error) {
      if (sequence !== this.sequence) return;
      this.results.replaceChildren(this.paragraph(this.text('error'), 'search-status'));
    }
  }

  remember(query, withOther) {
    const search = searchOf(query, withOther, this.selection);
    const url = this.window.location.pathname + (search ? '?' + search : '');
    this.window.history.replaceState(null, '', url);
  }

  /** A language's hits, narrowed by the filters, with the counts of the filters' values. */
  async answer(language, query) {
    const index = this.indexes[language];
    const answer = await new Searcher(index).search(query);
    const narrowed = narrow(this.columnsOf(language), answer.hits, this.selection);
    return { ...answer, hits: narrowed.hits, counts: narrowed.counts };
  }

  /** The manifest's filter columns of a language's index, decoded once (the manifest is loaded by then). */
  columnsOf(language) {
    let columns = this.columns.get(language);
    if (columns === undefined) {
      const meta = this.indexes[language].meta;
      columns = decodeColumns(meta.filters, meta.documents);
      this.columns.set(language, columns);
    }
    return columns;
  }

  /** One language's results: a status line, then the first page of hits, then a "more" button. */
  async section(language, answer) {
    const index = this.indexes[language];
    const element = this.document.createElement('section');
    element.className = 'search-section';
    element.lang = language;
    if (language !== this.language) {
      const heading = this.document.createElement('h2');
      heading.textContent = this.headingOf(language);
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

  /**
   * The filters' names and their values' names, from the links the page has for visitors without
   * the script ({filter: {legend, names: Map value → name}}); a section's name is its type's.
   */
  filterLabels(note) {
    const labels = {};
    for (const group of note ? note.querySelectorAll('[data-filter]') : []) {
      const names = new Map();
      for (const link of group.querySelectorAll('a[data-value]')) names.set(link.dataset.value, link.textContent);
      labels[group.dataset.filter] = { legend: group.dataset.legend, names };
    }
    return labels;
  }

  /**
   * The filters as fieldsets of check boxes, a value's count beside its name: the values of the
   * languages searched, in the index's order; a value no result has is left out unless ticked.
   * The boxes are kept from one query to the next (only counts and visibility change), so focus
   * and a screen reader's place stay where they were.
   */
  showFilters(languages, counts) {
    if (!this.filters) return;
    const key = languages.join(' ');
    if (this.filtersFor !== key) {
      this.filtersFor = key;
      this.boxes = new Map();
      this.filters.replaceChildren(...this.fieldsets(languages));
    }
    let anyShown = false;
    for (const [name, group] of this.boxes) {
      let shown = false;
      const ticked = this.selection.get(name) || new Set();
      for (const [value, box] of group.values) {
        const count = counts.get(name)?.get(value) || 0;
        box.input.checked = ticked.has(value);
        box.count.textContent = ' (' + count + ')';
        box.item.hidden = count === 0 && !box.input.checked && this.document.activeElement !== box.input;
        shown = shown || !box.item.hidden;
      }
      group.fieldset.hidden = !shown;
      anyShown = anyShown || shown;
    }
    if (this.clear) this.clear.hidden = this.selection.size === 0;
    this.filters.hidden = !anyShown;
  }

  fieldsets(languages) {
    const values = new Map();
    for (const language of languages) {
      for (const column of this.columnsOf(language)) {
        const all = values.get(column.name) || values.set(column.name, []).get(column.name);
        for (const value of column.values) if (!all.includes(value)) all.push(value);
      }
    }
    // Ticked in the address but in no index: shown, so that it can be unticked.
    for (const [name, ticked] of this.selection) {
      if (!values.has(name)) continue;
      for (const value of ticked) if (!values.get(name).includes(value)) values.get(name).push(value);
    }
    const elements = [];
    const heading = this.document.createElement('h2');
    heading.className = 'search-filters-title';
    heading.textContent = this.text('filters');
    elements.push(heading);
    for (const [name, list] of values) {
      const labels = this.labels[name] || { legend: name, names: new Map() };
      const fieldset = this.document.createElement('fieldset');
      fieldset.className = 'search-filter';
      const legend = this.document.createElement('legend');
      legend.textContent = labels.legend || name;
      const items = this.document.createElement('ul');
      fieldset.append(legend, items);
      const group = { fieldset, values: new Map() };
      for (const value of list) {
        const item = this.document.createElement('li');
        const label = this.document.createElement('label');
        const input = this.document.createElement('input');
        input.type = 'checkbox';
        input.name = name;
        input.value = value;
        const count = this.document.createElement('span');
        count.className = 'count';
        label.append(input, ' ' + (labels.names.get(value) || (name === 'section' ? this.typeName(value) : value)), count);
        item.append(label);
        items.append(item);
        input.addEventListener('change', () => {
          this.selection = toggled(this.selection, name, value, input.checked);
          this.update(false);
        });
        group.values.set(value, { item, input, count });
      }
      this.boxes.set(name, group);
      elements.push(fieldset);
    }
    this.clear = this.document.createElement('button');
    this.clear.type = 'button';
    this.clear.className = 'search-filters-clear';
    this.clear.textContent = this.text('clear');
    this.clear.addEventListener('click', () => {
      this.selection = new Map();
      this.update(false);
      this.input.focus();
    });
    elements.push(this.clear);
    return elements;
  }

  /** The number of results in the live region, which screen readers read out when it changes. */
  announce(answers, languages) {
    if (!this.live) return;
    const parts = answers.map((answer, i) => {
      const count = answer.hits.length === 0 ? this.text('none') : this.text('count').replace('{0}', String(answer.hits.length));
      return i === 0 ? count : this.headingOf(languages[i]) + ': ' + count;
    });
    this.live.textContent = parts.join(' ');
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
    this.subResults(item, doc, doc.body, 0, ranges, analyzer, highlight);
    if (ranges.length === 0 && doc.parts > 1) {
      this.laterPart(item, text, doc, index, highlight, number).catch(() => {});
    }
    return item;
  }

  /**
   * Up to SUB_RESULTS links to the headings a match is under, in the order of the page, each with
   * a snippet of its section: {@code body} is the part of the document's body starting at
   * {@code offset}, {@code ranges} its matches.
   */
  subResults(item, doc, body, offset, ranges, analyzer, highlight) {
    const headings = (doc.headings || []).map(([at, id]) => ({ at: at - offset, id }));
    const found = [];
    for (let h = 0; h < headings.length && found.length < SearchPage.SUB_RESULTS; h++) {
      const start = headings[h].at;
      const end = h + 1 < headings.length ? headings[h + 1].at : body.length;
      if (end <= 0 || start >= body.length || start < 0) continue;
      if (!ranges.some((r) => r.start >= start && r.start < end)) continue;
      const lineEnd = body.indexOf('\n', start);
      const titleEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
      found.push({ id: headings[h].id, title: body.slice(start, titleEnd), text: body.slice(titleEnd, end).trim() });
    }
    if (found.length === 0) return;
    const list = this.document.createElement('ul');
    list.className = 'search-sub';
    for (const sub of found) {
      const entry = this.document.createElement('li');
      const link = this.document.createElement('a');
      link.href = doc.url + '#' + encodeURIComponent(sub.id);
      this.appendSegments(link, marked(sub.title, matchRanges(sub.title, analyzer, highlight), 0, sub.title.length));
      const text = this.document.createElement('p');
      text.className = 'search-sub-snippet';
      this.appendSegments(text, snippet(sub.text, matchRanges(sub.text, analyzer, highlight), 160));
      entry.append(link, text);
      list.append(entry);
    }
    item.append(list);
  }

  /** A long document whose first part lacks the words: look for them in its later parts, one at a time. */
  async laterPart(item, text, doc, index, highlight, number) {
    let offset = doc.body.length;
    for (let part = 1; part < doc.parts; part++) {
      const body = (await index.documentPart(number, part)).body;
      const ranges = matchRanges(body, index.analyzer, highlight);
      if (ranges.length > 0) {
        const segments = snippet(body, ranges);
        if (segments[0].text !== '… ') segments.unshift({ text: '… ', mark: false });
        text.replaceChildren();
        this.appendSegments(text, segments);
        this.subResults(item, doc, body, offset, ranges, index.analyzer, highlight);
        return;
      }
      offset += body.length;
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
    time.textContent = day || month ? this.dateFormat(options).format(when) : String(year);
    return time;
  }

  /** A date format of the page's language, made once for each precision: making one costs more than using it. */
  dateFormat(options) {
    const key = options.day ? 'day' : 'month';
    let format = this.dateFormats.get(key);
    if (format === undefined) {
      format = new Intl.DateTimeFormat(this.language, options);
      this.dateFormats.set(key, format);
    }
    return format;
  }

  paragraph(text, className) {
    const p = this.document.createElement('p');
    p.className = className;
    p.textContent = text;
    return p;
  }

  /** Interface words come from the page (data-msg-*), written by the template from the site's messages. */
  /**
   * The heading of another language's results: "In Russian" on a site of two languages, that
   * language's own name where there are more.
   */
  headingOf(language) {
    return this.results.dataset['name' + language.charAt(0).toUpperCase() + language.slice(1)] || this.text('other-heading');
  }

  text(key) {
    const name = 'msg' + key.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');
    return this.results.dataset[name] || key;
  }
}

SearchPage.PAGE = 10;
SearchPage.SUB_RESULTS = 3;
SearchPage.TYPING_PAUSE = 80;
