package org.lmath.tensor;

import java.util.concurrent.atomic.AtomicBoolean;

import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.lmath.ast.Source;

/**
 * Starts the native libraries of tensors, and is the one door to them.
 * <p>
 * Ahead of time: ND4J (most of a second; C's log for the normal random numbers goes through it)
 * and OpenBLAS (about 0.2 s; large matrix products) would otherwise start on their first use. The
 * REPL starts both on a background thread once its prompt is up. A script starts OpenBLAS on a
 * background thread when its text has a matrix product ({@code @}) and it makes its first tensor
 * large enough for a product that goes to BLAS: B5's first product then no longer waits the
 * 0.2 s of loading. Not sooner: scripts whose products are all small (B2, B3, B8) would give
 * that time of their second CPU, which the JIT compiler needs in their first second
 * (docs/performance.md has the measurements). An operation that needs a library while it is
 * still starting waits only for the rest.
 * <p>
 * The door: a library may start on one thread while another thread's first product or LAPACK
 * call needs it. JavaCPP loads a library while holding a lock of its own, and the library's
 * native start-up needs JavaCPP's {@code Pointer} class to be initialised; {@code Pointer}'s own
 * initialisation takes that lock. A thread that took the lock first (loading OpenBLAS) and a
 * thread that was initialising {@code Pointer} (making its first buffer) waited for each other
 * for ever (seen in one run of B5 in three). So every class of lmath that touches the bindings
 * first goes through this class ({@link #javacpp()}, {@link #openBlas()},
 * {@link #throughJavaCpp}): {@code Pointer} is then always initialised before JavaCPP's lock is
 * taken, in every thread, and the two can no longer wait in a circle.
 * <p>
 * Loading: once JavaCPP has extracted the libraries into lmath's cache folder, JavaCPP's library
 * and OpenBLAS are loaded from there by path ({@link ExtractedLibraries}), which skips JavaCPP's
 * search (about 0.1-0.15 s of B5). That briefly turns JavaCPP's own loading off, so every load
 * lmath starts holds this class's lock, and no code holding it initialises a class of lmath
 * (a class initialisation waiting for the lock could otherwise be waited for).
 */
public final class NativeStart {

    /** Tensors of at least 256 x 256 elements start OpenBLAS, where products of 256^3 go to BLAS. */
    static final int LARGE_TENSOR = 256 * 256;

    /** Set when the running script has a matrix product: its first large tensor starts OpenBLAS. */
    static volatile boolean productsExpected;
    private static final AtomicBoolean startedInBackground = new AtomicBoolean();

    private NativeStart() {}

    /**
     * Told of a script about to run: when its text has a matrix product (an {@code @}; one in a
     * comment or a string only costs a background start), OpenBLAS starts in the background once
     * the script makes a tensor of {@link #LARGE_TENSOR} elements or more.
     */
    public static void beforeScript(Source script) {
        if (script.text().indexOf('@') >= 0) productsExpected = true;
    }

    /** Called by Tensor when a large tensor is made while products are expected. */
    static void largeTensorMade() {
        if (startedInBackground.compareAndSet(false, true)) inBackground(NativeStart::openBlas, "lmath-openblas-start");
    }

    /**
     * Runs a start on a daemon thread. A failure there is left to the operation that needs the
     * library, which starts it again and reports what fails.
     */
    public static void inBackground(Runnable start, String name) {
        if (Boolean.getBoolean("lmath.noBackgroundStart")) return;
        Thread thread = new Thread(() -> {
            try {
                start.run();
            } catch (Throwable ignored) {
                // reported by the operation that needs the library
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static boolean javacppStarted;
    private static boolean openBlasStarted;

    /**
     * Loads JavaCPP's own library and initialises its Pointer class, once, before any other
     * binding: from lmath's cache folder when JavaCPP has extracted it there already (see
     * {@link ExtractedLibraries}), else through JavaCPP. Never initialises a class of lmath while
     * it holds this class's lock, so that no class initialisation can wait for it in a circle.
     */
    static synchronized void javacpp() {
        if (javacppStarted) return;
        if (!ExtractedLibraries.load(ExtractedLibraries.JAVACPP, "org.bytedeco.javacpp.Pointer", "org.bytedeco.javacpp.DoublePointer")) {
            Pointer.maxBytes();
        }
        javacppStarted = true;
    }

    /** Loads OpenBLAS's library and its bindings for the matrix products, once. */
    public static synchronized void openBlas() {
        if (openBlasStarted) return;
        javacpp();
        if (!ExtractedLibraries.load(ExtractedLibraries.OPENBLAS, "org.bytedeco.openblas.global.openblas_nolapack")) {
            Loader.load(openblas_nolapack.class);
        }
        openBlasStarted = true;
    }

    /**
     * Runs a start that loads other libraries through JavaCPP (ND4J, OpenBLAS with LAPACK) under
     * this class's lock, so that it never overlaps the moment {@link ExtractedLibraries} has
     * JavaCPP's own loading turned off. The start must not initialise a class of lmath.
     */
    static synchronized void throughJavaCpp(Runnable start) {
        javacpp();
        start.run();
    }

    /** Starts ND4J and loads OpenBLAS. */
    public static void now() {
        javacpp();
        Backend.ensureStarted();
        openBlas();
    }
}
