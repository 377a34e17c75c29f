/**
 * Personal data in text meant for the public: the numbers an inspection (政府网站普查) vetoes a
 * site for. Pure: the contract check runs it on a document's public record at save, 提交审核 and
 * 终审, so what it finds never reaches the portal.
 */
import { isRealDay } from './dates'
import { isValidIdNumber } from './privacy'
import { halfWidth } from './text'

export type PersonalDataKind = 'idNumber' | 'mobile' | 'bankCard' | 'address'

export const personalDataLabels: Record<PersonalDataKind, string> = {
  idNumber: '身份证号',
  mobile: '手机号',
  bankCard: '银行卡号',
  address: '家庭住址',
}

export type PersonalDataHit = { kind: PersonalDataKind; text: string }

/** Whether a card number passes the Luhn check every bank card number passes. */
export function luhnValid(digits: string) {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i])
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
  }
  return sum % 10 === 0
}

// A number stands alone: no digit (or, for an ID, letter) right before or after it.
const ID_18 = /(?<![\dA-Za-z])(\d{6})[ -]?(\d{4})(\d{2})(\d{2})[ -]?(\d{3}[\dX])(?![\dA-Za-z])/gi
const ID_15 = /(?<![\dA-Za-z])\d{6}(\d{2})(\d{2})(\d{2})\d{3}(?![\dA-Za-z])/g
/** Written after its name, an ID number counts whatever its check digit: 身份证号：… */
const NAMED_ID = /身份证(?:号码?)?[:：\s]*((?:\d[ -]?){14,17}[\dX])/gi
const MOBILE = /(?<!\d)1[3-9]\d(?:[ -]?\d){8}(?!\d)/g
// UnionPay (62…), Visa, Mastercard, Amex: a first digit of 3–6, so a row of years never is one.
const BANK_CARD = /(?<!\d)[3-6]\d{3}(?:[ -]?\d{4}){2}[ -]?\d{4,7}(?!\d)/g

/** The personal data in `text`: each hit with its kind and the text as written. */
export function findPersonalData(text: string): PersonalDataHit[] {
  const source = halfWidth(text)
  const hits: PersonalDataHit[] = []
  const taken: [number, number][] = []
  const add = (kind: PersonalDataKind, match: RegExpMatchArray | RegExpExecArray, group = 0) => {
    const value = match[group]
    const start = (match.index ?? 0) + match[0].indexOf(value)
    if (taken.some(([a, b]) => start < b && start + value.length > a)) return
    taken.push([start, start + value.length])
    hits.push({ kind, text: text.slice(start, start + value.length) })
  }
  for (const match of source.matchAll(NAMED_ID)) add('idNumber', match, 1)
  for (const match of source.matchAll(ID_18)) {
    const id = match.slice(1, 6).join('')
    const [year, month, day] = [match[2], match[3], match[4]].map(Number)
    if (year >= 1900 && year <= 2099 && isRealDay(year, month, day) && isValidIdNumber(id.toUpperCase()))
      add('idNumber', match)
  }
  for (const match of source.matchAll(ID_15)) {
    const [year, month, day] = [match[1], match[2], match[3]].map(Number)
    if (isRealDay(1900 + year, month, day)) add('idNumber', match)
  }
  for (const match of source.matchAll(MOBILE)) add('mobile', match)
  for (const match of source.matchAll(BANK_CARD)) {
    const digits = match[0].replace(/\D/g, '')
    if (digits.length >= 16 && digits.length <= 19 && luhnValid(digits)) add('bankCard', match)
  }
  return hits
}

/** Digits alone: the same phone written 138-0000-0001 or １３８００００００01. */
export const digitsOf = (text: string) => halfWidth(text).replace(/\D/g, '')

/** A hit as an editor reads it in a message: the number's ends, its middle masked. */
export const maskHit = (hit: PersonalDataHit) =>
  hit.text.length <= 8 ? hit.text : `${hit.text.slice(0, 4)}…${hit.text.slice(-4)}`
