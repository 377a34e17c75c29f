/**
 * `npm run build:site`: export, build and deploy the portal once, as a publish does.
 * `--queue`: only ask for the build; the CMS server's jobs queue runs it (npm start on a restart).
 */
import config from '@payload-config'
import { getPayload } from 'payload'

import { buildSite, liveSiteDir } from '../src/publish/pipeline'
import { requestSiteBuild } from '../src/publish/requests'

// A one-off command runs no jobs: only the CMS server does, so a build is never cut off by its exit.
process.env.XIANGFENG_JOBS = 'off'
const payload = await getPayload({ config })
const args = process.argv.slice(2)
const trigger = args.filter((a) => a !== '--queue').join(' ') || '手动生成'
if (args.includes('--queue')) {
  await requestSiteBuild(payload, trigger)
  payload.logger.info('Portal rebuild queued: the CMS server builds it and switches the portal when done.')
  process.exit(0)
}
const result = await buildSite(payload, trigger)
if (result.ok)
  payload.logger.info(`Portal build ${result.buildId}: ${result.pages} pages, live at ${liveSiteDir()}`)
process.exit(result.ok ? 0 : 1)
