/**
 * 三审's rules on their own (workflow/rules.ts): every action from every state for every role, as
 * the admin's buttons and the transition both ask them, against the rule written independently in
 * helpers/accessRules.ts.
 */
import { actionsFor } from '@xiangfeng/cms/workflow/rules'
import { reviewStates } from '@xiangfeng/cms/workflow/states'
import { describe, expect, test } from 'vitest'

import { mayReturn, type Role, roles } from '../helpers/accessRules'

const VILLAGE = 7
const TOWNSHIP = 3
const staff = roles.filter((r): r is Exclude<Role, 'anonymous'> => r !== 'anonymous')
const userOf = (role: Exclude<Role, 'anonymous'>, id: number) => ({
  id,
  roles: [role],
  villages: role === 'village-officer' ? [VILLAGE] : [],
  townships: ['township-editor', 'township-reviewer', 'leader'].includes(role) ? [TOWNSHIP] : [],
})
const places = ['own village', 'another village', 'another township'] as const

/** What the rules say, written from 三审 as the townships run it. */
function expected(role: Role, state: string, where: (typeof places)[number]) {
  const ownVillage = where === 'own village'
  // Another township's documents: only the county administrator acts on them, and only as an editor.
  if (where === 'another township')
    return role === 'admin' && ['draft', 'returned'].includes(state) ? ['submit'] : []
  const writes = role === 'admin' || role === 'township-editor' || (role === 'village-officer' && ownVillage)
  return [
    ...(['draft', 'returned'].includes(state) && writes ? ['submit'] : []),
    ...(state === 'submitted' && role === 'township-reviewer' ? ['review'] : []),
    ...(state === 'reviewed' && role === 'leader' ? ['approve'] : []),
    ...(mayReturn(role, state) ? ['return'] : []),
  ].sort()
}

describe('who may take which review action from which state', () => {
  const cases = staff.flatMap((role) =>
    reviewStates.flatMap(({ value: state }) => places.map((where) => [role, state, where] as const)),
  )
  test.each(cases)('%s on a document in state %s of %s', (role, state, where) => {
    const doc = {
      id: 1,
      village: where === 'own village' ? VILLAGE : VILLAGE + 1,
      township: where === 'another township' ? TOWNSHIP + 1 : TOWNSHIP,
      reviewState: state,
    }
    expect([...actionsFor(userOf(role, 100), doc)].sort()).toEqual(expected(role, state, where))
  })
})

describe('three different people', () => {
  const history = (...steps: [string, number][]) =>
    steps.map(([action, by]) => ({ action, by, from: '', to: '', at: '2026-12-01T00:00:00.000Z' }))

  test('the one who passed 复审 may not also pass 终审, even holding both roles', () => {
    const both = {
      id: 5,
      roles: ['township-reviewer', 'leader'] as Role[] as never,
      villages: [],
      townships: [TOWNSHIP],
    }
    const reviewed = {
      id: 1,
      township: TOWNSHIP,
      reviewState: 'reviewed',
      reviewHistory: history(['submit', 4], ['review', 5]),
    }
    expect(actionsFor(both, reviewed as never)).toEqual(['return'])
    expect(actionsFor({ ...both, id: 6 }, reviewed as never)).toEqual(['approve', 'return'])
  })

  test('a new round after 退回 counts only its own steps', () => {
    const reviewer = userOf('township-reviewer', 5)
    const again = {
      id: 1,
      township: TOWNSHIP,
      reviewState: 'submitted',
      reviewHistory: history(['submit', 4], ['review', 5], ['return', 9], ['submit', 4]),
    }
    expect(actionsFor(reviewer, again as never)).toEqual(['review', 'return'])
    const sameRound = { ...again, reviewHistory: history(['submit', 5]) }
    expect(actionsFor(reviewer, sameRound as never)).toEqual(['return'])
  })
})
