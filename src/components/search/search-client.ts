// The search page in the browser: reads the form (GET /search/?q=…), runs the query on Pagefind with synonyms
// and 繁→简 conversion, and renders exact, synonym and related results with an announced count.
import {
  buildVocabulary,
  hasTraditional,
  parseQuery,
  type SnippetPiece,
  type SynonymTable,
  type Vocabulary,
} from '../../lib/search/query.ts';
import { SearchSession, type PagefindFilters, type PagefindLike, type SearchHit } from '../../lib/search/run.ts';

interface SearchConfig {
  synonyms: SynonymTable;
  traditional: string;
  categoryLabels: Record<string, string>;
  audienceLabels: Record<string, string>;
}

interface PagefindModule extends PagefindLike {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
}

const $ = <T extends HTMLElement>(selector: string, root: ParentNode = document) => root.querySelector<T>(selector)!;

let pagefind: Promise<PagefindModule> | undefined;
/** Loads Pagefind on first need (focus, typing or a query in the URL), so the page itself stays light. */
function loadPagefind(): Promise<PagefindModule> {
  pagefind ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as PagefindModule;
    // The main thread is fast enough for this index and saves fetching the worker script on every cold page.
    await pf.options({ noWorker: true });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

let converter: Promise<(text: string) => string> | undefined;
const loadConverter = () => (converter ??= import('../../lib/search/hant.ts').then((m) => m.toSimplified));

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & { className?: string } = {},
  ...children: (Node | string)[]
) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

function renderSnippet(pieces: SnippetPiece[]): Node[] {
  return pieces.map((p) => (p.mark ? el('mark', {}, p.text) : document.createTextNode(p.text)));
}

function renderHit(hit: SearchHit): HTMLLIElement {
  const li = el('li', { className: 'search-hit' });
  li.dataset['url'] = hit.url;
  li.dataset['tier'] = String(hit.tier);
  li.append(el('h3', { className: 'text-xl font-bold' }, el('a', { href: hit.url }, hit.title)));
  const line = [hit.kind, hit.place].filter(Boolean).join(' · ');
  if (line) li.append(el('p', { className: 'text-base text-muted' }, line));
  if (hit.service) {
    li.append(
      el(
        'p',
        { className: 'search-hit__service' },
        '服务：',
        el('strong', {}, hit.service.name),
        `（${hit.service.category}）`,
      ),
    );
  }
  li.append(el('p', { className: 'search-hit__snippet' }, ...renderSnippet(hit.snippet)));
  if (hit.via.length) {
    li.append(
      el(
        'p',
        { className: 'text-base text-muted' },
        `按同义词找到：${hit.via.map((v) => `${v.term} → ${v.synonym}`).join('，')}`,
      ),
    );
  }
  return li;
}

function readFilters(form: HTMLFormElement): { filters: PagefindFilters; count: number } {
  const data = new FormData(form);
  const filters: PagefindFilters = {};
  let count = 0;
  for (const key of ['county', 'town', 'category']) {
    const value = String(data.get(key) ?? '');
    if (value) {
      filters[key] = value;
      count++;
    }
  }
  for (const key of ['function', 'audience']) {
    const values = data.getAll(key).map(String).filter(Boolean);
    if (values.length) {
      filters[key] = { any: values };
      count += values.length;
    }
  }
  return { filters, count };
}

/** The search page's elements (src/pages/search.astro), and its configuration. */
function pageOf() {
  /** A results section and its list: the main results, or the related ones. */
  const results = (id: string) => ({ section: $<HTMLElement>(id), list: $<HTMLOListElement>(`${id} ol`) });
  return {
    form: $<HTMLFormElement>('#search-form'),
    input: $<HTMLInputElement>('#search-q'),
    status: $<HTMLElement>('#search-status'),
    note: $<HTMLElement>('#search-note'),
    near: $<HTMLElement>('#search-near'),
    hits: results('#search-hits'),
    related: results('#search-related'),
    more: $<HTMLButtonElement>('#search-more'),
    empty: $<HTMLElement>('#search-empty'),
    suggestions: $<HTMLUListElement>('#search-suggestions'),
    config: JSON.parse($<HTMLScriptElement>('#search-config').textContent ?? '{}') as SearchConfig,
  };
}
type SearchPage = ReturnType<typeof pageOf>;

/** Towns follow the chosen county: other counties' towns are hidden, and picking a town sets its county. */
function linkTownsToCounty(): () => void {
  const county = $<HTMLSelectElement>('#search-county');
  const town = $<HTMLSelectElement>('#search-town');
  const syncTowns = () => {
    for (const group of town.querySelectorAll('optgroup')) {
      const other = !!county.value && group.dataset['county'] !== county.value;
      group.hidden = other;
      group.disabled = other;
    }
    if (
      town.selectedOptions[0]?.parentElement instanceof HTMLOptGroupElement &&
      town.selectedOptions[0].parentElement.disabled
    )
      town.value = '';
  };
  county.addEventListener('change', syncTowns);
  town.addEventListener('change', () => {
    const group = town.selectedOptions[0]?.parentElement;
    if (group instanceof HTMLOptGroupElement && group.dataset['county']) county.value = group.dataset['county'];
  });
  return syncTowns;
}

/** Where to look instead when nothing matched: the query's categories and audiences, the map, the directory. */
function showSuggestions(
  { suggestions, config }: SearchPage,
  categories: string[],
  audiences: string[],
  nearMe: boolean,
) {
  suggestions.replaceChildren();
  const add = (href: string, text: string) =>
    suggestions.append(el('li', {}, el('a', { href, className: 'tap' }, text)));
  for (const c of categories) add(`/services/${c}/`, `服务分类：${config.categoryLabels[c] ?? c}`);
  for (const a of audiences) add(`/services/for/${a}/`, `面向${config.audienceLabels[a] ?? a}的服务`);
  add('/map/', nearMe ? '附近的邻里中心（地图与附近）' : '找离我最近的邻里中心（地图与附近）');
  add('/services/', '按服务分类浏览全部邻里中心');
}

/** How a search is named in the announced count: the query as typed, or the filters. */
const searchLabel = (raw: string) => (raw ? `“${raw}”` : '按筛选条件');

function render(page: SearchPage, s: SearchSession, label: string) {
  for (const [part, hits] of [
    [page.hits, s.hits],
    [page.related, s.related],
  ] as const) {
    part.list.replaceChildren(...hits.map(renderHit));
    part.section.hidden = hits.length === 0;
  }
  page.more.hidden = !s.hasMore || s.fragmentsLoaded === 0;
  const none = s.hits.length === 0;
  page.empty.hidden = !none;
  page.near.hidden = !s.query.nearMe || none;
  if (none) showSuggestions(page, s.query.categories, s.query.audiences, s.query.nearMe);
  const shown = s.hits.length;
  const related = s.related.length;
  const moreText = s.hasMore && shown > 0 ? '，还有更多' : '';
  page.status.textContent = none
    ? related
      ? `${label}：没有完全符合的结果，有 ${related} 个相关结果。`
      : `${label}：没有找到结果。`
    : `${label}：找到 ${shown} 个结果${related ? `，另有 ${related} 个相关结果` : ''}${moreText}。`;
}

/** Puts the form's non-empty fields in the address, so the search can be shared or come back with the back button. */
function replaceUrl(form: HTMLFormElement) {
  const params = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
  for (const [key, value] of [...params.entries()]) if (!value) params.delete(key);
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history.replaceState(null, '', url);
}

/** Fills the form from the URL (a shared link, the back button, or the no-JavaScript GET form). */
function restoreForm({ form, input }: SearchPage, params: URLSearchParams) {
  input.value = params.get('q') ?? '';
  for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select, input[type=checkbox]')) {
    const values = params.getAll(field.name);
    if (field instanceof HTMLSelectElement) field.value = values[0] ?? '';
    else field.checked = values.includes(field.value);
  }
}

/** The searches of one page: a newer one (typing on) drops an older one still running (`generation`). */
class Searches {
  private readonly page: SearchPage;
  private readonly vocab: Vocabulary;
  private session: SearchSession | undefined;
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(page: SearchPage) {
    this.page = page;
    this.vocab = buildVocabulary(page.config.synonyms);
  }

  /** Runs the form's search after `delay` ms, unless another is scheduled before. */
  schedule(delay: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(true).catch(this.fail), delay);
  }

  async run(pushUrl: boolean) {
    const { form, input, status, note, near, hits, related, more, empty, config } = this.page;
    const mine = ++this.generation;
    const stale = () => mine !== this.generation;
    const raw = input.value.trim();
    const { filters, count } = readFilters(form);
    if (pushUrl) replaceUrl(form);
    if (!raw && count === 0) {
      this.session = undefined;
      hits.section.hidden = related.section.hidden = more.hidden = empty.hidden = near.hidden = true;
      status.textContent = '';
      note.textContent = '';
      return;
    }
    document.body.dataset['searchState'] = 'busy';
    status.textContent = '正在搜索…';
    let text = raw;
    note.replaceChildren();
    if (hasTraditional(raw, config.traditional)) {
      text = (await loadConverter())(raw);
      if (stale()) return;
      if (text !== raw)
        note.replaceChildren('已把繁体“', el('span', { lang: 'zh-Hant' }, raw), `”转为简体“${text}”来搜索。`);
    }
    const query = parseQuery(text, this.vocab);
    const pf = await loadPagefind();
    if (stale()) return;
    const s = new SearchSession(pf, query, count ? { filters } : {}, config.categoryLabels);
    this.session = s;
    await s.next((partial) => {
      if (stale()) return;
      hits.list.replaceChildren(...partial.map(renderHit));
      hits.section.hidden = false;
      empty.hidden = true;
    });
    if (stale()) return;
    const label = searchLabel(raw);
    render(this.page, s, count && raw ? `${label}（已筛选）` : label);
    document.body.dataset['searchState'] = 'done';
  }

  /** The next page of results; focus moves to the first new one so keyboard users continue where the list grew. */
  async more() {
    const { input, hits, related, more } = this.page;
    const s = this.session;
    if (!s) return;
    more.disabled = true;
    const before = s.hits.length + s.related.length;
    await s.next().catch(this.fail);
    if (s !== this.session) return;
    render(this.page, s, searchLabel(input.value.trim()));
    more.disabled = false;
    const items = [...hits.list.children, ...related.list.children];
    const next = items[before]?.querySelector('a');
    next?.focus();
  }

  readonly fail = (err: unknown) => {
    console.error(err);
    this.page.status.textContent = '搜索暂时无法使用。可以按服务分类或地区浏览。';
    this.page.empty.hidden = false;
    showSuggestions(this.page, [], [], false);
    document.body.dataset['searchState'] = 'error';
  };
}

export function start(): void {
  const page = pageOf();
  const { form, input, more } = page;
  const searches = new Searches(page);
  const syncTowns = linkTownsToCounty();

  const warm = () => void loadPagefind().catch(() => undefined);
  input.addEventListener('focus', warm, { once: true });
  input.addEventListener('pointerdown', warm, { once: true });
  input.addEventListener('input', (event) => {
    // While an input method is composing (拼音 → 汉字) the text is not final yet.
    if ((event as InputEvent).isComposing) return;
    // A short pause only: an input method commits whole words, and a stale search is dropped anyway (generation).
    searches.schedule(30);
  });
  input.addEventListener('compositionend', () => searches.schedule(30));
  form.addEventListener('change', (event) => {
    if (event.target !== input) searches.schedule(0);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    searches.schedule(0);
  });
  more.addEventListener('click', () => void searches.more());

  const params = new URLSearchParams(location.search);
  restoreForm(page, params);
  syncTowns();
  const anyFilter = [...params.keys()].some((k) => k !== 'q');
  if (input.value || anyFilter) {
    if (anyFilter) $<HTMLDetailsElement>('#search-filters').open = true;
    void searches.run(false).catch(searches.fail);
  }
}
