import type { LinkItem } from './types'

/** A titled list of links; renders nothing when the list is empty (empty columns are hidden). */
export function LinkSection({ title, items }: { title: string; items: LinkItem[] }) {
  if (items.length === 0) return null
  return (
    <section>
      <h2>{title}</h2>
      <ul>
        {items.map((item, i) => (
          <li key={i}>
            <a href={item.href}>{item.label}</a>
            {item.note}
          </li>
        ))}
      </ul>
    </section>
  )
}
