import { createServerFeature } from '@payloadcms/richtext-lexical'

/** A paste from Word or WPS: its lists made lists, its pictures dropped with a notice (wordPasteClient.tsx). */
export const WordPasteFeature = createServerFeature({
  key: 'wordPaste',
  feature: { ClientFeature: '/fields/wordPasteClient#WordPasteFeatureClient' },
})
