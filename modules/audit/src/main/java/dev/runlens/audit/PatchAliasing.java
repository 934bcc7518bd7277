package dev.runlens.audit;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.PatchOp;
import dev.runlens.protocol.model.PatchOpKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The shape of patch that runtime 0.3.3 records wrongly (surprise #21): fast-json-patch inserts an
 * {@code add} / {@code replace} value by reference, so a later op of the same patch that writes
 * into that value changes the recorded op too. Such a patch may fail to replay, or replay to other
 * data (an append into an added array happens twice). Read from the ops alone, no patching: a
 * value is followed when a {@code move} takes it elsewhere, and array indexes match any index
 * (inserts shift them), so the answer errs towards "aliased".
 */
final class PatchAliasing {

    /** Op {@code writer} writes into the object or array that op {@code adder} put in earlier. */
    record Alias(int writer, int adder) {}

    private PatchAliasing() {}

    /** The first op of the patch that writes into a value an earlier op of it added, if any. */
    static Optional<Alias> find(List<PatchOp> ops) {
        List<String[]> values = new ArrayList<>();
        List<Integer> adders = new ArrayList<>();
        for (int j = 0; j < ops.size(); j++) {
            PatchOp op = ops.get(j);
            String[] path = tokens(op.path());
            String[] from = op.from().map(PatchAliasing::tokens).orElse(null);
            boolean move = op.op() == PatchOpKind.MOVE && from != null;
            if (op.op() != PatchOpKind.TEST) {
                for (int v = 0; v < values.size(); v++) {
                    if (inside(path, values.get(v)) || move && inside(from, values.get(v))) return Optional.of(new Alias(j, adders.get(v)));
                }
            }
            if (move) {
                for (int v = 0, n = values.size(); v < n; v++) {
                    String[] value = values.get(v);
                    if (value.length < from.length || !prefix(from, value)) continue;
                    String[] moved = Arrays.copyOf(path, path.length + value.length - from.length);
                    System.arraycopy(value, from.length, moved, path.length, value.length - from.length);
                    values.add(moved);
                    adders.add(adders.get(v));
                }
            }
            if ((op.op() == PatchOpKind.ADD || op.op() == PatchOpKind.REPLACE)
                    && op.value().filter(x -> x instanceof JsonValue.Obj || x instanceof JsonValue.Arr).isPresent()) {
                values.add(path);
                adders.add(j);
            }
        }
        return Optional.empty();
    }

    private static String[] tokens(String pointer) {
        return pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
    }

    /** {@code path} lies strictly inside {@code value}. */
    private static boolean inside(String[] path, String[] value) {
        return path.length > value.length && prefix(value, path);
    }

    private static boolean prefix(String[] head, String[] path) {
        for (int i = 0; i < head.length; i++) {
            if (!head[i].equals(path[i]) && !(index(head[i]) && index(path[i]))) return false;
        }
        return true;
    }

    private static boolean index(String token) {
        return token.equals("-") || !token.isEmpty() && token.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
