package dev.runlens.signing.keys;

/** The passphrase does not open the key file (PBES2-CBC has no MAC: a damaged file looks the same). */
public final class WrongPassphraseException extends KeyFormatException {
    public WrongPassphraseException(String file) {
        super(file + ": wrong passphrase (the key could not be decrypted with it)");
    }
}
