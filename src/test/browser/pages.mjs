// One page of each template, in both languages: the pages every later change is held to.
export const TEMPLATES = {
  home: (l) => `/${l}/`,
  'section list': (l) => `/${l}/statements/`,
  document: (l) => `/${l}/resolutions/9th-coordination-meeting-2025/`,
  country: (l) => `/${l}/countries/kz/`,
  tag: (l) => `/${l}/tags/zhanaozen/`,
  'case list': (l) => `/${l}/cases/`,
  case: (l) => `/${l}/cases/erzhan-elshibayev/`,
  campaign: (l) => `/${l}/campaigns/free-erzhan-elshibayev/`,
  search: (l) => `/${l}/search/`,
  'if blocked': (l) => `/${l}/if-blocked/`,
  404: (l) => `/${l}/404.html`,
};

export const LANGUAGES = ['ru', 'en'];

export function allPages() {
  const pages = [];
  for (const [template, url] of Object.entries(TEMPLATES)) {
    for (const lang of LANGUAGES) pages.push({ template, lang, url: url(lang) });
  }
  return pages;
}
