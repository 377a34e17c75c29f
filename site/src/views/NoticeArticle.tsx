import { labelOf, type Notice, noticeKinds } from '@xiangfeng/content-schema'

import { chineseDate, chineseDateTime } from '../lib/format'

/** 2026年11月24日 星期二 08:00 至 2026年11月26日 星期四 18:00, or 长期有效. */
export const validityText = (n: Notice) =>
  n.validUntil
    ? `${chineseDateTime(n.validFrom)} 至 ${chineseDateTime(n.validUntil)}`
    : `${chineseDateTime(n.validFrom)}起，长期有效`

/** 245 KB, 1.2 MB */
const sizeText = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** Where the public downloads an attachment: its file name may be Chinese, so the path is encoded. */
export const fileHref = (src: string) => `/${src.split('/').map(encodeURIComponent).join('/')}`

/**
 * A notice (通知 / 公告 / 倡议书) as the 公示栏 shows it: title, who issued it and when it is valid,
 * the text, the attachment, and the issuer's signature. Prints as one A4 sheet.
 */
export function NoticeArticle({
  notice,
  villageName,
  now,
}: {
  notice: Notice
  villageName?: string
  /** The moment the page is built for (the export's): whether it has ended is said as of it. */
  now: string
}) {
  const ended = Boolean(notice.validUntil) && Date.parse(notice.validUntil!) <= Date.parse(now)
  return (
    <article className="notice-sheet">
      <h1>{notice.title}</h1>
      <p className="dated">
        {`${villageName ?? '全镇'} · ${labelOf(noticeKinds, notice.kind)} · 发布于 ${chineseDate(notice.publishedAt)}`}
      </p>
      <p className={notice.urgent && !ended ? 'validity urgent-mark' : 'validity'}>
        {notice.urgent && !ended && <strong>紧急通知 </strong>}
        {`有效期：${validityText(notice)}`}
        {ended && <strong>（已过期）</strong>}
      </p>
      <div dangerouslySetInnerHTML={{ __html: notice.body }} />
      {notice.attachment && (
        <p className="attachment">
          {'附件：'}
          <a href={fileHref(notice.attachment.src)} download>
            {notice.attachment.title}
          </a>
          {`（PDF，${sizeText(notice.attachment.bytes)}）`}
        </p>
      )}
      <p className="signature">
        {notice.issuedBy}
        <br />
        {chineseDate(notice.validFrom).replace(/ 星期.$/, '')}
      </p>
    </article>
  )
}
