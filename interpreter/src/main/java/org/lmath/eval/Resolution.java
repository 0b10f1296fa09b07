package org.lmath.eval;

/**
 * Where one name written in the program lives, worked out by the {@link Resolver} before the
 * program runs. The candidates are the slot scopes around the name that can hold it, innermost
 * first, each as (scopes outward, slot); at run time the first one that holds a value is the name.
 * Reading goes on past them to the name scope at the end of the chain (a top level, the builtins);
 * assigning looks only within the function, and creates the name in the innermost scope. A name
 * found in a name scope remembers its cell there (see {@link Environment}).
 */
final class Resolution {

    final String name;
    final int[] readHops;
    final int[] readSlots;
    final int[] writeHops;   // empty when the name is not assigned here, or is assigned at a top level itself
    final int[] writeSlots;
    final boolean writeReachesNames;  // no function between here and a top level: its own name is the last candidate
    final int ownSlot;                // the slot in the innermost scope itself when that is the first candidate, else -1
    final boolean noOuterSlots;       // no candidate but ownSlot: past it, the name scopes

    /**
     * The cell a name found in a name scope, valid while its search starts from the same scope and the
     * names' version has not changed. Kept as one immutable object, so that two sessions running the
     * same code on two threads can never see one's scope with the other's cell.
     */
    record Remembered(Environment scope, int version, Environment.Cell cell) {}

    Remembered readCell;   // for reading: a top level's, an outer top level's or a builtin's cell
    Remembered writeCell;  // for assigning from a block of a top level: that top level's own cell

    Resolution(String name, int[] readHops, int[] readSlots, int[] writeHops, int[] writeSlots, boolean writeReachesNames) {
        this.name = name;
        this.readHops = readHops;
        this.readSlots = readSlots;
        this.writeHops = writeHops;
        this.writeSlots = writeSlots;
        this.writeReachesNames = writeReachesNames;
        this.ownSlot = readHops.length > 0 && readHops[0] == 0 ? readSlots[0] : -1;
        this.noOuterSlots = readHops.length == (ownSlot >= 0 ? 1 : 0);
    }
}
