// The same page as the portal preview's: each root layout needs its own not-found file.
export { default } from '../(preview)/not-found'
