/**
 * The page body and the kiosk slide of a previewed draft, rendered by the portal's own views
 * (@xiangfeng/site/views): only the picture source differs, since the draft's pictures are not
 * encoded yet and staff may read the uploads.
 */
import type * as contract from '@xiangfeng/content-schema'
import {
  type KioskSlide,
  LectureArticle,
  lecturesSlide,
  paths,
  PolicyArticle,
  policySlide,
  qrSvg,
  RoleModelArticle,
  roleModelSlide,
  rulesSlide,
  VillageRulesArticle,
  batchMembers,
  batchSlide,
  SelectionBatchArticle,
  NoticeArticle,
  noticeSlide,
  GridCards,
  gridsSlide,
  PointsBoardArticle,
  pointsSlide,
  chineseMonth,
} from '@xiangfeng/site/views'
import { chinaDay } from '@xiangfeng/content-schema'

import type { Preview } from './records'

/** The uploaded file of a picture, as the CMS serves it to staff. */
const uploadUrl = (image: contract.PublicImage) =>
  `/api/media/file/${encodeURIComponent(image.src.replace(/^media\//, ''))}`

function UploadPicture({
  image,
  loading = 'lazy',
}: {
  image: contract.PublicImage
  loading?: 'lazy' | 'eager'
}) {
  return (
    <img src={uploadUrl(image)} alt={image.alt} width={image.width} height={image.height} loading={loading} />
  )
}

const villageNamesOf = (snapshot: contract.Snapshot) =>
  new Map(snapshot.villages.map((v) => [v.slug, v.name]))

const villageNameOf = (snapshot: contract.Snapshot, slug?: string) =>
  slug ? snapshot.villages.find((v) => v.slug === slug)?.name : undefined

/** The <article> of the portal page the draft will become. */
export async function PortalArticle({ preview }: { preview: Preview }) {
  const { snapshot } = preview
  switch (preview.collection) {
    case 'role-models': {
      const model = preview.record as contract.RoleModel
      const batch = snapshot.selectionBatches.find((b) => b.id === model.batch)
      return (
        <RoleModelArticle
          model={model}
          villageName={villageNameOf(snapshot, model.village)}
          batch={batch && { href: paths.batch(batch), label: batch.title }}
          Picture={UploadPicture}
        />
      )
    }
    case 'lecture-sessions': {
      const session = preview.record as contract.LectureSession
      return (
        <LectureArticle
          session={session}
          seriesName={snapshot.lectureSeries.find((s) => s.slug === session.series)?.name ?? ''}
          models={snapshot.roleModels
            .filter((m) => session.roleModels.includes(m.slug))
            .map((m) => ({ href: paths.roleModel(m), label: m.name }))}
          explainers={snapshot.policyExplainers
            .filter((e) => session.policyExplainers.includes(e.slug))
            .map((e) => ({ href: paths.policy(e), label: e.title }))}
          Picture={UploadPicture}
        />
      )
    }
    case 'policy-explainers': {
      const explainer = preview.record as contract.PolicyExplainer
      const successor = snapshot.policyExplainers.find((e) => e.slug === explainer.supersededBy)
      return (
        <PolicyArticle
          explainer={explainer}
          related={snapshot.policyExplainers
            .filter((e) => explainer.related.includes(e.slug))
            .map((e) => ({ href: paths.policy(e), label: e.title }))}
          successor={successor && { href: paths.policy(successor), label: successor.title }}
          Picture={UploadPicture}
        />
      )
    }
    case 'selection-batches': {
      const batch = preview.record as contract.SelectionBatch
      return (
        <SelectionBatchArticle
          batch={batch}
          members={batchMembers(batch, snapshot.roleModels, villageNamesOf(snapshot))}
          villageName={villageNameOf(snapshot, batch.village)}
          now={snapshot.exportedAt}
        />
      )
    }
    case 'grids': {
      // The grid's card as its village's 找网格员 page shows it, with its 说事码.
      const grid = preview.record as contract.Grid
      const qr = grid.raiseMatter ? await qrSvg(grid.raiseMatter, 1) : undefined
      return <GridCards grids={[{ grid, qr }]} Picture={UploadPicture} />
    }
    case 'points-boards': {
      const board = preview.record as contract.PointsBoard
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
    }
    case 'notices': {
      const notice = preview.record as contract.Notice
      return (
        <NoticeArticle
          notice={notice}
          villageName={villageNameOf(snapshot, notice.village)}
          now={snapshot.exportedAt}
        />
      )
    }
    case 'village-rules': {
      const rules = preview.record as contract.VillageRules
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
    }
  }
}

/** The slide the draft will add to its village's kiosk loop (the kiosk's QR leads to its page). */
export async function kioskSlideOf(preview: Preview, siteUrl: string): Promise<KioskSlide> {
  const { snapshot } = preview
  const qr = (path: string) => qrSvg(new URL(path, siteUrl).href, 1)
  switch (preview.collection) {
    case 'role-models': {
      const m = preview.record as contract.RoleModel
      return roleModelSlide(m, villageNameOf(snapshot, m.village), await qr(paths.roleModel(m)), uploadUrl)
    }
    case 'lecture-sessions': {
      const s = preview.record as contract.LectureSession
      return lecturesSlide([s], await qr(s.village ? paths.village(s.village) : paths.lectures))
    }
    case 'policy-explainers': {
      const e = preview.record as contract.PolicyExplainer
      return policySlide(e, await qr(paths.policy(e)), uploadUrl)
    }
    case 'selection-batches': {
      const b = preview.record as contract.SelectionBatch
      const members = snapshot.roleModels.filter((m) => m.batch === b.id)
      return batchSlide(b, members, chinaDay(snapshot.exportedAt), await qr(paths.batch(b)))
    }
    case 'grids': {
      const g = preview.record as contract.Grid
      return gridsSlide([g], await qr(paths.grids(g.village)))
    }
    case 'points-boards': {
      const b = preview.record as contract.PointsBoard
      return pointsSlide(b, villageNameOf(snapshot, b.village) ?? '', await qr(paths.points(b.village)))
    }
    case 'notices': {
      const n = preview.record as contract.Notice
      return noticeSlide(n, villageNameOf(snapshot, n.village), await qr(paths.notice(n)))
    }
    case 'village-rules': {
      const r = preview.record as contract.VillageRules
      return rulesSlide(r, villageNameOf(snapshot, r.village) ?? '', await qr(paths.rules(r)))
    }
  }
}
