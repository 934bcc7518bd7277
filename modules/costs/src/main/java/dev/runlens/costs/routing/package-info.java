/**
 * Capability matching: calls against the tier their step's routing policy asks for, savings if
 * routed per policy, adherence, and mechanical-step suggestions with their evidence
 * ({@link dev.runlens.costs.routing.CapabilityAnalysis}).
 */
package dev.runlens.costs.routing;
