/**
 * The admin's own origins. A cookie-authenticated request from any other origin is treated as
 * anonymous (Payload's CSRF allow-list), and no other origin may read the API with credentials
 * (CORS): a script on the portal or anywhere else cannot act as a signed-in editor.
 *
 * XIANGFENG_ADMIN_ORIGINS (comma-separated) names them; otherwise SERVER_URL or XIANGFENG_CMS_URL,
 * the CMS's address; otherwise this machine's port, as `npm start` prints it.
 */
export function adminOrigins(env: Record<string, string | undefined> = process.env): string[] {
  const configured = env.XIANGFENG_ADMIN_ORIGINS || env.SERVER_URL || env.XIANGFENG_CMS_URL
  const addresses = configured ? configured.split(',') : [`http://127.0.0.1:${env.PORT || 3000}`]
  return [...new Set(addresses.flatMap((address) => withLoopbackAliases(new URL(address.trim()))))]
}

/** On this machine 127.0.0.1 and localhost are the same admin; a browser calls them two origins. */
function withLoopbackAliases(url: URL): string[] {
  if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') return [url.origin]
  return ['127.0.0.1', 'localhost'].map((host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`)
}
