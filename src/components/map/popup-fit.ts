// Keeps an open popup inside the map and clear of the map's controls, measured as laid out: how the zoom buttons,
// the no-basemap note, the scale and the credit wrap depends on the reader's fonts and 长辈模式, not on fixed sizes.
import type * as L from 'leaflet';

const gap = 8;

/**
 * Narrows, shortens (its content then scrolls) and pans `popup` so it sits right of the top-left controls (the zoom
 * buttons: clearing them sideways costs a small map less height), below any top-right control still shown (map.css
 * hides the note while a popup is open), above the bottom ones and inside the map. Without this a popup's title
 * went under the zoom buttons, its close button under the note, or out of a 360 px phone's map altogether.
 */
export function fitPopupToMap(map: L.Map, popup: L.Popup): void {
  const el = popup.getElement();
  const content = el?.querySelector<HTMLElement>('.leaflet-popup-content');
  if (!el || !content) return;
  const box = map.getContainer().getBoundingClientRect();
  let left = gap;
  let top = gap;
  let bottom = gap;
  for (const control of map.getContainer().querySelectorAll<HTMLElement>('.leaflet-control')) {
    const r = control.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    if (control.closest('.leaflet-bottom')) bottom = Math.max(bottom, box.bottom - r.top + gap);
    else if (control.closest('.leaflet-left')) left = Math.max(left, r.right - box.left + gap);
    else top = Math.max(top, r.bottom - box.top + gap);
  }
  const size = map.getSize();
  // The popup's frame around its content: the wrapper's padding and the content's margins, the tip below.
  const frameX = el.offsetWidth - content.offsetWidth;
  const frameY = el.offsetHeight + (parseFloat(getComputedStyle(el).marginBottom) || 0) - content.offsetHeight;
  popup.options.maxWidth = Math.max(120, Math.min(popup.options.maxWidth ?? 300, size.x - left - gap - frameX - 1));
  popup.options.maxHeight = Math.max(120, size.y - top - bottom - frameY);
  popup.options.autoPanPaddingTopLeft = [left, top];
  popup.options.autoPanPaddingBottomRight = [gap, bottom];
  popup.update();
}
