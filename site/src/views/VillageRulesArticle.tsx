import {
  adoptionStepKinds,
  labelOf,
  meetingTypes,
  type VillageRules,
  villageRulesStatuses,
} from '@xiangfeng/content-schema'

import { articleNumber, chineseDate } from '../lib/format'
import type { LinkItem } from './types'

/** A village's rules: numbered articles by chapter, the rhyme version, how they were adopted. */
export function VillageRulesArticle({
  rules,
  villageName,
  villageHref,
  earlier,
  later,
}: {
  rules: VillageRules
  villageName: string
  villageHref: string
  /** The version this one replaced, and the one that replaced it, when on the portal. */
  earlier?: LinkItem
  later?: LinkItem
}) {
  const { vote } = rules
  return (
    <article>
      <h1>{rules.title}</h1>
      <p className="dated">
        {`${villageName} · ${rules.versionLabel} · ${labelOf(villageRulesStatuses, rules.status)} · 公布于 ${chineseDate(rules.publishedAt)}`}
      </p>
      {later && (
        <p role="note">
          <strong>
            本版本已被<a href={later.href}>{later.label}</a>替代，仅供查阅。
          </strong>
        </p>
      )}
      {rules.preamble && <p>{rules.preamble}</p>}
      {rules.chapters.map((chapter, i) => (
        <section key={i}>
          <h2>{chapter.title}</h2>
          {chapter.articles.map((a, j) => (
            // Points boards link to the article they apply.
            <p key={j} id={`article-${a.number}`}>
              <strong>{articleNumber(a.number)}</strong>
              {` ${a.text}`}
            </p>
          ))}
        </section>
      ))}
      {rules.shortVersion && (
        <section>
          <h2>顺口溜版</h2>
          <p className="verse">{rules.shortVersion}</p>
        </section>
      )}
      <section>
        <h2>制定程序</h2>
        <ol>
          {rules.adoptionSteps.map((s, i) => (
            <li key={i}>
              {`${chineseDate(s.date)}：${labelOf(adoptionStepKinds, s.kind)}${s.note ? `（${s.note}）` : ''}`}
            </li>
          ))}
        </ol>
        {vote && (
          <p>
            {`${chineseDate(vote.date)}召开${labelOf(meetingTypes, vote.meetingType)}表决：应到${vote.eligible}人，实到${vote.present}人，赞成${vote.for}人，反对${vote.against}人，弃权${vote.abstain}人。`}
          </p>
        )}
      </section>
      {earlier && (
        <p>
          {'上一版本：'}
          <a href={earlier.href}>{earlier.label}</a>
        </p>
      )}
      <p>
        <a href={villageHref}>{`返回${villageName}`}</a>
      </p>
    </article>
  )
}
