import {
  labelOf,
  type LectureSession,
  lectureStatuses,
  moralityLectureSteps,
} from '@xiangfeng/content-schema'

import { chineseDate, chineseDateTime, chineseTime } from '../lib/format'
import { LinkSection } from './LinkSection'
import type { LinkItem, PictureComponent } from './types'

/** A lecture's page: when, where, who speaks, and after it is held, the recap. */
export function LectureArticle({
  session,
  seriesName,
  models,
  explainers,
  Picture,
}: {
  session: LectureSession
  seriesName: string
  models: LinkItem[]
  explainers: LinkItem[]
  Picture: PictureComponent
}) {
  return (
    <article>
      <h1>{session.title}</h1>
      <p className="dated">{`${seriesName} · 发布于 ${chineseDate(session.publishedAt)}`}</p>
      <dl>
        <dt>时间</dt>
        <dd>{`${chineseDateTime(session.startsAt)}–${chineseTime(session.endsAt)}`}</dd>
        <dt>地点</dt>
        <dd>{session.venue}</dd>
        <dt>主讲</dt>
        <dd>
          {[session.speaker.name, session.speaker.unit, session.speaker.title].filter(Boolean).join('，')}
        </dd>
        {session.audience && (
          <>
            <dt>参加对象</dt>
            <dd>{session.audience}</dd>
          </>
        )}
        <dt>状态</dt>
        <dd>{labelOf(lectureStatuses, session.status)}</dd>
      </dl>
      {session.summary && <p>{session.summary}</p>}
      {session.signUpNote && <p>{`报名：${session.signUpNote}`}</p>}
      {session.runningOrder && (
        <section>
          <h2>活动流程</h2>
          <ol>
            {session.runningOrder.map((step, i) => (
              <li key={i}>
                {`${labelOf(moralityLectureSteps, step.step)}${step.note ? `：${step.note}` : ''}`}
              </li>
            ))}
          </ol>
        </section>
      )}
      <LinkSection title="学模范" items={models} />
      <LinkSection title="相关政策解读" items={explainers} />
      {session.recap && (
        <section>
          <h2>活动回顾</h2>
          {session.recap.text && <div dangerouslySetInnerHTML={{ __html: session.recap.text }} />}
          {session.recap.attendance && <p>{`参加人数：${session.recap.attendance}人`}</p>}
          {session.recap.photos.map((photo, i) => (
            <Picture key={i} image={photo} />
          ))}
        </section>
      )}
    </article>
  )
}
