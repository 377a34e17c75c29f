'use client'
import { toast } from '@payloadcms/ui'
import { createClientFeature } from '@payloadcms/richtext-lexical/client'
import { COMMAND_PRIORITY_HIGH, PASTE_COMMAND } from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useEffect } from 'react'

export const PASTED_PICTURE_DROPPED =
  '正文里不能放图片，粘贴内容中的图片已去掉，文字都保留了。照片请上传到本页的照片栏（如“生活照”“活动照片”），并写上图片说明。'

/**
 * Rich text holds words only: pictures have their own fields, with the alt text the portal needs
 * and the encoding it serves. A paste from Word or WPS (<img src="file:///…">, unreadable to any
 * browser) or of a screenshot would otherwise lose its pictures silently: say so, and let the
 * editor paste the rest as usual.
 */
function NoticeOfDroppedPictures() {
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
          return false
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  )
  return null
}

export const PastedPicturesFeatureClient = createClientFeature({
  plugins: [{ Component: NoticeOfDroppedPictures, position: 'normal' }],
})
