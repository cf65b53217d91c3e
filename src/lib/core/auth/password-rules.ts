/** Minimum password length (BSI IT-Grundschutz ORP.4 recommends long passphrases over complexity rules). */
export const minPasswordLength = 12;

export function passwordProblem(password: string): { min: number } | null {
	return [...password].length < minPasswordLength ? { min: minPasswordLength } : null;
}
