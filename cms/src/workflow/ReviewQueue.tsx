import type { Payload } from 'payload'
import React from 'react'

import type { StaffUser } from '../access/roles'
import { reviewQueue } from './queue'
import { stateLabel } from './states'

/** On the admin dashboard: what waits for the signed-in user's review. */
export async function ReviewQueue({ payload, user }: { payload: Payload; user?: StaffUser | null }) {
  if (!user) return null
  const items = await reviewQueue(payload, user)
  return (
    <section style={{ marginBottom: '2rem' }}>
      <h2>待我处理（{items.length}）</h2>
      {items.length === 0 ? (
        <p>暂时没有等待您处理的内容。</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={`${item.collection}/${item.id}`}>
              <a href={item.href}>{item.title}</a>（
              {item.reviewState === 'awaiting-approval'
                ? '待批准发布'
                : stateLabel(item.reviewState as never)}
              ）
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
