/**
 * Optional passphrase protection for a saved plan: PBKDF2 (SHA-256, 600,000 iterations, per OWASP's
 * 2023 guidance) derives an AES-GCM 256-bit key; every save gets a fresh 96-bit IV. Forgetting the
 * passphrase means the plan cannot be opened by anyone, which the UI says plainly.
 */
export const PBKDF2_ITERATIONS = 600_000;
export class WrongPassphraseError extends Error {
    constructor() {
        super('That passphrase does not open this plan.');
    }
}
const toBase64 = (bytes) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
export async function deriveKey(passphrase, salt = toBase64(crypto.getRandomValues(new Uint8Array(16))), iterations = PBKDF2_ITERATIONS) {
    const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
    const key = await crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    return { key, salt, iterations };
}
export async function encrypt(value, { key, salt, iterations }) {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(JSON.stringify(value))));
    // Spread in chunks: String.fromCharCode(...bytes) overflows the stack for large plans.
    let binary = '';
    for (let index = 0; index < ciphertext.length; index += 0x8000)
        binary += String.fromCharCode(...ciphertext.subarray(index, index + 0x8000));
    return { salt, iv: toBase64(iv), iterations, ciphertext: btoa(binary) };
}
export async function decrypt(sealed, key) {
    try {
        const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(sealed.iv) }, key.key, fromBase64(sealed.ciphertext));
        return JSON.parse(new TextDecoder().decode(plain));
    }
    catch {
        throw new WrongPassphraseError();
    }
}
