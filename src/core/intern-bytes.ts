/** Exact interning of byte strings, shared by the readers (string dictionaries) and the distinct-count kernel. */

/** FNV-1a over a byte range, 32 bits. */
export function hashBytes(data: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5
  for (let k = start; k < end; k++) h = Math.imul(h ^ data[k], 0x01000193)
  return h >>> 0
}

function sameBytes(data: Uint8Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false
  for (let k = 0; k < aEnd - a; k++) if (data[a + k] !== data[b + k]) return false
  return true
}

/**
 * Exact interning of byte strings: codes[i] is the index of string i's first occurrence among the
 * distinct strings (in first-seen order); `firsts` lists the row of each distinct string. A hash table
 * of 32-bit FNV-1a hashes, bytes compared on every hash match, so collisions never merge strings.
 */
export function internBytes(bytes: { data: Uint8Array; offsets: Uint32Array }, skip?: Uint8Array): { codes: Int32Array; firsts: Int32Array; distinct: number } {
  const { data, offsets } = bytes
  const n = offsets.length - 1
  let size = 16
  while (size < n * 2) size *= 2
  const mask = size - 1
  const table = new Int32Array(size).fill(-1)
  const hashes = new Uint32Array(size)
  const codes = new Int32Array(n)
  let firsts = new Int32Array(Math.min(Math.max(n, 1), 1024))
  let distinct = 0
  for (let i = 0; i < n; i++) {
    if (skip && skip[i]) {
      codes[i] = -1
      continue
    }
    const start = offsets[i]
    const end = offsets[i + 1]
    const h = hashBytes(data, start, end)
    // FNV-1a's low bits alone cluster on ids that differ only in their last characters: fold the high bits in.
    let slot = (h ^ (h >>> 15)) & mask
    for (;;) {
      const code = table[slot]
      if (code < 0) {
        table[slot] = distinct
        hashes[slot] = h
        codes[i] = distinct
        if (distinct === firsts.length) {
          const grown = new Int32Array(Math.min(n, firsts.length * 2))
          grown.set(firsts)
          firsts = grown
        }
        firsts[distinct++] = i
        break
      }
      if (hashes[slot] === h) {
        const row = firsts[code]
        if (sameBytes(data, offsets[row], offsets[row + 1], start, end)) {
          codes[i] = code
          break
        }
      }
      slot = (slot + 1) & mask
    }
  }
  return { codes, firsts: firsts.slice(0, distinct), distinct }
}
