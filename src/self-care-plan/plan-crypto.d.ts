/**
 * Optional passphrase protection for a saved plan: PBKDF2 (SHA-256, 600,000 iterations, per OWASP's
 * 2023 guidance) derives an AES-GCM 256-bit key; every save gets a fresh 96-bit IV. Forgetting the
 * passphrase means the plan cannot be opened by anyone, which the UI says plainly.
 */
export declare const PBKDF2_ITERATIONS = 600000;
export interface EncryptedPlan {
    salt: string;
    iv: string;
    iterations: number;
    ciphertext: string;
}
export declare class WrongPassphraseError extends Error {
    constructor();
}
export interface PlanKey {
    key: CryptoKey;
    salt: string;
    iterations: number;
}
export declare function deriveKey(passphrase: string, salt?: string, iterations?: number): Promise<PlanKey>;
export declare function encrypt(value: unknown, { key, salt, iterations }: PlanKey): Promise<EncryptedPlan>;
export declare function decrypt(sealed: EncryptedPlan, key: PlanKey): Promise<unknown>;
