package dev.runlens.costs.catalog;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which model (or provider) names a catalog entry covers: genai-prices' clause tree. Text clauses
 * compare case-insensitively, {@code regex} as written (a partial match, as JavaScript's {@code test}).
 */
public sealed interface ModelMatch {
    boolean matches(String name);

    record Equals(String text) implements ModelMatch {
        public boolean matches(String name) {
            return lower(name).equals(lower(text));
        }
    }

    record StartsWith(String text) implements ModelMatch {
        public boolean matches(String name) {
            return lower(name).startsWith(lower(text));
        }
    }

    record EndsWith(String text) implements ModelMatch {
        public boolean matches(String name) {
            return lower(name).endsWith(lower(text));
        }
    }

    record Contains(String text) implements ModelMatch {
        public boolean matches(String name) {
            return lower(name).contains(lower(text));
        }
    }

    record Regex(Pattern pattern) implements ModelMatch {
        public boolean matches(String name) {
            return pattern.matcher(name).find();
        }
    }

    record And(List<ModelMatch> all) implements ModelMatch {
        public boolean matches(String name) {
            return all.stream().allMatch(m -> m.matches(name));
        }
    }

    record Or(List<ModelMatch> any) implements ModelMatch {
        public boolean matches(String name) {
            return any.stream().anyMatch(m -> m.matches(name));
        }
    }

    /** {@code model} exactly, or every name starting with the text before a trailing {@code *}. */
    static ModelMatch pattern(String model) {
        return model.endsWith("*") ? new StartsWith(model.substring(0, model.length() - 1)) : new Equals(model);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
