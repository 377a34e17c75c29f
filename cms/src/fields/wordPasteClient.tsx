'use client'
import { toast } from '@payloadcms/ui'
import { createClientFeature } from '@payloadcms/richtext-lexical/client'
import { COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useEffect } from 'react'

export const PASTED_PICTURE_DROPPED =
  '正文里不能放图片，粘贴内容中的图片已去掉，文字都保留了。照片请上传到本页的照片栏（如“生活照”“活动照片”），并写上图片说明。'

/** A numbering marker Word writes before an ordered item: 1. 1) (1) 一、 ①. */
const ORDERED_MARKER = /^\s*(\(?\d+[.)）、]?|[一二三四五六七八九十]+、|[①-⑳])/

/**
 * Word and WPS put lists on the clipboard as paragraphs styled `mso-list:…`, each with its
 * number or bullet as text in a span Word alone hides: make them the <ol>/<ul> the editor
 * reads as a list, without the markers. Undefined when there is nothing to change.
 */
export function wordListsAsHtmlLists(html: string): string | undefined {
  if (!/mso-list/i.test(html)) return undefined
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const isItem = (el: Element | null): el is HTMLElement =>
    el?.tagName === 'P' && /mso-list:\s*l\d/i.test(el.getAttribute('style') ?? '')
  let changed = false
  for (const first of [...doc.body.querySelectorAll('p')].filter(isItem)) {
    if (!first.isConnected || isItem(first.previousElementSibling)) continue
    const items: HTMLElement[] = []
    for (let el: Element | null = first; isItem(el); el = el.nextElementSibling) items.push(el)
    const markers = items.map((item) => {
      const marker = item.querySelector('span[style*="mso-list:Ignore" i], span[style*="mso-list: Ignore" i]')
      const text = marker?.textContent ?? ''
      marker?.remove()
      return text
    })
    const list = doc.createElement(markers.every((m) => ORDERED_MARKER.test(m)) ? 'ol' : 'ul')
    for (const item of items) {
      const li = doc.createElement('li')
      li.innerHTML = item.innerHTML
      list.append(li)
    }
    first.before(list)
    for (const item of items) item.remove()
    changed = true
  }
  return changed ? doc.body.innerHTML : undefined
}

/**
 * What a paste from Word or WPS needs before the editor reads it: its lists made lists, and a
 * notice that its pictures were dropped. Rich text holds words and tables; pictures have their
 * own fields, with the alt text the portal needs (Word's pictures are file:/// paths no browser
 * may read anyway).
 */
function WordPastePlugin() {
  const [editor] = useLexicalComposerContext()
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null
          const html = data?.getData('text/html') ?? ''
          const files = [...(data?.files ?? [])]
          if (/<img[\s>]/i.test(html) || files.some((f) => f.type.startsWith('image/'))) {
            toast.warning(PASTED_PICTURE_DROPPED, { id: 'pasted-picture-dropped', duration: 15_000 })
          }
          const withLists = wordListsAsHtmlLists(html)
          if (!withLists || !data) return false
          // Paste the rewritten clipboard instead; it has no mso-list left, so this runs once.
          event.preventDefault()
          const rewritten = new DataTransfer()
          rewritten.setData('text/html', withLists)
          rewritten.setData('text/plain', data.getData('text/plain'))
          editor.dispatchCommand(PASTE_COMMAND, new ClipboardEvent('paste', { clipboardData: rewritten }))
          return true
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  )
  return null
}

export const WordPasteFeatureClient = createClientFeature({
  plugins: [{ Component: WordPastePlugin, position: 'normal' }],
})
