package dev.runlens.app.trust;

import dev.runlens.app.ui.PlainText;
import dev.runlens.signing.keys.WrongPassphraseException;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Clear error texts for the trust screens: each names the file it is about (plain). */
final class TrustMessages {
    private TrustMessages() {}

    static String of(Throwable e, Path file) {
        String f = file.toString();
        String why = String.valueOf(e.getMessage());
        if (e instanceof WrongPassphraseException) return "Wrong passphrase: the root key could not be decrypted. " + PlainText.of(f) + " is unchanged.";
        if (e instanceof NoSuchFileException) return PlainText.of((why.equals(f) ? f : why) + ": no such file.");
        if (e instanceof FileAlreadyExistsException) return PlainText.of(f + ": the file exists already.");
        return PlainText.of(why.contains(f) ? why : f + ": " + why);
    }
}
