// `npm run build`: build the Next admin when its sources changed since the last build.
import { ensureAdminBuild } from './lib.mjs'

await ensureAdminBuild()
