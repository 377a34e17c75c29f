import fs from 'node:fs/promises'
import path from 'node:path'

import {
  LectureSeries,
  LectureSession,
  PolicyExplainer,
  RoleModel,
  Screen,
  Snapshot,
  Village,
  VillageRules,
} from '@xiangfeng/content-schema'
import { defineCollection } from 'astro:content'

import { snapshotDir } from './lib/settings'

let cached: Promise<Snapshot> | undefined
/** The snapshot, read once per build and validated against the contract as a whole. */
const snapshot = () =>
  (cached ??= fs
    .readFile(path.join(snapshotDir, 'snapshot.json'), 'utf8')
    .then((text) => Snapshot.parse(JSON.parse(text))))

export const collections = {
  villages: defineCollection({ loader: async () => (await snapshot()).villages, schema: Village }),
  roleModels: defineCollection({ loader: async () => (await snapshot()).roleModels, schema: RoleModel }),
  lectureSeries: defineCollection({
    loader: async () => (await snapshot()).lectureSeries,
    schema: LectureSeries,
  }),
  lectureSessions: defineCollection({
    loader: async () => (await snapshot()).lectureSessions,
    schema: LectureSession,
  }),
  policyExplainers: defineCollection({
    loader: async () => (await snapshot()).policyExplainers,
    schema: PolicyExplainer,
  }),
  villageRules: defineCollection({
    loader: async () => (await snapshot()).villageRules,
    schema: VillageRules,
  }),
  screens: defineCollection({ loader: async () => (await snapshot()).screens, schema: Screen }),
  site: defineCollection({
    // exportedAt is "now" for every page: the date pages show and "this week" are those of the export.
    loader: async () => [
      { id: 'site', ...(await snapshot()).site, exportedAt: (await snapshot()).exportedAt },
    ],
  }),
}
