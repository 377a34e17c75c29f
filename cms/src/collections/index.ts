/**
 * The CMS side of every content type (content-schema's `contentTypes`): its collection and its
 * public shape. Features that span collections (review, preview, Excel, rebuilds) attach to these
 * configs in payload.config.ts by the type's traits, as Payload's plugins attach to a list of
 * collections; the export maps the snapshot's lists by the same table.
 */
import { type ContentType, type RecordOf, Snapshot } from '@xiangfeng/content-schema'
import type { CollectionConfig } from 'payload'
import type { z } from 'zod'

import { Grids } from './Grids'
import { publicGrid } from './Grids/public'
import { LectureSeries } from './LectureSeries'
import { publicLectureSeries } from './LectureSeries/public'
import { LectureSessions } from './LectureSessions'
import { publicLectureSession } from './LectureSessions/public'
import { Notices } from './Notices'
import { publicNotice } from './Notices/public'
import { PointsBoards } from './PointsBoards'
import { publicPointsBoard } from './PointsBoards/public'
import { PolicyExplainers } from './PolicyExplainers'
import { publicPolicyExplainer } from './PolicyExplainers/public'
import type { PublicLinks, PublicShape } from './publicShape'
import { RoleModels } from './RoleModels'
import { publicRoleModel } from './RoleModels/public'
import { Screens } from './Screens'
import { publicScreen } from './Screens/public'
import { SelectionBatches } from './SelectionBatches'
import { publicSelectionBatch } from './SelectionBatches/public'
import { Townships } from './Townships'
import { publicTownship } from './Townships/public'
import { VillageRules } from './VillageRules'
import { publicVillageRules } from './VillageRules/public'
import { Villages } from './Villages'
import { publicVillage } from './Villages/public'

type ContentCollection<K extends ContentType> = {
  config: CollectionConfig
  toPublic: PublicShape<K, never>
}

export const contentCollections: { [K in ContentType]: ContentCollection<K> } = {
  roleModels: { config: RoleModels, toPublic: publicRoleModel },
  lectureSeries: { config: LectureSeries, toPublic: publicLectureSeries },
  lectureSessions: { config: LectureSessions, toPublic: publicLectureSession },
  policyExplainers: { config: PolicyExplainers, toPublic: publicPolicyExplainer },
  villageRules: { config: VillageRules, toPublic: publicVillageRules },
  selectionBatches: { config: SelectionBatches, toPublic: publicSelectionBatch },
  notices: { config: Notices, toPublic: publicNotice },
  grids: { config: Grids, toPublic: publicGrid },
  pointsBoards: { config: PointsBoards, toPublic: publicPointsBoard },
  townships: { config: Townships, toPublic: publicTownship },
  villages: { config: Villages, toPublic: publicVillage },
  screens: { config: Screens, toPublic: publicScreen },
}

/** The contract's schema of one content type's record: its list's element in the snapshot. */
export const schemaOf = <K extends ContentType>(type: K) =>
  Snapshot.shape[type].element as unknown as z.ZodType<RecordOf<K>>

/** A content type's mapper, for a caller that holds a document of it of no particular type. */
export const toPublicOf = (type: ContentType) =>
  contentCollections[type].toPublic as (doc: unknown, links: PublicLinks) => unknown
