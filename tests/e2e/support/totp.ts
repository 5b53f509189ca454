import { generate } from 'otplib';

/**
 * The code an authenticator app computes from the key shown on screen, in a later 30-second step than
 * `notStep` (a code is accepted once, so a second one must come from the next step).
 */
export async function codeFromKey(key: string, notStep?: number): Promise<{ code: string; step: number }> {
  let step = Math.floor(Date.now() / 30_000);
  if (step === notStep) {
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 300));
    step = Math.floor(Date.now() / 30_000);
  }
  return { code: await generate({ secret: key.replace(/\s+/g, ''), epoch: Math.floor(Date.now() / 1000) }), step };
}
