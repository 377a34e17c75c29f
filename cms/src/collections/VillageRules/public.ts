import type { VillageRules } from '../../payload-types'
import { chinaDate, publishedFields, type PublicShape } from '../publicShape'

/** Village rules as the public sees them: vote counts, never lists of names. */
export const publicVillageRules: PublicShape<'villageRules', VillageRules> = (r, links) => ({
  ...publishedFields(r),
  village: links.slug('villages', r.village),
  title: r.title,
  versionLabel: r.versionLabel,
  status: r.status,
  areas: r.areas ?? [],
  preamble: r.preamble,
  chapters: (r.chapters ?? []).map((c) => ({
    title: c.title,
    articles: (c.articles ?? []).map((a) => ({ number: a.number, text: a.text })),
  })),
  shortVersion: r.shortVersion,
  adoptionSteps: (r.adoptionSteps ?? []).map((s) => ({
    kind: s.kind,
    date: chinaDate(s.date),
    note: s.note,
  })),
  // A vote is recorded once its turnout is; before that the rules have none to show.
  vote:
    r.vote?.present != null
      ? {
          meetingType: r.vote.meetingType,
          date: chinaDate(r.vote.date),
          eligible: r.vote.eligible,
          present: r.vote.present,
          for: r.vote.for,
          against: r.vote.against,
          abstain: r.vote.abstain,
        }
      : undefined,
  supersedes: links.slug('village-rules', r.supersedes),
})
