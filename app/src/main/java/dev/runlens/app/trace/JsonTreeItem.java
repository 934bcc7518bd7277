package dev.runlens.app.trace;

import dev.runlens.app.ui.PlainText;
import dev.runlens.protocol.json.JsNumber;
import dev.runlens.protocol.json.JsonValue;
import javafx.collections.ObservableList;
import javafx.scene.control.TreeItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as a tree item: {@code key: value} for scalars, {@code key {n}} / {@code key [n]}
 * for containers, keys and values as plain text. Children are made when the item is first
 * expanded, at most {@value #MAX_CHILDREN} of them (then one "… n more" item), so a huge or deeply
 * nested payload costs only what is opened.
 */
final class JsonTreeItem extends TreeItem<String> {
    static final int MAX_CHILDREN = 500;

    private final JsonValue value;
    private boolean childrenMade;

    JsonTreeItem(String key, JsonValue value) {
        super(label(key, value));
        this.value = value;
    }

    @Override
    public boolean isLeaf() {
        return !(value instanceof JsonValue.Obj o && !o.members().isEmpty())
                && !(value instanceof JsonValue.Arr a && a.size() > 0);
    }

    @Override
    public ObservableList<TreeItem<String>> getChildren() {
        if (!childrenMade) {
            childrenMade = true;
            super.getChildren().setAll(children());
        }
        return super.getChildren();
    }

    private List<TreeItem<String>> children() {
        List<TreeItem<String>> out = new ArrayList<>();
        int total = 0;
        if (value instanceof JsonValue.Obj o) {
            total = o.members().size();
            for (Map.Entry<String, JsonValue> m : o.members().entrySet()) {
                if (out.size() == MAX_CHILDREN) break;
                out.add(new JsonTreeItem(m.getKey(), m.getValue()));
            }
        } else if (value instanceof JsonValue.Arr a) {
            total = a.size();
            for (int i = 0; i < Math.min(a.size(), MAX_CHILDREN); i++) out.add(new JsonTreeItem("[" + i + "]", a.get(i)));
        }
        if (total > out.size()) out.add(new TreeItem<>("… " + (total - out.size()) + " more"));
        return out;
    }

    static String label(String key, JsonValue v) {
        String k = key == null ? "" : PlainText.of(key) + (v instanceof JsonValue.Obj || v instanceof JsonValue.Arr ? " " : ": ");
        if (v instanceof JsonValue.Obj o) return k + "{" + o.members().size() + "}";
        if (v instanceof JsonValue.Arr a) return k + "[" + a.size() + "]";
        if (v instanceof JsonValue.Str s) return k + "\"" + PlainText.of(s.value()) + "\"";
        if (v instanceof JsonValue.Num n) return k + JsNumber.format(n.value());
        if (v instanceof JsonValue.Bool b) return k + b.value();
        return k + "null";
    }
}
