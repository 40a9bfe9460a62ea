/**
 * A PDF of a few KB that keeps pdfjs busy for minutes: form XObjects nested `depth` deep, each
 * drawing the one below it `fan` times, the last showing a word (depth 7, fan 10: ten million
 * words, more than 60 s and 900 MB when read on the main thread).
 */
export function nestedFormsPdf(depth: number, fan: number): Buffer {
  // Objects 1–4: catalog, pages, page, font; then the forms (level 1 at object 5), then the page's content.
  const formId = (level: number): number => 4 + level;
  const contentId = formId(depth) + 1;
  const page = 'BT /F1 12 Tf 72 760 Td (Hello) Tj ET\n/X Do';
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /X ${formId(depth)} 0 R >> >> /Contents ${contentId} 0 R >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  for (let level = 1; level <= depth; level++) {
    const body = level === 1 ? 'BT /F1 12 Tf 72 700 Td (policy) Tj ET' : Array.from({ length: fan }, () => '/X Do').join('\n');
    const resources = level === 1 ? '<< /Font << /F1 4 0 R >> >>' : `<< /XObject << /X ${formId(level - 1)} 0 R >> >>`;
    objects.push(`<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources ${resources} /Length ${body.length} >>\nstream\n${body}\nendstream`);
  }
  objects.push(`<< /Length ${page.length} >>\nstream\n${page}\nendstream`);
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(out.length);
    out += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
