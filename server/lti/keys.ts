import "server-only";
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, SignJWT, type JWTPayload } from "jose";
import { currentToolKey, publishedToolKeys, rotateToolKey, type ToolKeyRecord } from "@/db/queries/lti/keys";

const ALG = "RS256";

/** A fresh RSA key pair for the tool, as JWKs keyed by their RFC 7638 thumbprint. */
async function generateToolKey(): Promise<ToolKeyRecord> {
  const { publicKey, privateKey } = await generateKeyPair(ALG, { modulusLength: 2048, extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return {
    kid,
    publicJwk: { ...publicJwk, kid, alg: ALG, use: "sig" },
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: ALG },
  };
}

// Imported private keys by kid: importing costs more than signing.
const imported = new Map<string, Promise<CryptoKey | Uint8Array>>();

/**
 * Signs a JWT with the tool's current key (made on first use), its kid in
 * the header so the platform picks the right key from the tool's JWKS.
 */
export async function signAsTool(
  claims: JWTPayload,
  options: { issuer: string; audience: string; subject?: string; expiresIn?: string },
): Promise<string> {
  const key = await currentToolKey(generateToolKey);
  let privateKey = imported.get(key.kid);
  if (!privateKey) {
    privateKey = importJWK(key.privateJwk, ALG);
    imported.set(key.kid, privateKey);
  }
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: ALG, kid: key.kid, typ: "JWT" })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? "5m");
  if (options.subject) jwt.setSubject(options.subject);
  return jwt.sign(await privateKey);
}

/** The tool's JWKS: the current public key (made now if there is none yet) and the one before it. */
export async function toolJwks(): Promise<{ keys: Record<string, unknown>[] }> {
  await currentToolKey(generateToolKey);
  return { keys: (await publishedToolKeys()).map((k) => k.publicJwk) };
}

/** Replaces the signing key; platforms that cached the key set find the new key by its kid. */
export async function rotateKey(): Promise<string> {
  return (await rotateToolKey(generateToolKey)).kid;
}
