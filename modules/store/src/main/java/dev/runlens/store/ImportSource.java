package dev.runlens.store;

import java.io.IOException;

/** One file to import: a plain file or an archive entry, read only when its turn comes. */
interface ImportSource {
    String name();

    /** Size as known before reading (an archive's declared size; 0 when unknown), for progress only. */
    long size();

    byte[] read() throws IOException;
}
