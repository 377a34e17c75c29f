/**
 * Every public content type, declared once: the snapshot list it fills, the CMS collection it
 * comes from, and the cross-collection features it takes part in. Each layer keeps one table per
 * feature keyed by these names (the CMS's collections and mappers, the site's views and slides),
 * typed as a Record over the union, so a type added here and missing from a table fails typecheck.
 * No zod here: the kiosk's browser script reads it too.
 */
export type ContentTypeTraits = {
  /** The Payload collection's slug. */
  collection: string
  /** Passes 三审 (drafts, versions, review actions) before it is public. */
  reviewed?: true
  /** Has a portal page and a kiosk slide the admin previews. */
  previewed?: true
  /** Imports from Excel (template, dry run, queued import) and exports its list. */
  imported?: true
  /** Exports its list to Excel without importing. */
  exported?: true
  /** Others link to its public documents by slug or id. */
  linked?: true
  /**
   * The fields that hold pictures (`a.b`: field b of group or array a): a picture is public once
   * a published document of this type shows it.
   */
  pictures?: readonly string[]
  /** The fields that hold attachments (PDFs), public likewise. */
  files?: readonly string[]
}

// The order of the CMS's collection list (and so of its admin menu and migrations' index names).
export const contentTypes = {
  roleModels: {
    collection: 'role-models',
    reviewed: true,
    previewed: true,
    imported: true,
    linked: true,
    pictures: ['portrait', 'photos'],
  },
  lectureSeries: { collection: 'lecture-series', reviewed: true, linked: true },
  lectureSessions: {
    collection: 'lecture-sessions',
    reviewed: true,
    previewed: true,
    imported: true,
    pictures: ['recap.photos'],
  },
  policyExplainers: {
    collection: 'policy-explainers',
    reviewed: true,
    previewed: true,
    exported: true,
    linked: true,
    pictures: ['graphic'],
  },
  villageRules: { collection: 'village-rules', reviewed: true, previewed: true, linked: true },
  selectionBatches: { collection: 'selection-batches', reviewed: true, previewed: true, linked: true },
  notices: { collection: 'notices', reviewed: true, previewed: true, files: ['attachment'] },
  grids: { collection: 'grids', reviewed: true, previewed: true, pictures: ['workers.photo'] },
  pointsBoards: { collection: 'points-boards', reviewed: true, previewed: true },
  // Public without 三审: their names and screens go live once a leader approves them (or at once).
  townships: { collection: 'townships', linked: true },
  villages: { collection: 'villages', linked: true },
  screens: { collection: 'screens' },
} as const satisfies Record<string, ContentTypeTraits>

type Types = typeof contentTypes
/** A snapshot list, one per content type. */
export type ContentType = keyof Types
type Having<Trait extends keyof ContentTypeTraits> = {
  [K in ContentType]: Types[K] extends Record<Trait, unknown> ? K : never
}[ContentType]
export type ReviewedType = Having<'reviewed'>
export type PreviewedType = Having<'previewed'>
export type ImportedType = Having<'imported'>
export type ExportedType = Having<'exported'>
/** Types with an Excel panel on their list: those that import, and those that only export. */
export type ExcelType = ImportedType | ExportedType
export type LinkedType = Having<'linked'>

export type CollectionOf<K extends ContentType> = Types[K]['collection']
export type ReviewedCollection = CollectionOf<ReviewedType>
export type PreviewedCollection = CollectionOf<PreviewedType>
export type ImportedCollection = CollectionOf<ImportedType>
export type LinkedCollection = CollectionOf<LinkedType>
export type ContentCollection = CollectionOf<ContentType>

const names = Object.keys(contentTypes) as ContentType[]
const having = <K extends ContentType>(trait: keyof ContentTypeTraits) =>
  names.filter((name) => trait in contentTypes[name]) as K[]
const collectionsOf = <C extends string>(list: ContentType[]) =>
  list.map((name) => contentTypes[name].collection) as C[]

export const contentTypeNames = names
export const reviewedTypes = having<ReviewedType>('reviewed')
export const previewedTypes = having<PreviewedType>('previewed')

export const reviewedCollections = collectionsOf<ReviewedCollection>(reviewedTypes)
export const previewedCollections = collectionsOf<PreviewedCollection>(previewedTypes)
export const linkedCollections = collectionsOf<LinkedCollection>(having('linked'))

/** The content type of a collection, by its slug; undefined for a collection that is none. */
export const typeOfCollection = (collection: string) =>
  names.find((name) => contentTypes[name].collection === collection)

export const isReviewed = (collection: string): collection is ReviewedCollection =>
  (reviewedCollections as string[]).includes(collection)
export const isPreviewed = (collection: string): collection is PreviewedCollection =>
  (previewedCollections as string[]).includes(collection)
