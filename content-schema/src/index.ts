export * from './vocabularies'
export * from './contract'
