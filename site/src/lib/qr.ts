import QRCode from 'qrcode'

/**
 * An address as an SVG QR code, drawn at build time. One byte segment and a fixed mask: any mask
 * scans, and skipping the search for the "best" segmentation and mask makes the code ten times
 * cheaper on a build of ten thousand pages.
 */
export const qrSvg = (url: string, margin: number) =>
  QRCode.toString([{ data: new TextEncoder().encode(url), mode: 'byte' }], {
    type: 'svg',
    margin,
    errorCorrectionLevel: 'M',
    maskPattern: 2,
  })
