import { validityOn } from '@xiangfeng/content-schema'

import type { PolicyExplainer } from '../../payload-types'
import { chinaDate, html, publishedFields, type PublicShape } from '../publicShape'

export const publicPolicyExplainer: PublicShape<'policyExplainers', PolicyExplainer> = (e, links) => ({
  ...publishedFields(e),
  title: e.title,
  policy: {
    title: e.policy?.title,
    documentNumber: e.policy?.documentNumber,
    issuingBody: e.policy?.issuingBody,
    issuedOn: chinaDate(e.policy?.issuedOn),
    effectiveOn: chinaDate(e.policy?.effectiveOn),
    expiresOn: chinaDate(e.policy?.expiresOn),
    // As of the export's day: the daily rebuild turns a document past its last valid day to expired.
    validity: e.policy && validityOn({ ...e.policy, expiresOn: chinaDate(e.policy.expiresOn) }, links.today),
    indexNumber: e.policy?.indexNumber,
    originalUrl: e.policy?.originalUrl,
  },
  origin: e.origin,
  reprintSource: e.reprintSource,
  forms: e.forms ?? [],
  topics: e.topics ?? [],
  village: links.slug('villages', e.village),
  summary: e.summary,
  background: html(e.background),
  mainContent: html(e.mainContent),
  appliesTo: e.appliesTo,
  changes: e.changes,
  howToAct: {
    office: e.howToAct?.office,
    conditions: e.howToAct?.conditions,
    materials: e.howToAct?.materials,
    steps: e.howToAct?.steps,
    deadline: e.howToAct?.deadline,
  },
  keyPoints: (e.keyPoints ?? []).map((k) => k.text),
  qa: (e.qa ?? []).map((q) => ({ question: q.question, answer: q.answer })),
  related: links.slugsOf('policy-explainers', e.related),
  supersededBy: links.slug('policy-explainers', e.supersededBy),
  graphic: links.image(e.graphic),
})
