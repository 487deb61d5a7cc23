// QR codes as inline SVG, made at build time by the qrcode package: no outside service sees our readers' pages.
import QRCode from 'qrcode';

/**
 * One code per URL per build: the center page (print block) and its notice sheet show the same code, and choosing
 * the best mask pattern costs about 3 ms a code, which adds up over 10,000 centers.
 */
const cache = new Map<string, Promise<string>>();
const plainSvg = (text: string) => {
  let svg = cache.get(text);
  if (!svg)
    cache.set(
      text,
      (svg = QRCode.toString(text, {
        type: 'svg',
        errorCorrectionLevel: 'M',
        margin: 4,
        color: { dark: '#000000', light: '#ffffff' },
      })),
    );
  return svg;
};

/**
 * An accessible inline SVG of a QR code for `text`. Error correction M survives a creased or smudged print-out;
 * the 4-module quiet zone is what scanners expect.
 */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await plainSvg(text);
  const safe = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return svg
    .replace(/^<svg /, `<svg role="img" aria-label="${safe}" focusable="false" class="qr-code" `)
    .replace(/<\/svg>\s*$/, '</svg>');
}
