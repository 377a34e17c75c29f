import { Fragment } from 'react'

import type { KioskSlide } from '../kiosk/slides'

/** What each kind of slide shows beside its title. */
function Body({ slide }: { slide: KioskSlide }) {
  switch (slide.kind) {
    case 'roleModel':
      return (
        <>
          <p className="tag">{slide.tag}</p>
          <p className="lead">{slide.summary}</p>
          {slide.honours.length > 0 && <p className="honours">{slide.honours.join('；')}</p>}
        </>
      )
    case 'lectures':
      return (
        <ul className="sessions">
          {slide.sessions.map((s, i) => (
            <li key={i}>
              <strong>{s.when}</strong>
              <br />
              {s.title}
              <br />
              <span className="tag">{s.where}</span>
            </li>
          ))}
        </ul>
      )
    case 'policy':
      return (
        <>
          <p className="lead">{slide.summary}</p>
          {slide.points.length > 0 && (
            <ul className="points">
              {slide.points.map((point, i) => (
                <li key={i}>{point}</li>
              ))}
            </ul>
          )}
        </>
      )
    case 'batch':
      return (
        <>
          <p className="lead">{slide.lead}</p>
          <ul className="points">
            {slide.counts.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          {slide.notice && <p className="honours">{slide.notice}</p>}
        </>
      )
    case 'points':
      return (
        <>
          <p className="tag">红榜</p>
          <ul className="points">
            {slide.red.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          {slide.black.length > 0 && <p className="honours">{`黑榜（不点名）：${slide.black.join('；')}`}</p>}
        </>
      )
    case 'grids':
      return (
        <ul className="sessions">
          {slide.grids.map((g, i) => (
            <li key={i}>
              <strong>{g.name}</strong>
              <span className="tag">{`（${g.area}）`}</span>
              <br />
              {g.people.join('；')}
            </li>
          ))}
        </ul>
      )
    case 'notice':
      return (
        <>
          <p className="tag">{slide.tag}</p>
          {slide.paragraphs.map((text, i) => (
            <p key={i}>{text}</p>
          ))}
        </>
      )
    case 'rules':
      return slide.verse ? (
        <p className="verse">
          {slide.verse.map((line, i) => (
            <Fragment key={i}>
              {i > 0 && <br />}
              {line}
            </Fragment>
          ))}
        </p>
      ) : (
        <ol className="points">
          {slide.articles.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ol>
      )
  }
}

/** One item of the loop: its picture, its title, what its kind shows, and a QR code to continue on a phone. */
export function KioskSlideView({ slide, index, count }: { slide: KioskSlide; index: number; count: number }) {
  return (
    <article
      className="slide"
      data-section={slide.section}
      data-kind={slide.kind}
      // A notice's validity is read by the kiosk itself (runtime/loop.ts): it starts, ends and takes
      // over the screen without a new build.
      data-valid-from={slide.kind === 'notice' ? slide.validFrom : undefined}
      data-valid-until={slide.kind === 'notice' ? slide.validUntil : undefined}
      data-urgent={slide.kind === 'notice' && slide.urgent ? '' : undefined}
      aria-roledescription="幻灯片"
      aria-label={`第${index + 1}条，共${count}条`}
      // One slide shows before the loop starts, so nothing moves when it does.
      hidden={index > 0}
    >
      {slide.image && (
        <img src={slide.image.src} alt={slide.image.alt} loading={index < 2 ? 'eager' : 'lazy'} />
      )}
      <div className="text">
        <h1>{slide.title}</h1>
        <Body slide={slide} />
      </div>
      <figure className="qr">
        {/* The SVG is drawn by the qrcode package from the page's own address, not from content. */}
        <div role="img" aria-label={slide.qrLabel} dangerouslySetInnerHTML={{ __html: slide.qr }} />
        <figcaption>{slide.qrLabel}</figcaption>
      </figure>
    </article>
  )
}
