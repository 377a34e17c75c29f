/** Minimal Lexical editor state for seeded rich text: headings and paragraphs of plain text. */

const textNode = (text: string) => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text,
  version: 1,
})

const block = (type: 'paragraph' | 'heading', text: string) => ({
  type,
  ...(type === 'heading' ? { tag: 'h2' } : { textFormat: 0, textStyle: '' }),
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  children: [textNode(text)],
})

/** Lines starting with "## " become headings; every other line a paragraph. */
export function richText(lines: string[]) {
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: lines.map((line) =>
        line.startsWith('## ') ? block('heading', line.slice(3)) : block('paragraph', line),
      ),
    },
  }
}
