import { createServerFeature } from '@payloadcms/richtext-lexical'

/** Says so when a paste brings pictures, which rich text does not hold (PastedPictures.tsx). */
export const PastedPicturesFeature = createServerFeature({
  key: 'pastedPictures',
  feature: { ClientFeature: '/fields/PastedPictures#PastedPicturesFeatureClient' },
})
