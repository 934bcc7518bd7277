/**
 * Routing policies: per workflow, the capability tier each step needs and why, kept as plain JSON
 * ({@code runlens-routing-policy/1}, schema in {@code routing-policy.schema.json}) that
 * {@link dev.runlens.costs.policy.PolicyFile} validates and writes in one canonical, line-diffable
 * form. A policy also declares the workflow's unit of output, its weekly budget and the model each
 * tier routes to.
 */
package dev.runlens.costs.policy;
