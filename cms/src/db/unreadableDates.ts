import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { labelText } from '../fields/labels'

/** A stored date no reader can parse, cleared so that its document can be read again. */
export type ClearedDate = {
  /** The collection or global it belongs to, by slug; its label for editors. */
  owner: string
  ownerLabel: string
  /** The document's id, where the row leads back to one. */
  documentId?: string
  table: string
  column: string
  value: string
}

type Row = { id: unknown; value: unknown; parent?: unknown }
type SqliteDb = {
  rawTables: Record<string, { columns: Record<string, { name: string; type: string; notNull?: boolean }> }>
  drizzle: { all: (query: unknown) => Promise<Row[]>; run: (query: unknown) => Promise<unknown> }
}

const unreadable = (value: unknown) => typeof value === 'string' && Number.isNaN(new Date(value).getTime())
const quoted = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`)

/**
 * SQLite keeps dates as text, and Payload's reader turns each into an instant with
 * `new Date(text).toISOString()`, which throws on text that is no date: one such value (a hand
 * edit, an old backup) made its document answer 500 to every read and delete, and stopped every
 * portal build. Each one is set to empty (or, where the column may not be empty, to now) and
 * reported with the value it held; a required date left empty is then what the editor sees and
 * fills in, and the export withholds the document until then. PostgreSQL's timestamp columns and
 * MongoDB's dates cannot hold such text, so only SQLite is scanned.
 */
export async function clearUnreadableDates(payload: Payload): Promise<ClearedDate[]> {
  if (payload.db.name !== 'sqlite') return []
  const db = payload.db as unknown as SqliteDb & Payload['db']
  const owners = ownersByTable(payload)
  const cleared: ClearedDate[] = []
  for (const [table, { columns }] of Object.entries(db.rawTables)) {
    const dates = Object.values(columns).filter((c) => c.type === 'timestamp')
    if (!dates.length) continue
    const owner = ownerOf(owners, table)
    // A version names its document; a row of an array or block names the row it sits in.
    const wanted =
      owner?.kind === 'versions' ? 'parent_id' : owner?.kind === 'rows' ? '_parent_id' : undefined
    // A global's versions name no document: it has only one.
    const parentColumn = Object.values(columns).some((c) => c.name === wanted) ? wanted : undefined
    for (const column of dates) {
      // julianday() reads ISO dates only: what it cannot read is checked again the way Payload reads it.
      const rows = await db.drizzle.all(
        sql`SELECT "id" AS "id", ${quoted(column.name)} AS "value"${
          parentColumn ? sql`, ${quoted(parentColumn)} AS "parent"` : sql.raw('')
        } FROM ${quoted(table)} WHERE ${quoted(column.name)} IS NOT NULL AND julianday(${quoted(column.name)}) IS NULL`,
      )
      for (const row of rows.filter((r) => unreadable(r.value))) {
        await db.drizzle.run(
          sql`UPDATE ${quoted(table)} SET ${quoted(column.name)} = ${
            column.notNull ? new Date().toISOString() : null
          } WHERE "id" = ${row.id as string}`,
        )
        cleared.push({
          owner: owner?.slug ?? table,
          ownerLabel: owner?.label ?? table,
          documentId: documentOf(owner, table, row),
          table,
          column: column.name,
          value: String(row.value),
        })
      }
    }
  }
  for (const c of cleared)
    payload.logger.warn(
      `Cleared an unreadable date in ${c.table}.${c.column} (row of ${c.owner} ${c.documentId ?? '?'}): ${JSON.stringify(c.value)}`,
    )
  return cleared
}

/** The document a row leads back to: itself, the document of a version, or the document an array row sits in directly. */
function documentOf(owner: Owner | undefined, table: string, row: Row) {
  if (owner?.kind === 'main') return String(row.id)
  if (owner?.kind === 'versions') return String(row.parent)
  // Documents have whole-number ids; an array row's parent with a text id is another array row.
  if (owner?.kind === 'rows' && !table.startsWith('_') && /^\d+$/.test(String(row.parent)))
    return String(row.parent)
  return undefined
}

type Owner = { slug: string; label: string; table: string; kind: 'main' | 'versions' | 'rows' }

/** Every collection's and global's own table and versions table, longest name first. */
function ownersByTable(payload: Payload) {
  const db = payload.db as unknown as { tableNameMap: Map<string, string> }
  const snake = (slug: string) => slug.replace(/-/g, '_')
  const owners: Omit<Owner, 'kind'>[] = [
    ...payload.config.collections.map((c) => ({ slug: c.slug, label: c.labels.singular })),
    ...payload.config.globals.map((g) => ({ slug: g.slug, label: g.label })),
  ].flatMap(({ slug, label }) => {
    const table = db.tableNameMap.get(snake(slug))
    return table ? [{ slug, label: labelText(label, slug), table }] : []
  })
  return owners.sort((a, b) => b.table.length - a.table.length)
}

/** Whose row a table holds: a document, a version of one, or a row of an array or block in one. */
function ownerOf(owners: Omit<Owner, 'kind'>[], table: string): Owner | undefined {
  for (const owner of owners) {
    const versions = `_${owner.table}_v`
    if (table === owner.table) return { ...owner, kind: 'main' }
    if (table === versions) return { ...owner, kind: 'versions' }
    if (table.startsWith(`${owner.table}_`) || table.startsWith(`${versions}_`))
      return { ...owner, kind: 'rows' }
  }
  return undefined
}
