/** `npm run build:site`: export, build and deploy the portal once, as a publish does. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { buildSite, liveSiteDir } from '../src/publish/pipeline'

const payload = await getPayload({ config })
const result = await buildSite(payload, process.argv.slice(2).join(' ') || '手动生成')
if (result.ok)
  payload.logger.info(`Portal build ${result.buildId}: ${result.pages} pages, live at ${liveSiteDir()}`)
process.exit(result.ok ? 0 : 1)
