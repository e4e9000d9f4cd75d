import type { MocksHandle } from '../../src/scenario/types.js';

async function setMisbehaviour(mocks: MocksHandle, mode: string | null): Promise<void> {
  const res = await fetch(`${mocks.url}/vneid/test/misbehaviour`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ mode }) });
  if (res.status !== 200) throw new Error(`the VNeID mock refused misbehaviour ${String(mode)}: ${res.status} ${await res.text()}`);
}

/** Runs `act` while VNeID serves wallet documents whose signature does not verify (a forged copy), then restores it. */
export async function withForgedDocuments<T>(mocks: MocksHandle, act: () => Promise<T>): Promise<T> {
  await setMisbehaviour(mocks, 'forged-document');
  try {
    return await act();
  } finally {
    await setMisbehaviour(mocks, null);
  }
}
