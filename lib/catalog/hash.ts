/**
 * 32-bit FNV-1a as 8 hex digits. Not cryptographic: it only has to tell data versions apart, and a
 * pure implementation keeps the core usable in the browser, the CLI and route handlers alike.
 */
export function fnv1a(text: string): string {
  return fnv1a32(text).toString(16).padStart(8, '0')
}

/** The same hash as an unsigned 32-bit number. */
export function fnv1a32(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}
