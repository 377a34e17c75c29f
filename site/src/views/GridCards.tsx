import { type Grid, gridRoles, labelOf } from '@xiangfeng/content-schema'

import type { PictureComponent } from './types'

/** A grid with its 说事码 drawn: the SVG comes from the qrcode package, from the grid's own link. */
export type GridWithCode = { grid: Grid; qr?: string }

/**
 * 找网格员: a village's grids as contact cards (连心卡), each with who looks after it, the work
 * phones their holders agreed to publish (tap to call), and its 说事码. Prints as cards for the
 * service centre's wall.
 */
export function GridCards({ grids, Picture }: { grids: GridWithCode[]; Picture: PictureComponent }) {
  return (
    <div className="grid-cards">
      {grids.map(({ grid, qr }) => (
        <section key={grid.id} className="grid-card" aria-labelledby={`grid-${grid.id}`}>
          <h2 id={`grid-${grid.id}`}>{grid.name}</h2>
          <p className="dated">
            {`覆盖范围：${grid.area}`}
            {grid.households && `，约${grid.households}户`}
          </p>
          <ul className="grid-workers">
            {grid.workers.map((w, i) => (
              <li key={i}>
                {w.photo && <Picture image={w.photo} sizes="6rem" />}
                <span>
                  <strong>{w.name}</strong>
                  {` ${labelOf(gridRoles, w.role)}`}
                  {w.workPhone && (
                    <>
                      <br />
                      <a href={`tel:${w.workPhone}`}>{`电话 ${w.workPhone}`}</a>
                    </>
                  )}
                </span>
              </li>
            ))}
          </ul>
          {grid.raiseMatter && qr && (
            <figure className="raise-matter">
              {/* Drawn by the qrcode package from the grid's own link, not from content. */}
              <div role="img" aria-label={`${grid.name}说事码`} dangerouslySetInnerHTML={{ __html: qr }} />
              <figcaption>
                {grid.raiseMatter.startsWith('tel:')
                  ? '说事码：扫码打电话说事'
                  : '说事码：扫码反映问题、提建议'}
                {grid.raiseMatter.startsWith('https:') && (
                  <span className="no-print">
                    <br />
                    <a href={grid.raiseMatter}>在手机上点此说事</a>
                  </span>
                )}
              </figcaption>
            </figure>
          )}
        </section>
      ))}
    </div>
  )
}
