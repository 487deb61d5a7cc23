// Entry for pages with a small map: Leaflet and the data load only when the map comes near the screen.
import { startMap } from './load.ts';

for (const el of document.querySelectorAll<HTMLElement>('[data-map="mini"]')) {
  const io = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      io.disconnect();
      void startMap(el, () => import('./engine.ts'));
    },
    { rootMargin: '300px' },
  );
  io.observe(el);
}
