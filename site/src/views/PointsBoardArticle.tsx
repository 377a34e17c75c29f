import { conductCategories, labelOf, type PointsBoard } from '@xiangfeng/content-schema'

import { articleNumber, chineseMonth } from '../lib/format'
import { householdOf } from '../lib/records'
import type { LinkItem } from './types'

/** 积分红黑榜 as posted in the service centre: the red list with points and deeds, the black list as counts. */
export function PointsBoardArticle({
  board,
  villageName,
  rulesHref,
  pastMonths = [],
}: {
  board: PointsBoard
  villageName: string
  /** The village rules' page, when public: each entry links to the article it applies. */
  rulesHref?: string
  pastMonths?: LinkItem[]
}) {
  const article = (n?: number) =>
    n === undefined ? (
      ''
    ) : rulesHref ? (
      <a href={`${rulesHref}#article-${n}`}>{articleNumber(n)}</a>
    ) : (
      articleNumber(n)
    )
  const red = [...board.redList].sort((a, b) => b.points - a.points)
  return (
    <article className="points-board">
      <h1>{`${villageName}${chineseMonth(board.month)}积分红黑榜`}</h1>
      {board.intro && <p>{board.intro}</p>}
      <section aria-labelledby="red-list">
        <h2 id="red-list">红榜</h2>
        {red.length === 0 ? (
          <p>本月没有上榜的农户。</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">农户</th>
                <th scope="col">积分</th>
                <th scope="col">加分事项</th>
                <th scope="col">村规民约</th>
              </tr>
            </thead>
            <tbody>
              {red.map((entry, i) => (
                <tr key={i}>
                  <td>{householdOf(entry)}</td>
                  <td>{entry.points}</td>
                  <td>{entry.deeds}</td>
                  <td>{article(entry.article)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="black-list">
        <h2 id="black-list">黑榜</h2>
        <p className="dated">黑榜只公示不文明行为的类别和户数，不公示姓名。</p>
        {board.blackList.length === 0 ? (
          <p>本月没有不文明行为记录。</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">不文明行为</th>
                <th scope="col">户数</th>
                <th scope="col">村规民约</th>
              </tr>
            </thead>
            <tbody>
              {board.blackList.map((entry, i) => (
                <tr key={i}>
                  <td>{labelOf(conductCategories, entry.category)}</td>
                  <td>{`${entry.households}户`}</td>
                  <td>{article(entry.article)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {pastMonths.length > 0 && (
        <section className="no-print" aria-labelledby="past-boards">
          <h2 id="past-boards">往期红黑榜</h2>
          <ul>
            {pastMonths.map((m) => (
              <li key={m.href}>
                <a href={m.href}>{m.label}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  )
}
