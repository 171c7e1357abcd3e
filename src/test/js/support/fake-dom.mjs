// Just enough of a DOM for the search page: elements with children, text, attributes, dataset and
// events. Setting innerHTML throws, so a test fails if the page ever builds HTML from strings.

export class FakeElement {
  constructor(tag, document) {
    this.tagName = tag.toUpperCase();
    this.ownerDocument = document;
    this.children = [];
    this.dataset = {};
    this.listeners = {};
    this.hidden = false;
    this.parent = null;
  }

  set innerHTML(value) {
    throw new Error('innerHTML must not be used: ' + value);
  }

  get textContent() {
    return this.children.map((c) => (typeof c === 'string' ? c : c.textContent)).join('');
  }

  set textContent(text) {
    this.children = [String(text)];
  }

  append(...nodes) {
    for (const node of nodes) {
      if (typeof node !== 'string') node.parent = this;
      this.children.push(node);
    }
  }

  replaceChildren(...nodes) {
    this.children = [];
    this.append(...nodes);
  }

  remove() {
    if (this.parent) this.parent.children = this.parent.children.filter((c) => c !== this);
  }

  addEventListener(type, listener) {
    (this.listeners[type] = this.listeners[type] || []).push(listener);
  }

  dispatch(type) {
    const event = { type, preventDefault() { this.defaultPrevented = true; } };
    return Promise.all((this.listeners[type] || []).map((l) => l(event)));
  }

  /** Descendants matching "tag[data-name]", "[data-name]" or "tag", in document order: what the page asks. */
  querySelectorAll(selector) {
    const [, tag, data] = /^(\w*)(?:\[data-([a-z-]+)\])?$/.exec(selector);
    const key = data && data.replace(/-(.)/g, (m, c) => c.toUpperCase());
    const found = [];
    const walk = (element) => {
      for (const child of element.children) {
        if (typeof child === 'string') continue;
        if ((!tag || child.tagName === tag.toUpperCase()) && (!key || key in child.dataset)) found.push(child);
        walk(child);
      }
    };
    walk(this);
    return found;
  }

  /** Descendant elements with this tag name, in document order. */
  all(tag) {
    const found = [];
    for (const child of this.children) {
      if (typeof child === 'string') continue;
      if (child.tagName === tag.toUpperCase()) found.push(child);
      found.push(...child.all(tag));
    }
    return found;
  }
}

export class FakeDocument {
  constructor() {
    this.byId = new Map();
  }

  createElement(tag) {
    return new FakeElement(tag, this);
  }

  /** An element the page's HTML would have had, findable by id. */
  add(tag, id, properties = {}) {
    const element = this.createElement(tag);
    Object.assign(element, properties);
    this.byId.set(id, element);
    return element;
  }

  getElementById(id) {
    return this.byId.get(id) || null;
  }
}
