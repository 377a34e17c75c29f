/** What this build was asked for (see content-schema's site-build agreement), read once. */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { readSiteBuildSettings } from '@xiangfeng/content-schema/site-build'

const here = path.dirname(fileURLToPath(import.meta.url))

/** The CMS's data folder, for a build run by hand: XIANGFENG_DATA_DIR or the checkout's data/. */
const dataDir = path.resolve(process.env.XIANGFENG_DATA_DIR || path.join(here, '../../../data'))

const settings = readSiteBuildSettings(process.env, dataDir)

export const { snapshotDir, outDir, imageCacheDir } = settings

/** The publish pipeline names each build; a build by hand is named by its time. */
export const buildId = settings.buildId || new Date().toISOString().replace(/[-:.TZ]/g, '')

/** Where kiosks send their heartbeat: the CMS's public address. */
export const cmsUrl = (process.env.XIANGFENG_CMS_URL || 'http://127.0.0.1:3000').replace(/\/$/, '')
