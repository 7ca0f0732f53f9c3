/**
 * Runs searches on /search/ with Pagefind, as the reader types, and keeps the query and filter in
 * the address so a result list can be shared. Results are links; the count is announced.
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: { kind?: string[] };
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  debouncedSearch(
    query: string,
    options?: { filters?: Record<string, string> },
    ms?: number,
  ): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const SHOWN = 10;
/**
 * Long pages (the overview, the history) are often the best answer to a one-word query such as
 * "Hashd", so page length counts for less than Pagefind's default (0.75) when ranking.
 */
const SEARCH_OPTIONS = {
  excerptLength: 22,
  ranking: { pageLength: 0.25 },
  // The index stores paths from the build folder; under a base path, results must carry it.
  baseUrl: import.meta.env.BASE_URL,
};

async function loadPagefind(): Promise<Pagefind> {
  const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pagefind.options(SEARCH_OPTIONS);
  return pagefind;
}

if (form && input && status && list) {
  const ready = loadPagefind();
  const kind = () => form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? '';

  const run = async () => {
    const query = input.value.trim();
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    if (kind()) params.set('kind', kind());
    history.replaceState(null, '', `${location.pathname}${params.size > 0 ? `?${params}` : ''}`);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const pagefind = await ready;
    const search = await pagefind.debouncedSearch(query, kind() ? { filters: { kind: kind() } } : {}, 150);
    if (search === null) return;
    const results = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.className = 'result-title';
        link.href = result.url;
        link.textContent = result.meta.title?.replace(/ · The PMF Explained$/, '') ?? result.url;
        const label = document.createElement('span');
        label.className = 'result-kind';
        label.textContent = result.filters.kind?.[0] ? ` · ${result.filters.kind[0]}` : '';
        const excerpt = document.createElement('p');
        // Pagefind escapes the page text and adds only <mark> around the matched words.
        excerpt.innerHTML = result.excerpt;
        item.append(link, label, excerpt);
        return item;
      }),
    );
    const total = search.results.length;
    status.textContent =
      total === 0
        ? `No pages match “${query}”.`
        : `${total} page${total === 1 ? '' : 's'} match “${query}”${total > SHOWN ? `; the first ${SHOWN} are shown` : ''}.`;
  };

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const wanted = params.get('kind');
  if (wanted) for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="kind"]')) radio.checked = radio.value === wanted;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('input', () => void run());
  if (input.value) void run();
}
