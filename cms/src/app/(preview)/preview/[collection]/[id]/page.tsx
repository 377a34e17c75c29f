import React from 'react'

import { loadPreview } from '../../../../../preview/load'
import { PortalArticle } from '../../../../../preview/views'

type Props = { params: Promise<{ collection: string; id: string }> }

const bar: React.CSSProperties = {
  background: '#fff4d6',
  borderBottom: '3px solid #a61b1b',
  padding: '0.75rem 1rem',
}

/** 预览: the portal page and the kiosk slide the draft will become, with what keeps it from publication. */
export default async function PreviewPage({ params }: Props) {
  const loaded = await loadPreview(params)
  if ('signedOut' in loaded) {
    return (
      <main id="main">
        <p>
          请先<a href="/admin/login">登录</a>后再预览。
        </p>
      </main>
    )
  }
  const { preview } = loaded
  const { collection, id } = await params
  return (
    <>
      <section className="preview-bar" aria-label="预览说明" style={bar}>
        <p>
          <strong>预览</strong>：以下是这条内容按现在的草稿发布后，公众在网站和大屏上看到的样子。
          联系方式、身份证号、住址和同意书等不公开的信息不会出现。
        </p>
        {preview.problems.length > 0 && (
          <div role="alert" className="preview-problems">
            <p>
              <strong>发布前还需修改（{preview.problems.length}处）：</strong>
            </p>
            <ul>
              {preview.problems.map((p) => (
                <li key={p.path + p.message}>{p.message}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <main id="main">
        {preview.problems.length === 0 ? (
          <PortalArticle preview={preview} />
        ) : (
          <p>内容还不完整，改好以上问题并保存后即可预览网页。</p>
        )}
        {preview.problems.length === 0 && (
          <section className="preview-kiosk">
            <h2>大屏上的样子</h2>
            <iframe
              src={`/preview/${collection}/${id}/kiosk`}
              title="大屏轮播预览"
              width={960}
              height={540}
              style={{ border: '1px solid #767676', maxWidth: '100%' }}
            />
          </section>
        )}
      </main>
    </>
  )
}
