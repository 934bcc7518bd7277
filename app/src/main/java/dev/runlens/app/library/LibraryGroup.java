package dev.runlens.app.library;

import java.util.List;

/** A workflow row and its run rows, in the order the library lists them. */
public record LibraryGroup(LibraryRow workflow, List<LibraryRow> runs) {
    public LibraryGroup {
        runs = List.copyOf(runs);
    }
}
