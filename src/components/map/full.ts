// Entry for the /map/ page: Leaflet is bundled in (fetched while the page is parsed); the first view comes from the
// small overview file, then the full data replaces it and near me joins the map.
import * as engine from './engine.ts';
import { loadData, startMap, yieldToMain } from './load.ts';
import { initNearMe } from './near-me.ts';

const el = document.querySelector<HTMLElement>('[data-map="full"]');
const panel = document.querySelector<HTMLElement>('[data-near-me]');
if (el) {
  void (async () => {
    // Markers first; near me works from the data alone, so it still starts if the map failed.
    const controller = await startMap(el, async () => engine, { overview: true });
    await yieldToMain();
    const near = panel
      ? await loadData()
          .then((data) => initNearMe(panel, data))
          .catch((error: unknown) => void console.error('near me:', error))
      : undefined;
    performance.mark('map:near-me-ready');
    if (!controller) return;
    near?.attachMap(controller);
    const wanted = new URLSearchParams(location.search).get('center');
    const c = wanted ? (await loadData()).centerBySlug.get(wanted) : undefined;
    if (c) controller.showCenter(c.index);
  })();
}
