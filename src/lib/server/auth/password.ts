import { hash, verify } from '@node-rs/argon2';

/** Argon2id (the library's default algorithm) with the OWASP-recommended minimum: 19 MiB, 2 iterations, 1 lane. */
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
	return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/** Verifying against this when a user does not exist keeps the response time the same (no user enumeration). */
let dummyHash: Promise<string> | undefined;
export async function verifyNothing(password: string): Promise<false> {
	dummyHash ??= hashPassword('querschnitt-kein-benutzer');
	await verifyPassword(await dummyHash, password);
	return false;
}
