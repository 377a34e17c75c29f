import { explainerOrigins, labelOf, type PolicyExplainer, policyValidity } from '@xiangfeng/content-schema'

import { Fragment } from 'react'

import { chineseDate } from '../lib/format'
import { LinkSection } from './LinkSection'
import type { LinkItem, PictureComponent } from './types'

const howToActParts = [
  ['office', '办理地点'],
  ['conditions', '办理条件'],
  ['materials', '所需材料'],
  ['steps', '办理流程'],
  ['deadline', '办理时限'],
] as const

/** A policy explainer's page: the document it explains, its key points, how to act, Q&A. */
export function PolicyArticle({
  explainer,
  related,
  successor,
  Picture,
}: {
  explainer: PolicyExplainer
  related: LinkItem[]
  /** The explainer of the policy that replaces this one, if it is on the portal. */
  successor?: LinkItem
  Picture: PictureComponent
}) {
  const { policy, howToAct } = explainer
  return (
    <article>
      <h1>{explainer.title}</h1>
      <p className="dated">
        {`发布于 ${chineseDate(explainer.publishedAt)} · ${labelOf(explainerOrigins, explainer.origin)}${explainer.reprintSource ? `（来源：${explainer.reprintSource}）` : ''}`}
      </p>
      {policy.validity !== 'current' && (
        <p role="note">
          <strong>
            {`提示：本解读对应的政策${labelOf(policyValidity, policy.validity)}。`}
            {successor && (
              <>
                请看<a href={successor.href}>{successor.label}</a>。
              </>
            )}
          </strong>
        </p>
      )}
      <p>
        <strong>{explainer.summary}</strong>
      </p>
      <section>
        <h2>政策原文</h2>
        <dl>
          <dt>文件</dt>
          <dd>{policy.originalUrl ? <a href={policy.originalUrl}>{policy.title}</a> : policy.title}</dd>
          {policy.documentNumber && (
            <>
              <dt>文号</dt>
              <dd>{policy.documentNumber}</dd>
            </>
          )}
          <dt>发文机关</dt>
          <dd>{policy.issuingBody}</dd>
          <dt>成文日期</dt>
          <dd>{chineseDate(policy.issuedOn)}</dd>
          {policy.effectiveOn && (
            <>
              <dt>施行日期</dt>
              <dd>{chineseDate(policy.effectiveOn)}</dd>
            </>
          )}
          {policy.expiresOn && (
            <>
              <dt>有效期至</dt>
              <dd>{chineseDate(policy.expiresOn)}</dd>
            </>
          )}
          <dt>有效性</dt>
          <dd>{labelOf(policyValidity, policy.validity)}</dd>
        </dl>
      </section>
      {explainer.keyPoints.length > 0 && (
        <section>
          <h2>要点</h2>
          <ul>
            {explainer.keyPoints.map((k, i) => (
              <li key={i}>{k}</li>
            ))}
          </ul>
        </section>
      )}
      {explainer.graphic && <Picture image={explainer.graphic} />}
      {/* Rich text is sanitised at export (allow-list), like every rich text in the snapshot. */}
      {explainer.background && (
        <section>
          <h2>出台背景</h2>
          <div dangerouslySetInnerHTML={{ __html: explainer.background }} />
        </section>
      )}
      <section>
        <h2>主要内容</h2>
        <div dangerouslySetInnerHTML={{ __html: explainer.mainContent }} />
      </section>
      {explainer.appliesTo && (
        <section>
          <h2>适用对象</h2>
          <p>{explainer.appliesTo}</p>
        </section>
      )}
      {explainer.changes && (
        <section>
          <h2>有哪些变化</h2>
          <p>{explainer.changes}</p>
        </section>
      )}
      {howToAct && howToActParts.some(([key]) => howToAct[key]) && (
        <section>
          <h2>怎么办理</h2>
          <dl>
            {howToActParts.map(
              ([key, title]) =>
                howToAct[key] && (
                  <Fragment key={key}>
                    <dt>{title}</dt>
                    <dd>{howToAct[key]}</dd>
                  </Fragment>
                ),
            )}
          </dl>
        </section>
      )}
      {explainer.qa.length > 0 && (
        <section>
          <h2>问答</h2>
          <dl>
            {explainer.qa.map((q, i) => (
              <Fragment key={i}>
                <dt>{`问：${q.question}`}</dt>
                <dd>{`答：${q.answer}`}</dd>
              </Fragment>
            ))}
          </dl>
        </section>
      )}
      <LinkSection title="相关解读" items={related} />
    </article>
  )
}
