/** Facts about this build that pages embed. */

/** The publish pipeline names each build; a build by hand is named by its time. */
export const buildId = process.env.XIANGFENG_BUILD_ID || new Date().toISOString().replace(/[-:.TZ]/g, '')

/** Where kiosks send their heartbeat: the CMS's public address. */
export const cmsUrl = (process.env.XIANGFENG_CMS_URL || 'http://127.0.0.1:3000').replace(/\/$/, '')
