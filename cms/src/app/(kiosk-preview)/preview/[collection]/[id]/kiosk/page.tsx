import { KioskSlideView } from '@xiangfeng/site/views'
import React from 'react'

import { loadPreview } from '../../../../../../preview/load'
import { kioskSlideOf } from '../../../../../../preview/views'

type Props = { params: Promise<{ collection: string; id: string }> }

/** The draft's slide on its village's screen, alone in the loop. */
export default async function KioskPreviewPage({ params }: Props) {
  const loaded = await loadPreview(params)
  if ('signedOut' in loaded || loaded.preview.problems.length > 0) {
    return <p className="empty">暂时无法预览大屏。</p>
  }
  const slide = await kioskSlideOf(loaded.preview, loaded.siteUrl)
  return (
    <div className="stage">
      <main>
        <section className="slides" aria-roledescription="轮播" aria-label="大屏预览">
          <KioskSlideView slide={slide} index={0} count={1} />
        </section>
      </main>
    </div>
  )
}
