import sharp from 'sharp'

/** Demo pictures drawn locally (no downloads, no text, so no font is needed). */

const palettes = [
  ['#b3261e', '#f6d7a7'],
  ['#1d5c4d', '#cfe8d5'],
  ['#24478f', '#d4e1f7'],
  ['#7a4b12', '#f3e3c3'],
  ['#5b2a86', '#e7d7f5'],
  ['#0f6b7a', '#cdeef2'],
  ['#8a3b12', '#fbe0cf'],
]

function hash(text: string): number {
  let h = 2166136261
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619)
  return h >>> 0
}

/** A portrait-shaped picture: a figure (or several, for a household) on a warm background. */
export async function portraitJpeg(seedText: string, people = 1): Promise<Buffer> {
  const h = hash(seedText)
  const [dark, light] = palettes[h % palettes.length]
  const width = 800
  const height = 1000
  const figures = Array.from({ length: people }, (_, i) => {
    const cx = (width / (people + 1)) * (i + 1)
    const scale = people === 1 ? 1 : 0.7
    return `<circle cx="${cx}" cy="${420 * scale + 120}" r="${130 * scale}" fill="${dark}" opacity="0.85"/>
      <ellipse cx="${cx}" cy="${height}" rx="${260 * scale}" ry="${360 * scale}" fill="${dark}" opacity="0.85"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="#ffffff"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${120 + (h % 560)}" cy="${90 + (h % 60)}" r="60" fill="#ffffff" opacity="0.6"/>
    ${figures}</svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}

/** A landscape scene: fields and hills, for lecture recaps and village pages. */
export async function sceneJpeg(seedText: string): Promise<Buffer> {
  const h = hash(seedText)
  const [dark, light] = palettes[h % palettes.length]
  const width = 1200
  const height = 800
  const hill = (x: number, y: number, r: number, colour: string) =>
    `<ellipse cx="${x}" cy="${y}" rx="${r}" ry="${r * 0.55}" fill="${colour}"/>`
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="${light}"/>
    <circle cx="${200 + (h % 800)}" cy="160" r="70" fill="#fff6d5"/>
    ${hill(300, 620, 500, '#7fa96b')}${hill(900, 660, 560, '#5e8c52')}
    <rect y="640" width="100%" height="160" fill="#9cc27e"/>
    <rect x="${480 + (h % 200)}" y="470" width="240" height="170" fill="${dark}"/>
    <polygon points="${460 + (h % 200)},470 ${600 + (h % 200)},380 ${740 + (h % 200)},470" fill="#8b2f23"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer()
}
