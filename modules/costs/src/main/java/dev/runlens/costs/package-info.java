/**
 * Cost governance over run bundles. Packages depend downwards only: {@code telemetry} (the
 * runtime's ledger) and {@code catalog} (prices) on this package; {@code reprice} on
 * {@code catalog}; {@code policy} on this package; {@code rollup} on {@code reprice} and
 * {@code policy}; {@code routing} on {@code rollup}; {@code review} on {@code routing}.
 */
package dev.runlens.costs;
