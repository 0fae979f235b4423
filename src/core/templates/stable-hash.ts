/**
 * A 32-bit hash that is the same in every JavaScript runtime: FNV-1a over UTF-16 code units,
 * followed by MurmurHash3's fmix32 finaliser. Plain FNV-1a leaves its low bit equal to the parity
 * of the input's low bits, so `hash % 2` would split invoice numbers by their last digit; the
 * finaliser makes every output bit depend on every input character.
 */
export function stableHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
