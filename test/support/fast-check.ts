import fc from 'fast-check';

/**
 * A guard against hangs, not a timing test. fast-check runs a synchronous property in one go, so
 * Vitest's test timeout cannot stop it; a failure found late, whose shrinking walks through
 * thousands of floating-point neighbours, once kept a CI run busy until it was killed. Past this
 * limit the property stops and fails with the counterexample reached so far. Every property here
 * finishes in well under a second; the limit is generous enough for a shared, noisy machine.
 */
fc.installGlobalPlugin(fc.interruptAfterTimeLimit(120_000, { failOnInterrupt: true }));

/** `QS_FC_RUNS=20000 npm test -- src/lib/core` searches harder where a property sets no numRuns of its own. */
if (process.env.QS_FC_RUNS) fc.configureGlobal({ numRuns: Number(process.env.QS_FC_RUNS) });
