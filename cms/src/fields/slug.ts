import { pinyin } from 'pinyin-pro'
import { ValidationError, type CollectionSlug, type Field, type FieldHook, type Where } from 'payload'

import { label } from './labels'
import { idOf } from '../ids'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_LENGTH = 80

/** Toneless pinyin, one word per Chinese character: 张桂兰 → zhang-gui-lan. */
export function slugify(text: string): string {
  const words = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
  const slug = words
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= MAX_LENGTH) return slug
  return slug.slice(0, MAX_LENGTH).replace(/-[^-]*$/, '')
}

type SlugScope = 'village' | 'global'

async function isTaken(args: {
  collection: CollectionSlug
  slug: string
  scope: SlugScope
  village: string | number | undefined
  id: string | number | undefined
  req: Parameters<FieldHook>[0]['req']
}): Promise<boolean> {
  const conditions: Where[] = [{ slug: { equals: args.slug } }]
  if (args.scope === 'village') {
    conditions.push(args.village ? { village: { equals: args.village } } : { village: { exists: false } })
  }
  if (args.id !== undefined) conditions.push({ id: { not_equals: args.id } })
  const { totalDocs } = await args.req.payload.count({
    collection: args.collection,
    where: { and: conditions },
    overrideAccess: true,
    req: args.req,
  })
  return totalDocs > 0
}

/**
 * A URL slug made once from the Chinese title and then kept, so links already shared
 * (QR codes, WeChat posts) keep working when the title is edited.
 * Unique per village (township-wide documents form their own scope) or globally.
 */
export function slugField({
  from,
  scope = 'village',
  reserved = [],
}: {
  from: string
  scope?: SlugScope
  /** Words the portal's addresses use in this slug's place. */
  reserved?: readonly string[]
}): Field {
  const ensureUnique: FieldHook = async ({ value, data, originalDoc, req, collection }) => {
    if (!collection) return value
    const id = originalDoc?.id
    const village = idOf(data?.village ?? originalDoc?.village)
    const typed = typeof value === 'string' && value.trim() !== ''
    if (typed) {
      const slug = value.trim()
      if (!SLUG_PATTERN.test(slug)) return slug // the field's validate explains the format
      if (reserved.includes(slug)) {
        throw new ValidationError(
          {
            collection: collection.slug,
            errors: [{ path: 'slug', message: `链接名“${slug}”是网站地址的保留用词，请换一个。` }],
          },
          req.t,
        )
      }
      if (slug === originalDoc?.slug && idOf(originalDoc?.village) === village) return slug
      if (await isTaken({ collection: collection.slug, slug, scope, village, id, req })) {
        throw new ValidationError(
          {
            collection: collection.slug,
            errors: [
              {
                path: 'slug',
                message:
                  scope === 'village'
                    ? `链接名“${slug}”在同一村已被使用，请换一个。`
                    : `链接名“${slug}”已被使用，请换一个。`,
              },
            ],
          },
          req.t,
        )
      }
      return slug
    }
    const source = data?.[from] ?? originalDoc?.[from]
    if (typeof source !== 'string' || source.trim() === '') return value
    const base = slugify(source) || collection.slug.replace(/s$/, '')
    let candidate = base
    for (
      let n = 2;
      reserved.includes(candidate) ||
      (await isTaken({ collection: collection.slug, slug: candidate, scope, village, id, req }));
      n++
    ) {
      candidate = `${base}-${n}`
    }
    return candidate
  }

  return {
    name: 'slug',
    type: 'text',
    index: true,
    label: label('链接名', 'Slug'),
    admin: {
      position: 'sidebar',
      description: label(
        '留空则由标题自动生成拼音。生成后不随标题变化，以免已分享的链接失效。',
        'Left empty, it is made from the title in pinyin. It does not follow later title edits, so shared links keep working.',
      ),
    },
    validate: (value: string | null | undefined) =>
      !value || SLUG_PATTERN.test(value) || '链接名只能包含小写字母、数字和连字符（-），例如 zhang-gui-lan。',
    // A copy gets a slug of its own, made from its title like any new document's.
    hooks: { beforeValidate: [ensureUnique], beforeDuplicate: [() => null] },
  }
}
