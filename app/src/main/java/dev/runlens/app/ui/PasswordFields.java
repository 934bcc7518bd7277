package dev.runlens.app.ui;

import javafx.scene.control.PasswordField;

/** Reading a passphrase out of a field without ever making a {@code String} of it. */
public final class PasswordFields {
    private PasswordFields() {}

    /** The field's characters copied into a new array, then the field is cleared; the caller wipes the array after use. */
    public static char[] take(PasswordField field) {
        CharSequence chars = field.getCharacters();
        char[] out = new char[chars.length()];
        for (int i = 0; i < out.length; i++) out[i] = chars.charAt(i);
        field.clear();
        return out;
    }
}
