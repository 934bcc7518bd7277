package dev.runlens.costs.catalog;

import dev.runlens.costs.Tier;

import java.util.Optional;

/** A user's tier for models: {@code provider} (any when empty) and a model name or {@code prefix*}. */
public record TierRule(Optional<String> provider, String model, Tier tier) {

    boolean matches(Optional<String> receiptProvider, String receiptModel) {
        if (provider.isPresent() && !receiptProvider.map(Providers::canonical).equals(provider.map(Providers::canonical))) {
            return false;
        }
        return ModelMatch.pattern(model).matches(receiptModel);
    }
}
