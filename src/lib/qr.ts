// QR codes as inline SVG, made at build time by the qrcode package: no outside service sees our readers' pages.
import QRCode from 'qrcode';

/**
 * An accessible inline SVG of a QR code for `text`. Error correction M survives a creased or smudged print-out;
 * the 4-module quiet zone is what scanners expect.
 */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
  const safe = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return svg.replace(/^<svg /, `<svg role="img" aria-label="${safe}" focusable="false" class="qr-code" `).replace(/<\/svg>\s*$/, '</svg>');
}
