/** Writes unsigned integers of given bit widths, most significant bit first. */
export class BitWriter {
  private bits: number[] = []
  write(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) this.bits.push(Math.floor(value / 2 ** i) % 2)
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(Math.ceil(this.bits.length / 8))
    this.bits.forEach((b, i) => {
      if (b) out[i >> 3]! |= 0x80 >> (i & 7)
    })
    return out
  }
}

/** Reads what BitWriter wrote; reading past the end throws RangeError, which decoders catch. */
export class BitReader {
  private pos = 0
  constructor(private readonly data: Uint8Array) {}
  read(width: number): number {
    let v = 0
    for (let i = 0; i < width; i++) {
      const byte = this.data[this.pos >> 3]
      if (byte === undefined) throw new RangeError('token too short')
      v = v * 2 + ((byte >> (7 - (this.pos & 7))) & 1)
      this.pos++
    }
    return v
  }
  /** Bits left unread, counting only whole bytes' padding as allowed. */
  remaining(): number {
    return this.data.length * 8 - this.pos
  }
}

/** CRC-16/CCITT-FALSE: detects every burst error up to 16 bits, so any one-character edit. */
export function crc16(data: Uint8Array): number {
  let crc = 0xffff
  for (const byte of data) {
    crc ^= byte << 8
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
  }
  return crc
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

export function toBase64Url(bytes: Uint8Array): string {
  let out = ''
  let acc = 0
  let n = 0
  for (const b of bytes) {
    acc = (acc << 8) | b
    n += 8
    while (n >= 6) {
      n -= 6
      out += ALPHABET[(acc >> n) & 63]
    }
    acc &= (1 << n) - 1
  }
  if (n > 0) out += ALPHABET[(acc << (6 - n)) & 63]
  return out
}

/** Strict: any character outside the alphabet, or non-zero padding bits, is rejected. */
export function fromBase64Url(text: string): Uint8Array | undefined {
  // one character past a whole group carries only 6 bits: no encoder emits that
  if (text.length % 4 === 1) return undefined
  const out: number[] = []
  let acc = 0
  let n = 0
  for (const ch of text) {
    const v = ALPHABET.indexOf(ch)
    if (v < 0) return undefined
    acc = (acc << 6) | v
    n += 6
    if (n >= 8) {
      n -= 8
      out.push((acc >> n) & 0xff)
    }
    acc &= (1 << n) - 1
  }
  if (acc !== 0) return undefined
  return new Uint8Array(out)
}
