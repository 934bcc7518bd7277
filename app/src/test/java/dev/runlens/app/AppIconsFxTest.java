package dev.runlens.app;

import javafx.scene.image.Image;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@ExtendWith(ApplicationExtension.class)
class AppIconsFxTest {

    @Test
    void everyWindowIconSizeIsPackagedAndDecodesAtItsSize() {
        for (int size : AppIcons.WINDOW_SIZES) {
            Image icon = AppIcons.of(size);
            assertFalse(icon.isError(), "icon " + size + " decodes");
            assertEquals(size, icon.getWidth(), "icon " + size + " width");
            assertEquals(size, icon.getHeight(), "icon " + size + " height");
        }
    }
}
