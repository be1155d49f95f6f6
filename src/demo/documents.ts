/**
 * A plain one-page A4 PDF of lines of text (Helvetica, WinAnsi, so ä, ö and å print): the demo's meeting agenda
 * and minutes as real files to download. Dashes become hyphens and other characters outside Latin-1 "?".
 */
export function textPdf(lines: string[]): Uint8Array {
  const pdfText = (s: string) =>
    s
      .replace(/[\u2013\u2014]/g, "-")
      .replace(/[^\x20-\xff]/g, "?")
      .replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = ["BT /F1 12 Tf 16 TL 72 770 Td", ...lines.map((l, i) => `${i === 0 ? "" : "T* "}(${pdfText(l)}) Tj`), "ET"].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, "latin1"));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, "latin1"));
}
