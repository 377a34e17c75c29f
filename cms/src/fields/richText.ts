/**
 * Rich text is hostile until checked, staff input included, in two layers:
 * 1. on save, the document's Lexical tree may hold only what the configured editor makes (its
 *    node types, the values that reach HTML, http(s)/mailto/tel links; no pictures); anything else is refused with a Chinese message naming the field;
 * 2. on export, the HTML passes sanitize-html's allow-list before it enters the snapshot, so what
 *    slipped past (an old document, a direct database write) still cannot carry script.
 */
import sanitizeHtml from 'sanitize-html'
import { type RichTextHooks, ValidationError } from 'payload'

import { labelText } from './labels'

type LexicalNode = { type?: unknown; children?: unknown; [key: string]: unknown }

const ELEMENT_FORMATS = ['', 'left', 'start', 'center', 'right', 'end', 'justify']
// A path on this site, never `//host` or `/\host` (browsers read a backslash as a slash: another host).
const SAFE_URL = /^(https?:\/\/|mailto:|tel:|\/(?![/\\])|#)/i

/** What each node type of the editor may hold where it reaches HTML; undefined: not made by the editor. */
const nodeChecks: Record<string, (node: LexicalNode) => string | undefined> = {
  root: () => undefined,
  paragraph: () => undefined,
  quote: () => undefined,
  heading: (node) => (/^h[1-6]$/.test(String(node.tag)) ? undefined : '标题级别'),
  list: (node) =>
    ['ul', 'ol'].includes(String(node.tag)) && ['bullet', 'number', 'check'].includes(String(node.listType))
      ? undefined
      : '列表类型',
  listitem: (node) => (node.value === undefined || Number.isInteger(node.value) ? undefined : '列表序号'),
  link: (node) => checkLink(node),
  autolink: (node) => checkLink(node),
  text: (node) => (typeof node.text === 'string' && Number.isInteger(node.format ?? 0) ? undefined : '文字'),
  linebreak: () => undefined,
  tab: () => undefined,
  horizontalrule: () => undefined,
  // Tables pasted from Word/WPS or made in the editor: only the numbers that reach HTML, checked.
  table: (node) =>
    optionalInts(node.frozenColumnCount, node.frozenRowCount) &&
    (node.colWidths === undefined || (Array.isArray(node.colWidths) && node.colWidths.every(isNumber)))
      ? undefined
      : '表格',
  tablerow: (node) => (node.height === undefined || isNumber(node.height) ? undefined : '表格'),
  tablecell: (node) =>
    [0, 1, 2, 3].includes(node.headerState as number) &&
    optionalInts(node.colSpan, node.rowSpan) &&
    (node.width === undefined || node.width === null || isNumber(node.width)) &&
    [undefined, null, 'top', 'middle', 'bottom'].includes(node.verticalAlign as string) &&
    (node.backgroundColor === undefined ||
      node.backgroundColor === null ||
      (typeof node.backgroundColor === 'string' &&
        /^#[0-9a-f]{3,8}$|^[a-z]{3,20}$/i.test(node.backgroundColor)))
      ? undefined
      : '表格',
  relationship: (node) => (typeof node.relationTo === 'string' && isId(node.value) ? undefined : '引用'),
}

/** Node types in Chinese, for the message an editor reads. */
const nodeNames: Record<string, string> = {
  // Pictures have their own fields, with alt text; the editor offers none in the text.
  upload: '图片（正文里不能放图片，请上传到本页的照片栏）',
  block: '模块',
}

const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value)
const optionalInts = (...values: unknown[]) =>
  values.every((v) => v === undefined || (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 1000))

const isId = (value: unknown) =>
  (typeof value === 'number' && Number.isInteger(value)) ||
  (typeof value === 'string' && /^[\w-]{1,64}$/.test(value))

function checkLink(node: LexicalNode): string | undefined {
  const fields = (node.fields ?? {}) as { url?: unknown; linkType?: unknown; newTab?: unknown }
  if (fields.linkType === 'internal') return undefined
  if (typeof fields.url !== 'string' || !SAFE_URL.test(fields.url.trim()))
    return '链接地址（只能是 http、https、邮件或电话链接）'
  return undefined
}

/** The first thing in a Lexical tree that the editor would not have made, in Chinese; undefined when clean. */
export function richTextProblem(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined
  const root = (value as { root?: LexicalNode })?.root
  if (!root || root.type !== 'root') return '内容格式不对'
  const stack: { node: LexicalNode; depth: number }[] = [{ node: root, depth: 0 }]
  while (stack.length) {
    const { node, depth } = stack.pop()!
    if (depth > 40) return '嵌套层数过多'
    if (!node || typeof node !== 'object') return '内容格式不对'
    const type = String(node.type)
    const check = nodeChecks[type]
    if (!check) return nodeNames[type] ?? `不支持的内容（${type.slice(0, 40)}）`
    const problem = check(node)
    if (problem) return problem
    if (
      'format' in node &&
      type !== 'text' &&
      typeof node.format === 'string' &&
      !ELEMENT_FORMATS.includes(node.format)
    )
      return '对齐方式'
    if (
      'indent' in node &&
      !(Number.isInteger(node.indent) && (node.indent as number) >= 0 && (node.indent as number) < 20)
    )
      return '缩进'
    if (node.children !== undefined) {
      if (!Array.isArray(node.children)) return '内容格式不对'
      for (const child of node.children) stack.push({ node: child as LexicalNode, depth: depth + 1 })
    }
  }
  return undefined
}

/**
 * The configured editor with the allow-list in front: a hook of the editor runs for every
 * rich-text field of every collection, on every save, drafts included (Payload validates drafts
 * only when asked to), and refuses with the field's name.
 */
export function withAllowList<Provider extends (...args: never[]) => Promise<{ hooks?: RichTextHooks }>>(
  editor: Provider,
): Provider {
  return (async (...args: Parameters<Provider>) => {
    const adapter = await editor(...args)
    const refuseUnsafe: NonNullable<RichTextHooks['beforeValidate']>[number] = ({
      value,
      field,
      path,
      collection,
      req,
    }) => {
      const problem = richTextProblem(value)
      if (!problem) return value
      const message = `“${labelText(field.label, field.name ?? '')}”中有编辑器不支持的内容：${problem}。请删除后重新输入，或从 Word 粘贴为纯文本后再排版。`
      throw new ValidationError(
        { collection: collection?.slug, errors: [{ path: path.join('.'), message }] },
        req.t,
      )
    }
    const hooks = adapter.hooks ?? {}
    return {
      ...adapter,
      hooks: { ...hooks, beforeValidate: [refuseUnsafe, ...(hooks.beforeValidate ?? [])] },
    }
  }) as Provider
}

/** What an inline style from the editor means, as markup: the portal's policy allows no style attributes. */
function styleAsMarkup(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const { style = '', ...rest } = attribs
  const align = /text-align:\s*(center|right|end|justify)/.exec(style)?.[1]
  const decoration = /text-decoration:\s*(underline|line-through)/.exec(style)?.[1]
  if (tagName === 'span' && decoration)
    return { tagName: decoration === 'underline' ? 'u' : 's', attribs: {} }
  return { tagName, attribs: align ? { ...rest, class: `text-${align}` } : rest }
}

/** The HTML the public may receive: the editor's tags, alignment as a class, http(s)/mailto/tel links. */
export const sanitizeRichTextHtml = (html: string) =>
  sanitizeHtml(html, {
    allowedTags: [
      'p',
      'br',
      'strong',
      'em',
      'u',
      's',
      'span',
      'code',
      'sub',
      'sup',
      'h2',
      'h3',
      'h4',
      'h5',
      'h6',
      'blockquote',
      'ul',
      'ol',
      'li',
      'a',
      'hr',
      'div',
      'table',
      'tbody',
      'tr',
      'th',
      'td',
    ],
    allowedAttributes: {
      a: ['href', 'rel', 'target'],
      li: ['value'],
      ol: ['start'],
      th: ['colspan', 'rowspan'],
      td: ['colspan', 'rowspan'],
      '*': ['class'],
    },
    allowedClasses: { '*': ['text-center', 'text-right', 'text-end', 'text-justify', 'table-scroll'] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowProtocolRelative: false,
    transformTags: {
      // A page has one h1, its title: a heading in the text is at most an h2.
      h1: (_, attribs) => styleAsMarkup('h2', attribs),
      ...Object.fromEntries(
        ['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'span'].map((tag) => [tag, styleAsMarkup]),
      ),
      // The converter's wrapper of a table: a box the table scrolls in on a phone.
      div: (_, attribs): sanitizeHtml.Tag => ({
        tagName: 'div',
        attribs: /\blexical-table-container\b/.test(attribs.class ?? '') ? { class: 'table-scroll' } : {},
      }),
      a: (tagName, attribs) => ({
        tagName,
        attribs: attribs.target === '_blank' ? { ...attribs, rel: 'noopener noreferrer' } : attribs,
      }),
    },
  })

type TextNode = { text?: unknown; children?: unknown[] }

/** The text of a rich-text value, without its structure. */
export function richTextPlain(value: unknown): string {
  const out: string[] = []
  const walk = (node: TextNode) => {
    if (typeof node?.text === 'string') out.push(node.text)
    for (const child of node?.children ?? []) walk(child as TextNode)
  }
  walk((value as { root?: TextNode })?.root ?? {})
  return out.join('')
}
