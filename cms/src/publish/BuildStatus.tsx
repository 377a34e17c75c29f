import type { CollectionSlug, Payload } from 'payload'
import React from 'react'

import type { StaffUser } from '../access/roles'
import { chinaDateTime } from '../fields/dates'
import { labelText } from '../fields/labels'

type Withheld = { collection: string; id: string; title: string }[]

/**
 * On the admin dashboard: whether the last portal build went live, and the documents it left out
 * (broken data, a lost photo, a contract they no longer fit), each linked so that someone opens
 * and repairs it, rather than finding out from a resident.
 */
export async function BuildStatus({ payload, user }: { payload: Payload; user?: StaffUser | null }) {
  if (!user) return null
  const [last] = (
    await payload.find({
      collection: 'site-builds',
      where: { status: { in: ['succeeded', 'failed'] } },
      sort: '-startedAt',
      limit: 1,
      depth: 0,
      user,
      overrideAccess: false,
    })
  ).docs
  if (!last) return null
  const withheld = (Array.isArray(last.withheld) ? last.withheld : []) as Withheld
  const label = (slug: string) =>
    labelText(payload.collections[slug as CollectionSlug]?.config.labels.singular, slug)
  return (
    <section style={{ marginBottom: '2rem' }} aria-labelledby="build-status">
      <h2 id="build-status">网站发布</h2>
      <p>
        {last.status === 'succeeded' ? '最近一次发布已上线' : '最近一次发布失败，线上网站保持之前的版本'}（
        {chinaDateTime(last.startedAt ?? last.createdAt)}）。
        <a href={`/admin/collections/site-builds/${last.id}`}>查看记录</a>
      </p>
      {withheld.length > 0 && (
        <>
          <p>这些内容的数据有问题，本次没有发布，请打开修改或删除：</p>
          <ul>
            {withheld.map((w) => (
              <li key={`${w.collection}/${w.id}`}>
                {label(w.collection)}：<a href={`/admin/collections/${w.collection}/${w.id}`}>{w.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
