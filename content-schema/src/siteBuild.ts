/**
 * The one agreement between the CMS and the site's build, besides the snapshot's contract: where
 * the snapshot is, where the build goes, where encoded pictures are kept and what the build is
 * called. The CMS sets these variables when it runs `astro build`; the site reads them.
 */
import path from 'node:path'

const ENV = {
  snapshotDir: 'XIANGFENG_SNAPSHOT',
  outDir: 'XIANGFENG_SITE_OUT',
  imageCacheDir: 'XIANGFENG_IMAGE_CACHE',
  buildId: 'XIANGFENG_BUILD_ID',
} as const

export type SiteBuildSettings = {
  /** A folder holding snapshot.json and public/ (the pictures it names). */
  snapshotDir: string
  /** Where the built site goes; site/dist when not set. */
  outDir?: string
  /** Encoded picture variants kept between builds. */
  imageCacheDir: string
  /** Kiosks compare it with /kiosk/build.json to know when to update. */
  buildId?: string
}

/** Where the CMS keeps the snapshot and the picture cache inside its data folder. */
export const dataLayout = (dataDir: string) => ({
  snapshotDir: path.join(dataDir, 'site', 'snapshot'),
  imageCacheDir: path.join(dataDir, 'image-cache'),
})

/** The environment that asks `astro build` for these settings. */
export const siteBuildEnv = (settings: SiteBuildSettings): Record<string, string> =>
  Object.fromEntries(
    Object.entries(ENV)
      .map(([key, name]) => [name, settings[key as keyof SiteBuildSettings]])
      .filter((entry): entry is [string, string] => Boolean(entry[1])),
  )

/** The settings of this build, from the environment; unset ones default to the data folder's layout. */
export function readSiteBuildSettings(env: Record<string, string | undefined>, dataDir: string) {
  const defaults = dataLayout(dataDir)
  const resolved = (value: string | undefined) => (value ? path.resolve(value) : undefined)
  return {
    snapshotDir: resolved(env[ENV.snapshotDir]) ?? defaults.snapshotDir,
    outDir: resolved(env[ENV.outDir]),
    imageCacheDir: resolved(env[ENV.imageCacheDir]) ?? defaults.imageCacheDir,
    buildId: env[ENV.buildId],
  } satisfies SiteBuildSettings
}
