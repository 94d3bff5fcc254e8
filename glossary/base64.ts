/**
 * Bytes to base64 and back: natively where the engine has
 * `Uint8Array.prototype.toBase64` / `Uint8Array.fromBase64` (Chromium,
 * Firefox), so that a page decodes the compiled tries in one call each;
 * with `btoa`/`atob` otherwise (Node 20, which runs the CLI and the unit
 * tests).
 */

type WithBase64 = { toBase64?: () => string };
type WithFromBase64 = { fromBase64?: (text: string) => Uint8Array };

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as WithBase64).toBase64;
  if (native) return native.call(bytes);
  // In chunks: spreading a whole large array into one call overflows the stack.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Throws on text that is not base64 (a SyntaxError natively, a DOMException from atob). */
export function base64ToBytes(text: string): Uint8Array {
  const native = (Uint8Array as WithFromBase64).fromBase64;
  if (native) return native.call(Uint8Array, text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
