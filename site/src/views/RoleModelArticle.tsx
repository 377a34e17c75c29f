import { honourLevels, labelOf, roleModelCategories, type RoleModel } from '@xiangfeng/content-schema'

import { chineseDate } from '../lib/format'
import type { FieldsShown, LinkItem, PictureComponent } from './types'

/** What of a role model its page shows, and where the rest shows. */
export const roleModelFieldsShown = {
  name: true,
  category: true,
  village: true,
  publishedAt: true,
  portrait: true,
  summary: true,
  story: true,
  photos: true,
  honours: true,
  batch: true,
  id: 'the batch list links by it',
  slug: 'the page address',
  updatedAt: 'the listings’ 更新于 line',
  subjectType: 'the category says it',
  featuredOnHome: 'the home page',
  featuredOnKiosk: 'the kiosk loop',
} satisfies FieldsShown<RoleModel>

/** A role model's page: who, why, their story and honours. */
export function RoleModelArticle({
  model,
  villageName,
  batch,
  Picture,
}: {
  model: RoleModel
  villageName?: string
  /** The honours list of the batch that named them, when it is public. */
  batch?: LinkItem
  Picture: PictureComponent
}) {
  return (
    <article>
      <h1>{model.name}</h1>
      <p className="dated">
        {`${labelOf(roleModelCategories, model.category)}${villageName ? ` · ${villageName}` : ''} · 发布于 ${chineseDate(model.publishedAt)}`}
      </p>
      {model.portrait && <Picture image={model.portrait} loading="eager" />}
      <p>
        <strong>{model.summary}</strong>
      </p>
      {/* Sanitised at export (allow-list), like every rich text in the snapshot. */}
      {model.story && <div dangerouslySetInnerHTML={{ __html: model.story }} />}
      {model.photos.map((photo, i) => (
        <Picture key={i} image={photo} />
      ))}
      {model.honours.length > 0 && (
        <section>
          <h2>所获荣誉</h2>
          <ul>
            {model.honours.map((h, i) => (
              <li key={i}>
                {`${h.title}（${h.awardedBy}，${labelOf(honourLevels, h.level)}，${chineseDate(h.awardedOn)}）`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {batch && (
        <p className="dated">
          评选批次：<a href={batch.href}>{batch.label}</a>
        </p>
      )}
    </article>
  )
}
