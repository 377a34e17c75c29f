import type * as contract from '@xiangfeng/content-schema'

import { publicGrid } from '../collections/Grids/public'
import { publicNotice } from '../collections/Notices/public'
import { publicPointsBoard } from '../collections/PointsBoards/public'
import { publicLectureSeries } from '../collections/LectureSeries/public'
import { publicLectureSession } from '../collections/LectureSessions/public'
import { publicPolicyExplainer } from '../collections/PolicyExplainers/public'
import { publicRoleModel } from '../collections/RoleModels/public'
import { publicScreen } from '../collections/Screens/public'
import { publicSelectionBatch } from '../collections/SelectionBatches/public'
import { publicTownship } from '../collections/Townships/public'
import { publicVillageRules } from '../collections/VillageRules/public'
import { publicVillage } from '../collections/Villages/public'
import type { PublicShape } from './publicShape'

/** The snapshot's lists, each the public shape of one collection. */
export const shapes = {
  townships: publicTownship,
  villages: publicVillage,
  roleModels: publicRoleModel,
  selectionBatches: publicSelectionBatch,
  notices: publicNotice,
  grids: publicGrid,
  pointsBoards: publicPointsBoard,
  lectureSeries: publicLectureSeries,
  lectureSessions: publicLectureSession,
  policyExplainers: publicPolicyExplainer,
  villageRules: publicVillageRules,
  screens: publicScreen,
} satisfies {
  [K in Exclude<keyof contract.Snapshot, 'formatVersion' | 'exportedAt' | 'site'>]: PublicShape<
    never,
    contract.Snapshot[K][number]
  >
}
export type ListName = keyof typeof shapes

/** The public shape of a collection, by its slug. */
export const shapeOf = (collection: string) =>
  Object.values(shapes).find((shape) => shape.collection === collection) as
    PublicShape<never, unknown> | undefined
