/** Full-width ASCII (０-９, Ａ-Ｚ, －, ／) as ASCII, and the ideographic space as a space: text as typed on a Chinese keyboard. */
export const halfWidth = (text: string) =>
  text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
