package dev.runlens.costs.catalog;

/** The price a book gives one model at one moment: the entry, the row in force and where it comes from. */
public record Quote(CatalogModel model, PriceRow row, Provenance source, boolean contract) {}
