import type { Payload } from 'payload'
import React from 'react'

import type { StaffUser } from '../access/roles'
import { seesStatistics } from './endpoints'
import { chineseDay } from '../fields/dates'
import { type Count, EXPIRING_DAYS, figures, monthLabel, SCREEN_DAYS } from './figures'

/** A bar per count, as wide as its share of the largest; the numbers are in the text. */
function Bars({ title, items }: { title: string; items: Count[] }) {
  const max = Math.max(1, ...items.map((i) => i.count))
  return (
    <figure className="stat-bars">
      <figcaption>{title}</figcaption>
      <ul>
        {items.map((item) => (
          <li key={item.label}>
            <span className="stat-label">{item.label}</span>
            <span className="stat-bar" style={{ width: `${(item.count / max) * 100}%` }} aria-hidden="true" />
            <span className="stat-count">{item.count}</span>
          </li>
        ))}
      </ul>
    </figure>
  )
}

/** On the dashboard for township staff: the figures of the publicity work, and the Excel report. */
export async function StatisticsPanel({ payload, user }: { payload: Payload; user?: StaffUser | null }) {
  if (!seesStatistics(user)) return null
  const f = await figures(payload)
  const held = f.lectures.reduce((n, l) => n + l.held, 0)
  const attendance = f.lectures.reduce((n, l) => n + l.attendance, 0)
  return (
    <section className="statistics" aria-labelledby="statistics-title">
      <h2 id="statistics-title">统计</h2>
      <p>
        已公开身边好榜样 {f.roleModels.total} 名（户、组），讲堂举办 {held} 场、参加 {attendance}{' '}
        人次，政策解读 {f.explainers.total} 篇（今年 {f.explainers.thisYear} 篇）。{' '}
        <a href="/api/statistics/report" download>
          下载统计表（Excel）
        </a>
      </p>
      <div className="stat-grid">
        <Bars title="身边好榜样：按类别" items={f.roleModels.byCategory} />
        <Bars title="身边好榜样：按村" items={f.roleModels.byVillage} />
        <Bars title="身边好榜样：按评选批次" items={f.roleModels.byBatch} />
        <Bars title="政策解读：按效力" items={f.explainers.byValidity} />
      </div>
      <h3>{`政策解读：${EXPIRING_DAYS}天内到期（${f.explainers.expiring.length}篇）`}</h3>
      {f.explainers.expiring.length ? (
        <ul>
          {f.explainers.expiring.map((e) => (
            <li key={e.title}>{`${e.title}（有效期至${chineseDay(e.expiresOn)}）`}</li>
          ))}
        </ul>
      ) : (
        <p>没有即将到期的政策解读。</p>
      )}
      <table className="stat-table">
        <caption>讲堂：每月举办场次与参加人次</caption>
        <thead>
          <tr>
            <th scope="col">讲堂</th>
            <th scope="col">月份</th>
            <th scope="col">场次</th>
            <th scope="col">参加人次</th>
          </tr>
        </thead>
        <tbody>
          {f.lectures.map((l) => (
            <tr key={`${l.series}-${l.month}`}>
              <td>{l.series}</td>
              <td>{monthLabel(l.month)}</td>
              <td>{l.held}</td>
              <td>{l.attendance}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="stat-table">
        <caption>{`大屏：近${SCREEN_DAYS}天开机时段的在线率（按状态报告计）`}</caption>
        <thead>
          <tr>
            <th scope="col">大屏</th>
            <th scope="col">所属村</th>
            <th scope="col">在线率</th>
          </tr>
        </thead>
        <tbody>
          {f.screens.map((s) => (
            <tr key={`${s.village}-${s.name}`}>
              <td>{s.name}</td>
              <td>{s.village}</td>
              <td>{s.share === null ? (s.expected ? '—' : '从未上报') : `${(s.share * 100).toFixed(1)}%`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
