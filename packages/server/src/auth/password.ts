/** Password hashing with argon2id (OWASP's minimum: 19 MiB, 2 passes). */
import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

// Algorithm.Argon2id is a const enum in the typings; isolatedModules needs the literal.
const ARGON2ID = 2;

/** Hash a password for storage. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 });
}

/** Check a password against a stored hash; false for malformed hashes too. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A random password people can type: 16 characters without look-alikes. */
export function randomPassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...randomBytes(16)].map((b) => alphabet[b % alphabet.length]).join('');
}

/** Passwords: at least 8 characters, at most 200 (argon2 takes any bytes, the limit bounds the work). */
export function passwordProblem(p: string): { zh: string; en: string } | null {
  if (p.length < 8) return { zh: '密码至少 8 个字符', en: 'the password needs at least 8 characters' };
  if (p.length > 200) return { zh: '密码过长', en: 'the password is too long' };
  return null;
}
