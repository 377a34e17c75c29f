/**
 * What every collection's public.ts builds on: the type a mapper returns, the lookups it may use
 * for related documents and pictures, and the few conversions all of them share.
 */
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import {
  chinaDay,
  type ContentType,
  type LinkedCollection,
  type PublicFile,
  type PublicImage,
  type RecordOf,
} from '@xiangfeng/content-schema'

import { sanitizeRichTextHtml } from '../fields/richText'
import { idOf } from '../ids'
import type { Attachment, Media } from '../payload-types'

/**
 * A contract record as a mapper writes it, before validation: every field of the contract is
 * named (so a field the contract gains and a mapper forgets fails `npm run typecheck`), and any
 * value may still be missing or wrong (the contract decides, with its message).
 */
export type PublicDraft<T> = T extends string
  ? string | null | undefined
  : T extends number
    ? number | null | undefined
    : T extends boolean
      ? boolean
      : T extends readonly (infer U)[]
        ? PublicDraft<U>[]
        : T extends object
          ? // Over Required<T>'s keys, so that an optional field is required to be named yet may be undefined.
            { [K in keyof Required<T>]: PublicDraft<T[K & keyof T]> }
          : T | null | undefined

type Linkable = { id: string | number; slug?: string | null }

/** Thrown by a mapper for a document that cannot be published as stored; its message is for editors. */
export class BrokenDocument extends Error {}

/**
 * The public documents a record may point at. A relationship to a document that is not public
 * (a draft, or deleted) drops out, so no record links to a page that does not exist.
 */
export class PublicLinks {
  private readonly slugs = new Map<LinkedCollection, Map<string, string>>()
  private readonly media: Map<string, Media>
  private readonly attachments: Map<string, Attachment>
  /** The China day of the export: what is valid, running or expired is said as of it. */
  readonly today: string

  constructor(
    docs: Record<LinkedCollection, Linkable[]> & { media: Media[]; attachments: Attachment[] },
    now = new Date(),
    /** Uploads (as `media/x.jpg`) whose file is gone from storage: a record showing one is withheld. */
    private readonly missingFiles: ReadonlySet<string> = new Set(),
  ) {
    this.today = chinaDay(now)
    for (const [collection, list] of Object.entries(docs)) {
      if (collection === 'media' || collection === 'attachments') continue
      this.slugs.set(
        collection as LinkedCollection,
        new Map((list as Linkable[]).map((d) => [String(d.id), d.slug ?? ''])),
      )
    }
    this.media = new Map(docs.media.map((m) => [String(m.id), m]))
    this.attachments = new Map(docs.attachments.map((a) => [String(a.id), a]))
  }

  /** A file to download as the public sees it: the PDF the snapshot carries and its title. */
  file(value: unknown): PublicDraft<PublicFile> | undefined {
    const doc = this.attachments.get(String(idOf(value)))
    if (!doc) return undefined
    const src = this.present(`files/${doc.filename}`, `附件「${doc.title}」`)
    return { id: String(doc.id), src, title: doc.title, bytes: doc.filesize }
  }

  /** The slug of a related public document; undefined when there is none or it is not public. */
  slug(collection: LinkedCollection, value: unknown): string | undefined {
    const id = idOf(value)
    return id === undefined || id === null ? undefined : this.slugs.get(collection)?.get(String(id))
  }

  slugsOf(collection: LinkedCollection, values: unknown[] | null | undefined): string[] {
    return (values ?? []).map((v) => this.slug(collection, v)).filter((s): s is string => Boolean(s))
  }

  /** Ids of the related documents that are public. */
  idsOf(collection: LinkedCollection, values: unknown[] | null | undefined): string[] {
    const known = this.slugs.get(collection)
    return (values ?? []).map((v) => String(idOf(v))).filter((id) => known?.has(id))
  }

  /** A picture as the public sees it: the file the snapshot carries and what describes it. */
  image(value: unknown): PublicDraft<PublicImage> | undefined {
    const doc = this.media.get(String(idOf(value)))
    if (!doc) return undefined
    return {
      id: String(doc.id),
      src: this.present(`media/${doc.filename}`, `图片「${doc.alt || doc.filename}」`),
      alt: doc.alt,
      width: doc.width,
      height: doc.height,
      caption: doc.caption,
    }
  }

  private present(src: string, what: string) {
    if (this.missingFiles.has(src))
      throw new BrokenDocument(`${what}的文件在存储里找不到了（${src}），请重新上传后再提交审核。`)
    return src
  }

  images(values: unknown[] | null | undefined): PublicDraft<PublicImage>[] {
    return (values ?? []).map((v) => this.image(v)).filter((i): i is PublicDraft<PublicImage> => Boolean(i))
  }
}

/**
 * A content type's public shape: the mapper from a stored document to the type's contract record
 * (which the contract then validates), with the lookups it may use for related documents.
 */
export type PublicShape<K extends ContentType, Doc> = (
  doc: Doc,
  links: PublicLinks,
) => PublicDraft<RecordOf<K>>

/** Rich text as sanitised HTML (the contract's promise); empty when the field is. */
export const html = (value: unknown) =>
  value && typeof value === 'object' && 'root' in value
    ? sanitizeRichTextHtml(convertLexicalToHTML({ data: value as never, disableContainer: true }))
    : ''

/** A calendar date as people in China read it (date fields are stored as instants). */
export const chinaDate = (value: string | null | undefined) => (value ? chinaDay(value) : undefined)

/** What every reviewed document shows the public besides its own fields. */
export const publishedFields = (d: {
  id: string | number
  slug?: string | null
  publishedAt?: string | null
  updatedAt: string
}) => ({
  id: String(d.id),
  slug: d.slug,
  publishedAt: d.publishedAt ?? d.updatedAt,
  updatedAt: d.updatedAt,
})

/** zod's optional() means absent, not null: drop nulls and empty strings before validating. */
export function withoutEmpty<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutEmpty) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null && v !== undefined && v !== '')
        .map(([k, v]) => [k, withoutEmpty(v)]),
    ) as T
  }
  return value
}
