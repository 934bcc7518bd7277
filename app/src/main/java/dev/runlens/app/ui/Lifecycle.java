package dev.runlens.app.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Views observe long-lived view models only while they are on screen ({@code STYLE.md} #6):
 * bind to {@code model.xProperty().when(Lifecycle.showing(node))}, and the listener on the model
 * is added when the node's window shows and removed when it hides or the node leaves the scene.
 */
public final class Lifecycle {
    private Lifecycle() {}

    /** True while {@code node} is in a scene whose window is showing. */
    public static ObservableValue<Boolean> showing(Node node) {
        return node.sceneProperty()
                .flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty)
                .orElse(false);
    }
}
