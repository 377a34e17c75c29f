import type { Vocabulary } from '@xiangfeng/content-schema'

/** Admin labels: Chinese first (the editors' language), English for the alternate admin language. */
export const label = (zh: string, en: string) => ({ zh, en })

/** Select options from a content-schema vocabulary; the stored value is the stable slug. */
export const optionsFrom = (vocab: Vocabulary) => vocab.map(({ value, label: zh }) => ({ value, label: zh }))
