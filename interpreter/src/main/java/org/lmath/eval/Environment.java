package org.lmath.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.lmath.builtins.Builtin;
import org.lmath.builtins.BuiltinTable;
import org.lmath.value.Value;

/**
 * One scope of names. A function body (and a module's top level) starts a new function scope;
 * a block inside it is a plain scope. Assignment updates the name where it already exists in
 * this function's scopes, and otherwise creates it in the innermost one: LANGUAGE.md's rule.
 *
 * <p>A scope comes in two forms. The top level of a script or module, the REPL's session and the
 * builtins are <em>name scopes</em>: their names are found by name, since inputs and imports add
 * to them as they run; each name has a {@link Cell} that it keeps for good, so a name in the
 * program can remember the cell it found ({@link Resolution}) until some name scope gains a new
 * name (the {@link #version} they share changes). Every other scope (a function's body, a block,
 * a loop turn, a comprehension) is a <em>slot scope</em>: the {@link Resolver} has listed, before
 * the program runs, every name that can ever be created in it, so each gets a slot in an array
 * and a name in the program reads its slots by position ({@link #read}, {@link #write}). A slot
 * holds null until its name is created, which keeps the rule above exact: a name that does not
 * exist yet is looked for further out.
 */
final class Environment {

    /** A name scope's variable: its value, replaced in place by assignment. */
    static final class Cell {
        Value value;

        Cell(Value value) {
            this.value = value;
        }
    }

    private final Environment enclosing;
    private final boolean functionScope;
    private final String[] slotNames;  // a slot scope's names, in slot order (the Resolver's layout); null for a name scope
    private final Value[] slots;
    private final Environment nameScope;  // the name scope at the end of this chain (this one, for a name scope)
    private final Environment root;       // the outermost scope, the builtins: it keeps the version
    private Map<String, Cell> cells;      // a name scope's names; a slot scope's names the Resolver did not foresee
    private int version;                  // (root only) changes whenever a name scope gains a name

    private boolean captured;        // a closure holds this scope (or one inside it), so it must not be reused
    private BuiltinTable builtins;   // (the builtins' scope only) declared here as their names are first looked up

    /** A name scope. */
    Environment(Environment enclosing, boolean functionScope) {
        this(enclosing, functionScope, null);
    }

    /** A slot scope with the given layout; a null layout (code the Resolver has not seen) makes a name scope. */
    Environment(Environment enclosing, boolean functionScope, String[] layout) {
        this.enclosing = enclosing;
        this.functionScope = functionScope;
        this.slotNames = layout;
        this.slots = layout == null ? null : new Value[layout.length];
        this.nameScope = layout == null || enclosing == null ? this : enclosing.nameScope;
        this.root = enclosing == null ? this : enclosing.root;
    }

    /**
     * Makes this, the outermost scope, hold the table's builtins: each is added as a name the
     * first time a lookup reaches this scope for it (the table declares it then).
     */
    void holdBuiltins(BuiltinTable table) {
        builtins = table;
    }

    /** A closure made here keeps this scope and the ones around it alive. */
    void markCaptured() {
        for (Environment scope = this; scope != null && !scope.captured; scope = scope.enclosing) scope.captured = true;
    }

    boolean isCaptured() {
        return captured;
    }

    boolean isSlotScope() {
        return slots != null;
    }

    /** A function's body or a file's (script's, module's) top level, not a block inside one. */
    boolean isFunctionScope() {
        return functionScope;
    }

    /** Forgets every name, so a loop can reuse this scope for its next turn when no closure holds it. */
    void clear() {
        if (slots != null) {
            for (int i = 0; i < slots.length; i++) slots[i] = null;  // a plain loop: Arrays.fill was not inlined in the scalar loop
        }
        if (cells != null) {
            cells = null;
            root.version++;  // a remembered cell may have been one of these
        }
    }

    // ------------------------------------------------------------------ by position (resolved names)

    /** The value of a resolved name: its slots, innermost first, then the name scopes by name; null if none has it. */
    Value read(Resolution name) {
        // The commonest cases first, kept small enough for the JIT to inline into every expression:
        // a name of this scope, a name surely in a scope around it, or a top-level name whose cell is remembered.
        int own = name.ownSlot;
        if (own >= 0) {
            Value value = slots[own];
            if (value != null) return value;
        } else if (name.exactHops > 0) {
            Environment scope = enclosing;
            for (int walked = 1; walked < name.exactHops; walked++) scope = scope.enclosing;
            Value value = scope.slots[name.readSlots[0]];
            if (value != null) return value;
        }
        Resolution.Remembered found = name.readCell;
        if (name.noOuterSlots && found != null && found.scope() == nameScope && found.version() == root.version) return found.cell().value;
        return readFurther(name);
    }

    private Value readFurther(Resolution name) {
        int[] hops = name.readHops;
        int[] indices = name.readSlots;
        Environment scope = this;
        int walked = 0;
        for (int c = 0; c < hops.length; c++) {
            for (; walked < hops[c]; walked++) scope = scope.enclosing;
            Value value = scope.slots[indices[c]];
            if (value != null) return value;
        }
        if (name.readCertain) return lookup(name.name);  // cannot happen; if it did, the search by name is always right
        return readByName(name);
    }

    /** A resolved name that no slot holds: the name scopes', through the remembered cell when it is still valid. */
    private Value readByName(Resolution name) {
        Environment names = nameScope;
        Resolution.Remembered found = name.readCell;
        if (found != null && found.scope() == names && found.version() == root.version) return found.cell().value;
        Cell cell = names.findCell(name.name);
        if (cell == null) return null;
        name.readCell = new Resolution.Remembered(names, root.version, cell);
        return cell.value;
    }

    /** Assigns a resolved name: where it exists in this function's scopes, otherwise in this, the innermost scope. */
    void write(Resolution name, Value value) {
        Resolution.Assignment assignment = name.assignment;
        if (assignment == null || slots == null) {  // at a top level itself: by name
            assign(name.name, value);
        } else if (assignment.certainHops == 0) {
            slots[assignment.certainSlot] = value;
        } else if (assignment.certainHops > 0) {
            Environment scope = enclosing;
            for (int walked = 1; walked < assignment.certainHops; walked++) scope = scope.enclosing;
            scope.slots[assignment.certainSlot] = value;
        } else {
            writeFurther(name, assignment, value);
        }
    }

    private void writeFurther(Resolution name, Resolution.Assignment assignment, Value value) {
        int[] hops = assignment.hops;
        int[] indices = assignment.slots;
        Environment scope = this;
        int walked = 0;
        for (int c = 0; c < hops.length; c++) {
            for (; walked < hops[c]; walked++) scope = scope.enclosing;
            if (scope.slots[indices[c]] != null) {
                scope.slots[indices[c]] = value;
                return;
            }
        }
        if (assignment.reachesNames) {  // a block of a top level: the top level's own name, if it has it
            Resolution.Remembered found = name.writeCell;
            if (found != null && found.scope() == nameScope && found.version() == root.version) {
                found.cell().value = value;
                return;
            }
            Cell cell = nameScope.ownCell(name.name);
            if (cell != null) {
                name.writeCell = new Resolution.Remembered(nameScope, root.version, cell);
                cell.value = value;
                return;
            }
        }
        slots[assignment.createdSlot] = value;
    }

    /** Sets the slot at index of this slot scope (a loop variable). */
    void setSlot(int index, Value value) {
        slots[index] = value;
    }

    // ------------------------------------------------------------------ by name

    /** The value of a name visible from here, or null. */
    Value lookup(String name) {
        for (Environment scope = this; scope != null; scope = scope.enclosing) {
            Value value = scope.own(name);
            if (value != null) return value;
        }
        return null;
    }

    /** The cell of a name in this name scope or the ones around it, or null. */
    private Cell findCell(String name) {
        for (Environment scope = this; scope != null; scope = scope.enclosing) {
            Cell cell = scope.visibleCell(name);
            if (cell != null) return cell;
        }
        return null;
    }

    void assign(String name, Value value) {
        for (Environment scope = this; scope != null; scope = scope.enclosing) {
            if (scope.replace(name, value)) return;
            if (scope.functionScope) break;
        }
        addNew(name, value);
    }

    void define(String name, Value value) {
        if (!replace(name, value)) addNew(name, value);
    }

    private int slotOf(String name) {
        for (int i = 0; i < slotNames.length; i++) {
            if (slotNames[i] == name) return i;
        }
        for (int i = 0; i < slotNames.length; i++) {
            if (slotNames[i].equals(name)) return i;
        }
        return -1;
    }

    private Cell ownCell(String name) {
        return cells == null ? null : cells.get(name);
    }

    /** The cell of a name here, for a lookup: in the builtins' scope, a builtin not looked up before is added first. */
    private Cell visibleCell(String name) {
        Cell cell = ownCell(name);
        if (cell != null || builtins == null) return cell;
        Builtin builtin = builtins.get(name);
        if (builtin == null) return null;
        addNew(name, builtin);
        return ownCell(name);
    }

    private Value own(String name) {
        if (slots != null) {
            int slot = slotOf(name);
            if (slot >= 0 && slots[slot] != null) return slots[slot];
        }
        Cell cell = visibleCell(name);
        return cell == null ? null : cell.value;
    }

    /** Sets the name here if it is defined here; says whether it was. */
    private boolean replace(String name, Value value) {
        if (slots != null) {
            int slot = slotOf(name);
            if (slot >= 0 && slots[slot] != null) {
                slots[slot] = value;
                return true;
            }
        }
        Cell cell = ownCell(name);
        if (cell == null) return false;
        cell.value = value;
        return true;
    }

    private void addNew(String name, Value value) {
        if (slots != null) {
            int slot = slotOf(name);
            if (slot >= 0) {
                slots[slot] = value;
                return;
            }
            // Not in the layout (the Resolver could not foresee it): kept by name, as in a name scope.
        }
        if (cells == null) cells = new LinkedHashMap<>();
        cells.put(name, new Cell(value));
        root.version++;
    }

    /** Names defined in this scope only (a module's members), in definition order. */
    Map<String, Value> ownValues() {
        if (builtins != null) {
            for (String name : builtins.all().keySet()) visibleCell(name);
        }
        Map<String, Value> result = new LinkedHashMap<>();
        if (slots != null) {
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] != null) result.put(slotNames[i], slots[i]);
            }
        }
        if (cells != null) {
            for (Map.Entry<String, Cell> entry : cells.entrySet()) result.put(entry.getKey(), entry.getValue().value);
        }
        return result;
    }

    /** Every name visible from here, for suggestions. */
    Set<String> visibleNames() {
        Set<String> result = new TreeSet<>();
        for (Environment scope = this; scope != null; scope = scope.enclosing) result.addAll(scope.ownValues().keySet());
        return result;
    }
}
