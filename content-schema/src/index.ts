export * from './vocabularies'
export * from './contract'
export * from './screens'
export * from './china'
