/**
 * Each previewed content type's page body and kiosk slide from one record and what is public now
 * (the snapshot): what the portal builds and what the admin's preview shows are the same call.
 * A Record over content-schema's previewed types, so a type added there and missing here fails
 * typecheck.
 */
import { chinaDay, type PreviewedType, type RecordOf, type Snapshot } from '@xiangfeng/content-schema'
import type { ReactNode } from 'react'

import {
  batchSlide,
  gridsSlide,
  type KioskSlide,
  lecturesSlide,
  noticeSlide,
  pointsSlide,
  policySlide,
  roleModelSlide,
  rulesSlide,
  type SlidePicture,
} from '../kiosk/slides'
import { chineseMonth } from '../lib/format'
import { paths } from '../lib/paths'
import { qrSvg } from '../lib/qr'
import { GridCards } from './GridCards'
import { LectureArticle } from './LectureArticle'
import { NoticeArticle } from './NoticeArticle'
import { PointsBoardArticle } from './PointsBoardArticle'
import { PolicyArticle } from './PolicyArticle'
import { RoleModelArticle } from './RoleModelArticle'
import { batchMembers, SelectionBatchArticle } from './SelectionBatchArticle'
import type { PictureComponent } from './types'
import { VillageRulesArticle } from './VillageRulesArticle'

/** What an article reads besides its record: what is public now, and how it shows pictures. */
export type ArticleProps<R> = { record: R; snapshot: Snapshot; Picture: PictureComponent }

/** What a slide reads besides its record. */
export type SlideContext = {
  snapshot: Snapshot
  /** A slide's picture: a WebP variant on the kiosk, the upload in the preview. */
  picture: SlidePicture
  /** The site's address, which a slide's QR code leads to. */
  site: URL | string | undefined
}

type ContentView<R> = {
  /** The <article> of the record's portal page, as a component. */
  Article: (props: ArticleProps<R>) => ReactNode | Promise<ReactNode>
  /** The slide the record adds to its village's kiosk loop. */
  slide: (record: R, c: SlideContext) => Promise<KioskSlide>
}

const villageNameOf = (snapshot: Snapshot, slug?: string) =>
  slug ? snapshot.villages.find((v) => v.slug === slug)?.name : undefined
const qr = (c: SlideContext, path: string) => qrSvg(new URL(path, c.site).href, 1)
/** Explainers as the portal lists them: newest first. */
const newestFirst = (explainers: Snapshot['policyExplainers']) =>
  [...explainers].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))

export const contentViews: { [K in PreviewedType]: ContentView<RecordOf<K>> } = {
  roleModels: {
    Article: ({ record: model, snapshot, Picture }) => {
      const batch = snapshot.selectionBatches.find((b) => b.id === model.batch)
      return (
        <RoleModelArticle
          model={model}
          villageName={villageNameOf(snapshot, model.village)}
          batch={batch && { href: paths.batch(batch), label: batch.title }}
          Picture={Picture}
        />
      )
    },
    slide: async (m, c) =>
      roleModelSlide(m, villageNameOf(c.snapshot, m.village), await qr(c, paths.roleModel(m)), c.picture),
  },
  lectureSessions: {
    Article: ({ record: session, snapshot, Picture }) => (
      <LectureArticle
        session={session}
        seriesName={snapshot.lectureSeries.find((s) => s.slug === session.series)?.name ?? ''}
        models={snapshot.roleModels
          .filter((m) => session.roleModels.includes(m.slug))
          .map((m) => ({ href: paths.roleModel(m), label: m.name }))}
        explainers={newestFirst(snapshot.policyExplainers)
          .filter((e) => session.policyExplainers.includes(e.slug))
          .map((e) => ({ href: paths.policy(e), label: e.title }))}
        Picture={Picture}
      />
    ),
    slide: async (s, c) =>
      lecturesSlide([s], await qr(c, s.village ? paths.village(s.village) : paths.lectures)),
  },
  policyExplainers: {
    Article: ({ record: explainer, snapshot, Picture }) => {
      const all = newestFirst(snapshot.policyExplainers)
      const successor = all.find((e) => e.slug === explainer.supersededBy)
      return (
        <PolicyArticle
          explainer={explainer}
          related={all
            .filter((e) => explainer.related.includes(e.slug))
            .map((e) => ({ href: paths.policy(e), label: e.title }))}
          successor={successor && { href: paths.policy(successor), label: successor.title }}
          Picture={Picture}
        />
      )
    },
    slide: async (e, c) => policySlide(e, await qr(c, paths.policy(e)), c.picture),
  },
  villageRules: {
    Article: ({ record: rules, snapshot }) => {
      const same = snapshot.villageRules.filter((r) => r.village === rules.village && r.id !== rules.id)
      const earlier = same.find((r) => r.slug === rules.supersedes)
      const later = same.find((r) => r.supersedes === rules.slug)
      return (
        <VillageRulesArticle
          rules={rules}
          villageName={villageNameOf(snapshot, rules.village) ?? ''}
          villageHref={paths.village(rules.village)}
          earlier={
            earlier && { href: paths.rules(earlier), label: `${earlier.title}（${earlier.versionLabel}）` }
          }
          later={later && { href: paths.rules(later), label: later.versionLabel }}
        />
      )
    },
    slide: async (r, c) =>
      rulesSlide(r, villageNameOf(c.snapshot, r.village) ?? '', await qr(c, paths.rules(r))),
  },
  selectionBatches: {
    Article: ({ record: batch, snapshot }) => (
      <SelectionBatchArticle
        batch={batch}
        members={batchMembers(
          batch,
          snapshot.roleModels,
          new Map(snapshot.villages.map((v) => [v.slug, v.name])),
        )}
        villageName={villageNameOf(snapshot, batch.village)}
        now={snapshot.exportedAt}
      />
    ),
    slide: async (b, c) =>
      batchSlide(
        b,
        c.snapshot.roleModels.filter((m) => m.batch === b.id),
        chinaDay(c.snapshot.exportedAt),
        await qr(c, paths.batch(b)),
      ),
  },
  notices: {
    Article: ({ record: notice, snapshot }) => (
      <NoticeArticle
        notice={notice}
        villageName={villageNameOf(snapshot, notice.village)}
        now={snapshot.exportedAt}
      />
    ),
    slide: async (n, c) => noticeSlide(n, villageNameOf(c.snapshot, n.village), await qr(c, paths.notice(n))),
  },
  grids: {
    // The grid's card as its village's 找网格员 page shows it, with its 说事码.
    Article: async ({ record: grid, Picture }) => {
      const code = grid.raiseMatter ? await qrSvg(grid.raiseMatter, 1) : undefined
      return <GridCards grids={[{ grid, qr: code }]} Picture={Picture} />
    },
    slide: async (g, c) => gridsSlide([g], await qr(c, paths.grids(g.village))),
  },
  pointsBoards: {
    Article: ({ record: board, snapshot }) => {
      const rules = snapshot.villageRules.find((r) => r.village === board.village && r.slug === board.rules)
      const others = snapshot.pointsBoards
        .filter((b) => b.village === board.village && b.month !== board.month)
        .sort((a, b) => b.month.localeCompare(a.month))
      return (
        <PointsBoardArticle
          board={board}
          villageName={villageNameOf(snapshot, board.village) ?? ''}
          rulesHref={rules && paths.rules(rules)}
          pastMonths={others.map((b) => ({
            href: paths.points(b.village, b.month),
            label: chineseMonth(b.month),
          }))}
        />
      )
    },
    slide: async (b, c) =>
      pointsSlide(b, villageNameOf(c.snapshot, b.village) ?? '', await qr(c, paths.points(b.village))),
  },
}

/** One record's view, for a caller that holds a record of a type it knows only at run time. */
export const viewOf = (type: PreviewedType) => contentViews[type] as unknown as ContentView<unknown>
