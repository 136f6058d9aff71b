import { toString } from 'qrcode';

/** The otpauth URI as an SVG data URL, for an <img> the console needs no library to show. */
export async function svgQrCode(uri: string): Promise<string> {
  const svg = await toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
