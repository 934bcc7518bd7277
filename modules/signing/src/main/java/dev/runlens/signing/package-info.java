/**
 * Signed gate decisions, offline: reviewer keys, DSSE envelopes, the in-toto gate-decision
 * statement in a Sigstore bundle, the trust list, the per-run decision log and the hand-back to
 * the runtime. Bouncy Castle does the cryptography and never appears in a public signature.
 */
package dev.runlens.signing;
