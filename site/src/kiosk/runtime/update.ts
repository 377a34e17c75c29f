/**
 * Updates: the village's service worker keeps the kiosk running offline; a new build is noticed
 * by polling /kiosk/build.json and taken only at the end of a loop, once its files are cached.
 */
export function registerOffline(village: string, onError: (message: string) => void) {
  if (!('serviceWorker' in navigator)) return
  // One worker per village: a device keeps only its own village's files.
  const scope = `/kiosk/${village}/`
  navigator.serviceWorker.register(`${scope}sw.js`, { scope }).catch((error) => {
    onError(`service worker: ${error}`)
  })
  // Ask the browser to keep the cache even when the device runs short of space.
  if (navigator.storage && navigator.storage.persist) navigator.storage.persist().catch(() => undefined)
}

export function createUpdater(build: string) {
  let waiting = false
  return {
    /** Whether a newer build is live than the one showing. */
    waiting: () => waiting,
    check() {
      fetch('/kiosk/build.json', { cache: 'no-store' })
        .then((response) => response.json())
        .then((live: { buildId: string }) => {
          if (live.buildId && live.buildId !== build) waiting = true
        })
        .catch(() => undefined)
    },
    /** Take the new build now; `onFail` when it cannot be cached, so the old one runs on. */
    apply(onFail: () => void) {
      waiting = false
      const reload = () => location.reload()
      if (!navigator.serviceWorker || !navigator.serviceWorker.controller) return reload()
      navigator.serviceWorker
        .getRegistration()
        .then((registration) => (registration ? registration.update().then(() => registration) : undefined))
        .then((registration) => {
          const next = registration && (registration.waiting || registration.installing)
          if (!next) return reload()
          navigator.serviceWorker.addEventListener('controllerchange', reload)
          const activate = () => next.postMessage({ type: 'SKIP_WAITING' })
          if (next.state === 'installed') activate()
          else
            next.addEventListener('statechange', () => {
              if (next.state === 'installed') activate()
              if (next.state === 'redundant') onFail()
            })
        })
        .catch(onFail)
    },
  }
}
