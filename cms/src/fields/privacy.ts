/** Format checks for private fields, with messages for editors. */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const ID_CHECK = '10X98765432'

/** A mainland resident ID number (GB 11643): 17 digits and a check character. */
export function isValidIdNumber(value: string): boolean {
  return /^\d{17}[\dX]$/.test(value) && idCheckCharacter(value.slice(0, 17)) === value[17]
}

/** The 18th character of an ID number, from its first 17 digits. */
export function idCheckCharacter(first17: string): string {
  const sum = ID_WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(first17[i]), 0)
  return ID_CHECK[sum % 11]
}

export const validateIdNumber = (value: string | null | undefined) =>
  !value || isValidIdNumber(value.toUpperCase()) || '身份证号码格式不对：应为18位，最后一位可以是X，请核对。'

export const validatePhone = (value: string | null | undefined) =>
  !value ||
  /^1[3-9]\d-?\d{4}-?\d{4}$/.test(value) ||
  /^0\d{2,3}-?\d{7,8}$/.test(value) ||
  '电话号码格式不对：手机号为11位（如 138-0000-0001），座机请带区号（如 0917-1234567）。'
