import fs from 'node:fs'
import path from 'node:path'

import { EXPERIMENTAL_TableFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import { zh } from '@payloadcms/translations/languages/zh'
import {
  contentTypeNames,
  contentTypes,
  type ContentType,
  type ReviewedCollection,
} from '@xiangfeng/content-schema'
import { buildConfig } from 'payload'
import sharp, { type SharpOptions } from 'sharp'

import { contentCollections } from './collections'
import { Attachments } from './collections/Attachments'
import { Imports } from './collections/Imports'
import { Media } from './collections/Media'
import { SiteBuilds } from './collections/SiteBuilds'
import { ScreenDays } from './collections/ScreenDays'
import { Users } from './collections/Users'
import { databaseAdapter } from './db/adapter'
import { smtpEmail } from './email'
import { uploadStorage } from './storage'
import { migrateDatabase } from './db/migrate'
import { clearUnreadableDates } from './db/unreadableDates'
import { SiteSettings } from './globals/SiteSettings'
import { MAX_IMAGE_PIXELS } from './collections/Media'
import { adminOrigins } from './origins'
import { dataDir, srcDir } from './paths'
import { reviewedContent } from './workflow'
import { buildSite, recoverInterruptedBuilds } from './publish/pipeline'
import {
  rebuildsPortal,
  rebuildsPortalGlobal,
  rebuildWhenDue,
  runSiteBuildsSoon,
  SITE_BUILD_KEY,
} from './publish/requests'
import { publishApproved } from './workflow/transition'
import { DATE_TIME_FORMAT } from './fields/dates'
import { withRequestChecks } from './fields/limits'
import { WordPasteFeature } from './fields/wordPaste'
import { importTask, recoverInterruptedImports, runImportsSoon } from './import/job'
import { withExcel } from './import/kinds'
import { namingRunner, recoverInterruptedJobs } from './runner'
import { statisticsEndpoints } from './statistics/endpoints'
import { withAllowList } from './fields/richText'

fs.mkdirSync(dataDir(), { recursive: true })

/**
 * A content type's collection with the features its traits name (content-schema's `contentTypes`)
 * attached: 三审 and preview for reviewed types, a rebuild on change for the rest, and Excel.
 */
const withFeatures = (type: ContentType) => {
  const { config } = contentCollections[type]
  const traits = contentTypes[type]
  return withExcel(type, 'reviewed' in traits ? reviewedContent(config) : rebuildsPortal(config))
}
const isReviewedType = (type: ContentType) => 'reviewed' in contentTypes[type]

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET || 'xiangfeng-embedded-default-secret-change-me',
  serverURL: process.env.SERVER_URL || undefined,
  csrf: adminOrigins(),
  cors: adminOrigins(),
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · 乡风' },
    // No Gravatar: the admin must not call foreign hosts (closed networks, and it is unreachable in China).
    avatar: 'default',
    dateFormat: DATE_TIME_FORMAT,
    importMap: { baseDir: srcDir },
    components: {
      beforeDashboard: ['/workflow/ReviewQueue#ReviewQueue', '/publish/BuildStatus#BuildStatus'],
      afterDashboard: ['/statistics/StatisticsPanel#StatisticsPanel'],
    },
    timezones: {
      supportedTimezones: [{ label: '北京时间', value: 'Asia/Shanghai' }],
      defaultTimezone: 'Asia/Shanghai',
    },
  },
  // Chinese whatever the browser's language: the officers work in Chinese, and a phone or office
  // PC set to English must not show them an English admin.
  i18n: {
    supportedLanguages: { zh },
    fallbackLanguage: 'zh',
  },
  collections: [
    ...contentTypeNames.filter(isReviewedType).map(withFeatures),
    Media,
    Attachments,
    ...contentTypeNames.filter((type) => !isReviewedType(type)).map(withFeatures),
    Users,
    SiteBuilds,
    Imports,
    ScreenDays,
  ].map(withRequestChecks),
  globals: [rebuildsPortalGlobal(SiteSettings)],
  endpoints: statisticsEndpoints,
  // Words and tables in rich text; pictures have their own fields (alt text, encoded variants on the portal).
  editor: withAllowList(
    lexicalEditor({
      features: ({ defaultFeatures }) => [
        ...defaultFeatures.filter((feature) => feature.key !== 'upload'),
        // Tables of subsidy rates and schedules, pasted from Word/WPS or made here.
        EXPERIMENTAL_TableFeature(),
        WordPasteFeature(),
      ],
    }),
  ),
  db: databaseAdapter(),
  // Uploads in a bucket when XIANGFENG_S3_BUCKET is set (storage.ts), else in the data folder.
  plugins: uploadStorage(),
  email: smtpEmail(),
  // Sharp refuses to decode beyond the same limit, whatever path an image takes.
  sharp: ((input: never, options?: SharpOptions) =>
    sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS, ...options })) as unknown as typeof sharp,
  upload: {
    // Reject, never truncate, an upload over 10 MB.
    limits: { fileSize: 10 * 1024 * 1024 },
    abortOnLimit: true,
    responseOnLimit: '文件超过10 MB，请压缩或缩小图片后再上传。',
  },
  typescript: { outputFile: path.join(srcDir, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  jobs: {
    // Only the server runs and queues jobs; no signed-in user may trigger a build or a publish.
    access: { run: () => false, queue: () => false, cancel: () => false },
    enableConcurrencyControl: true,
    // Each job names the process that runs it, for the recovery at start-up.
    tasks: namingRunner([
      {
        slug: 'publishApproved',
        label: '定时发布',
        inputSchema: [
          { name: 'collection', type: 'text', required: true },
          { name: 'id', type: 'text', required: true },
        ],
        handler: async ({ input, req }) => {
          const id = req.payload.db.defaultIDType === 'number' ? Number(input.id) : input.id
          return { output: await publishApproved(req.payload, input.collection as ReviewedCollection, id) }
        },
      },
      {
        slug: 'publishSite',
        label: '生成并发布网站',
        inputSchema: [{ name: 'trigger', type: 'text' }],
        handler: async ({ input, req }) => ({ output: await buildSite(req.payload, input.trigger ?? '') }),
        // One portal build at a time across every process on the database, and one waiting at
        // most: a request made while one waits replaces it, since each build exports everything.
        concurrency: { key: () => SITE_BUILD_KEY, exclusive: true, supersedes: true },
        // Every minute: a notice that ends at 18:00 leaves the portal by 18:01 (plus the build).
        schedule: [{ cron: '0 * * * * *', queue: 'site', hooks: { beforeSchedule: rebuildWhenDue } }],
      },
      importTask,
    ]),
    // The server runs due jobs (scheduled publishing) every minute; tests run them explicitly.
    autoRun: [
      { cron: '* * * * *', queue: 'default', limit: 20 },
      // A safety net: publishing starts a build at once (requestSiteBuild).
      { cron: '* * * * *', queue: 'site', limit: 1 },
      // Likewise for imports (runImportsSoon), one at a time.
      { cron: '* * * * *', queue: 'import', limit: 1 },
    ],
    shouldAutoRun: () => process.env.XIANGFENG_JOBS !== 'off',
  },
  onInit: async (payload) => {
    await migrateDatabase(payload)
    // Before anything reads documents: an unreadable date makes its document unreadable.
    await clearUnreadableDates(payload)
    // Jobs first: a dead build's job holds the key the fresh build needs.
    await recoverInterruptedJobs(payload)
    await recoverInterruptedBuilds(payload)
    await recoverInterruptedImports(payload)
    runSiteBuildsSoon(payload)
    runImportsSoon(payload)
  },
})
