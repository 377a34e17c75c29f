/** Public URLs. Slugs are unique per village, so village content lives under its village. */
const scope = (village?: string) => village ?? 'zhen'

export const paths = {
  home: '/',
  roleModels: '/role-models/',
  roleModel: (m: { village?: string; slug: string }) => `/role-models/${scope(m.village)}/${m.slug}/`,
  lectures: '/lectures/',
  lecture: (s: { village?: string; slug: string }) => `/lectures/${scope(s.village)}/${s.slug}/`,
  policies: '/policies/',
  policy: (p: { village?: string; slug: string }) => `/policies/${scope(p.village)}/${p.slug}/`,
  villages: '/villages/',
  village: (slug: string) => `/villages/${slug}/`,
  rules: (r: { village: string; slug: string }) => `/villages/${r.village}/rules/${r.slug}/`,
}
