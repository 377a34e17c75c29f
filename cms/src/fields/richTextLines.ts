/** Minimal Lexical editor state from plain lines (headings and paragraphs): the seed's stories and imported ones. */

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

const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  children,
  ...extra,
})

/** Rows of "| a | b |" lines as a table, the first row its header, as the editor's table makes it. */
const table = (rows: string[]) =>
  element(
    'table',
    rows.map((row, r) =>
      element(
        'tablerow',
        row
          .slice(1, -1)
          .split('|')
          .map((cell) =>
            element('tablecell', [block('paragraph', cell.trim())], {
              headerState: r === 0 ? 1 : 0,
              colSpan: 1,
              rowSpan: 1,
              backgroundColor: null,
            }),
          ),
      ),
    ),
  )

/** Lines starting with "## " become headings, runs of "| … |" lines a table; every other line a paragraph. */
export function richText(lines: string[]) {
  const children: unknown[] = []
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('|')) {
      const start = i
      while (lines[i + 1]?.startsWith('|')) i++
      children.push(table(lines.slice(start, i + 1)))
    } else
      children.push(
        lines[i].startsWith('## ') ? block('heading', lines[i].slice(3)) : block('paragraph', lines[i]),
      )
  }
  return { root: element('root', children) }
}
