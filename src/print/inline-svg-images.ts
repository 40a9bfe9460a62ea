/**
 * PDF writers cannot draw an SVG that is embedded in an SVG as a data URI (satori embeds our QR
 * codes and icons that way). This turns each such `<image>` into a nested `<svg>` element at the
 * same place, so text, icons and QR codes stay vector in the PDF. Only our own generated
 * images (QR, icons) are ever embedded as SVG; user logos are PNG/JPEG and stay images.
 */
const SVG_IMAGE = /<image x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)" href="data:image\/svg\+xml;base64,([^"]+)"[^>]*\/>/g;

export function inlineSvgImages(svg: string): string {
  return svg.replace(SVG_IMAGE, (_match, x: string, y: string, width: string, height: string, base64: string) => {
    const inner = Buffer.from(base64, 'base64').toString('utf8').replace(/<!--[\s\S]*?-->/g, '').replace(/<\?xml[^>]*\?>/, '');
    return inner.replace(/<svg\b([^>]*)>/, (_all, attributes: string) => {
      const kept = attributes.replace(/\s(width|height|x|y|class)="[^"]*"/g, '');
      return `<svg x="${x}" y="${y}" width="${width}" height="${height}"${kept}>`;
    });
  });
}
