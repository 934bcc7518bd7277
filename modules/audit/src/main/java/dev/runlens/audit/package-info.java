/**
 * Findings over a run bundle ("expert info"): {@link dev.runlens.audit.Auditor} (builder-configured,
 * one {@code audit} entry point) returns an {@link dev.runlens.audit.AuditReport} whose
 * {@link dev.runlens.audit.AuditFinding}s are coded, graded, located and explained; every code is
 * documented in {@link dev.runlens.audit.FindingCatalog}. {@link dev.runlens.audit.Auditor#compare}
 * localises the differences between two copies of one run. Checks work on the protocol model
 * directly; see the module's README for the codes, the grading decisions and the known gaps.
 */
package dev.runlens.audit;
