import { CardError } from '../../src/errors.js';

/** The CardError a synchronous call throws; fails the test if it throws nothing or something else. */
export function thrownCardError(run: () => unknown): CardError {
  try {
    run();
  } catch (error) {
    if (error instanceof CardError) return error;
    throw error;
  }
  throw new Error('expected a CardError');
}

/** The CardError a promise rejects with; fails the test if it resolves or rejects with something else. */
export async function rejectedCardError(running: Promise<unknown>): Promise<CardError> {
  try {
    await running;
  } catch (error) {
    if (error instanceof CardError) return error;
    throw error;
  }
  throw new Error('expected a CardError');
}
