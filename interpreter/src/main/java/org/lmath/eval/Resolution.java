package org.lmath.eval;

/**
 * Where one name written in the program lives, worked out by the {@link Resolver} before the
 * program runs. The candidates are the slot scopes around the name that may hold it, innermost
 * first, each as (scopes outward, slot); at run time the first one that holds a value is the name.
 * When the Resolver knows the last candidate surely holds it (a parameter, a name the function
 * made on an earlier line), reading stops there; otherwise it goes on to the name scope at the
 * end of the chain (a top level, the builtins). A name found in a name scope remembers its cell
 * there (see {@link Environment}).
 */
final class Resolution {

    final String name;
    final int[] readHops;
    final int[] readSlots;
    final boolean readCertain;  // the last candidate surely holds the name: no name scope after it
    final int ownSlot;          // the slot in the innermost scope itself when that is the first candidate, else -1
    final int exactHops;        // the only candidate, sure to hold the name: scopes outward; else -1
    final boolean noOuterSlots; // no candidate but ownSlot: past it, the name scopes
    final Assignment assignment;  // where assigning it goes; null when it is not assigned here, or at a top level itself

    /**
     * Where an assignment goes: either one certain (scopes outward, slot), when the name surely
     * exists there already or surely exists nowhere in the function yet (then it is made here);
     * or, when that is known only at run time, the candidates that may hold it, then the top
     * level's own name (reachesNames: in a block of a top level), then a new name in createdSlot here.
     */
    static final class Assignment {
        final int certainHops;
        final int certainSlot;
        final int[] hops;
        final int[] slots;
        final boolean reachesNames;
        final int createdSlot;

        Assignment(int certainHops, int certainSlot, int[] hops, int[] slots, boolean reachesNames, int createdSlot) {
            this.certainHops = certainHops;
            this.certainSlot = certainSlot;
            this.hops = hops;
            this.slots = slots;
            this.reachesNames = reachesNames;
            this.createdSlot = createdSlot;
        }

        static Assignment certain(int hops, int slot) {
            return new Assignment(hops, slot, null, null, false, -1);
        }
    }

    /**
     * The cell a name found in a name scope, valid while its search starts from the same scope and the
     * names' version has not changed. Kept as one immutable object, so that two sessions running the
     * same code on two threads can never see one's scope with the other's cell.
     */
    record Remembered(Environment scope, int version, Environment.Cell cell) {}

    Remembered readCell;   // for reading: a top level's, an outer top level's or a builtin's cell
    Remembered writeCell;  // for assigning from a block of a top level: that top level's own cell

    Resolution(String name, int[] readHops, int[] readSlots, boolean readCertain, Assignment assignment) {
        this.name = name;
        this.readHops = readHops;
        this.readSlots = readSlots;
        this.readCertain = readCertain;
        this.assignment = assignment;
        this.ownSlot = readHops.length > 0 && readHops[0] == 0 ? readSlots[0] : -1;
        this.exactHops = readCertain && readHops.length == 1 ? readHops[0] : -1;
        this.noOuterSlots = readHops.length == (ownSlot >= 0 ? 1 : 0);
    }
}
