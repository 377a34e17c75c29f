import fs from 'node:fs/promises'
import path from 'node:path'

import {
  LectureSeries,
  LectureSession,
  Grid,
  Notice,
  PointsBoard,
  PolicyExplainer,
  RoleModel,
  Screen,
  SelectionBatch,
  Snapshot,
  Village,
  VillageRules,
} from '@xiangfeng/content-schema'
import { defineCollection } from 'astro:content'
import type { ZodType } from 'zod'

import { snapshotDir } from './lib/settings'

let cached: Promise<Snapshot> | undefined
/** The snapshot, read once per build and validated against the contract as a whole. */
const snapshot = () =>
  (cached ??= fs
    .readFile(path.join(snapshotDir, 'snapshot.json'), 'utf8')
    .then((text) => Snapshot.parse(JSON.parse(text))))

type ListName = Exclude<keyof Snapshot, 'formatVersion' | 'exportedAt' | 'site'>

/** A content collection of one list of the snapshot, checked by the contract's schema for its records. */
const fromSnapshot = <S extends ZodType>(name: ListName, schema: S) =>
  defineCollection({ loader: async () => (await snapshot())[name], schema })

export const collections = {
  villages: fromSnapshot('villages', Village),
  roleModels: fromSnapshot('roleModels', RoleModel),
  selectionBatches: fromSnapshot('selectionBatches', SelectionBatch),
  notices: fromSnapshot('notices', Notice),
  grids: fromSnapshot('grids', Grid),
  pointsBoards: fromSnapshot('pointsBoards', PointsBoard),
  lectureSeries: fromSnapshot('lectureSeries', LectureSeries),
  lectureSessions: fromSnapshot('lectureSessions', LectureSession),
  policyExplainers: fromSnapshot('policyExplainers', PolicyExplainer),
  villageRules: fromSnapshot('villageRules', VillageRules),
  screens: fromSnapshot('screens', Screen),
  site: defineCollection({
    // exportedAt is "now" for every page: the date pages show and "this week" are those of the export.
    loader: async () => [
      { id: 'site', ...(await snapshot()).site, exportedAt: (await snapshot()).exportedAt },
    ],
  }),
}
