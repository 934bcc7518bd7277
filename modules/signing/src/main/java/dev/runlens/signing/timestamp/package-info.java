/**
 * RFC 3161 time-stamp evidence for signed decisions (design B10 (1), (c) 39 and 42): requests over a
 * decision's DSSE signature bytes, tokens read from a TSA's response or from a Sigstore bundle,
 * verification against the timestamp authorities of the trust list, and attaching a token to a
 * decision file. Bouncy Castle ({@code bcpkix} TSP/CMS) does the work and stays package-private.
 */
package dev.runlens.signing.timestamp;
