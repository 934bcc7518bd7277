package dev.runlens.app.dag;

/** One bucket of the cost legend and the figures it stands for ("≤ USD 0.0412"). */
public record LegendEntry(Heat heat, String range) {}
