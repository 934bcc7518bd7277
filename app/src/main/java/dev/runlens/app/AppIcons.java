package dev.runlens.app;

import javafx.scene.image.Image;

import java.util.List;
import java.util.Objects;

/** The app icon at the sizes window managers pick from (generated from {@code icons/runlens.svg}). */
final class AppIcons {
    static final List<Integer> WINDOW_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcons() {}

    static List<Image> window() {
        return WINDOW_SIZES.stream().map(AppIcons::of).toList();
    }

    static Image of(int size) {
        String name = "icons/runlens-" + size + ".png";
        return new Image(Objects.requireNonNull(AppIcons.class.getResource(name), name).toExternalForm());
    }
}
