/** No 0/O, 1/I/L or 5/S: codes are read off a projector and typed on phones. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKMNPQRTUVWXYZ2346789";
const JOIN_CODE_LENGTH = 6;

/** `random(max)` returns a whole number in [0, max); the server passes a cryptographic one. */
export function generateJoinCode(random: (max: number) => number): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[random(JOIN_CODE_ALPHABET.length)];
  return code;
}

/**
 * What a student typed, as a stored code: case, spaces and dashes do not
 * matter. Null when it cannot be a code at all (wrong length, or a character
 * no code contains).
 */
export function normaliseJoinCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]+/g, "");
  if (code.length !== JOIN_CODE_LENGTH) return null;
  if (![...code].every((c) => JOIN_CODE_ALPHABET.includes(c))) return null;
  return code;
}

/** "ABC DEF" reads better than "ABCDEF" on a projector. */
export function formatJoinCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
