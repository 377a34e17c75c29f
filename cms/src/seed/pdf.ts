/**
 * A demo notice's signed copy as a real one-page A4 PDF, written by hand so the seed needs no PDF
 * library or font file: the text is set in STSong-Light, one of the Chinese fonts every PDF reader
 * must supply itself (PDF 1.7, 9.7.5.2: the predefined CJK fonts), addressed in UCS-2.
 */

const PAGE = { width: 595, height: 842, margin: 72 }
const SIZE = { title: 20, body: 14 }

/** A character's width in ems: ASCII is half-width (the font's /W below), the rest full. */
const ems = (text: string) => [...text].reduce((sum, ch) => sum + (ch < '\x7f' ? 0.5 : 1), 0)

/** Lines at most `perLine` ems wide: Chinese breaks between any two characters. */
function wrap(text: string, perLine: number): string[] {
  const lines = ['']
  for (const ch of text) {
    if (ems(lines.at(-1)! + ch) > perLine) lines.push('')
    lines[lines.length - 1] += ch
  }
  return lines
}

/** A PDF string of UCS-2 code units in hex, as the UniGB-UCS2-H encoding reads them. */
const ucs2 = (text: string) =>
  `<${[...text]
    .map((ch) => (ch.codePointAt(0)! > 0xffff ? '？' : ch))
    .map((ch) => ch.charCodeAt(0).toString(16).padStart(4, '0'))
    .join('')}>`

export function noticePdf({ title, body, signature }: { title: string; body: string[]; signature: string }) {
  const width = PAGE.width - 2 * PAGE.margin
  const ops: string[] = ['BT']
  let y = PAGE.height - PAGE.margin
  const line = (text: string, size: number, x: number) => {
    y -= size * 1.6
    ops.push(`/F1 ${size} Tf 1 0 0 1 ${x} ${y} Tm ${ucs2(text)} Tj`)
  }
  for (const text of wrap(title, Math.floor(width / SIZE.title))) {
    const x = PAGE.margin + (width - ems(text) * SIZE.title) / 2
    line(text, SIZE.title, Math.max(PAGE.margin, x))
  }
  y -= SIZE.body
  for (const paragraph of body)
    wrap(paragraph, Math.floor(width / SIZE.body)).forEach((text) => line(text, SIZE.body, PAGE.margin))
  y -= SIZE.body * 2
  line(signature, SIZE.body, PAGE.width - PAGE.margin - ems(signature) * SIZE.body)
  ops.push('ET')
  const content = ops.join('\n')

  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>`,
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000 /W [1 95 500] /FontDescriptor 7 0 R >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ]
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'))
    pdf += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(pdf, 'latin1')
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(pdf, 'latin1')
}
