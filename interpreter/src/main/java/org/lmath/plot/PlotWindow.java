package org.lmath.plot;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Window;

import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

import org.lmath.error.LMathError;

/**
 * A figure in a Swing window (--show, or the REPL with a display). Closing the window disposes
 * of it and nothing else: it never exits the JVM, so closing a plot cannot end a REPL session.
 */
final class PlotWindow {

    private PlotWindow() {}

    static Window open(Figure figure, String title) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new LMathError("show(): there is no display to open a window on; run without --show to write PNG files instead");
        }
        JFrame[] frame = new JFrame[1];
        try {
            SwingUtilities.invokeAndWait(() -> {
                frame[0] = new JFrame(title);
                frame[0].setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
                JPanel panel = new JPanel() {
                    @Override
                    protected void paintComponent(Graphics g) {
                        FigureRenderer.paint(figure, (Graphics2D) g, getWidth(), getHeight());
                    }
                };
                panel.setPreferredSize(new Dimension(figure.width(), figure.height()));
                frame[0].setContentPane(panel);
                frame[0].pack();
                frame[0].setLocationByPlatform(true);
                frame[0].setVisible(true);
            });
        } catch (InterruptedException error) {
            Thread.currentThread().interrupt();
        } catch (java.lang.reflect.InvocationTargetException error) {
            throw new LMathError("show(): cannot open a window: " + error.getCause().getMessage());
        } catch (java.awt.AWTError | java.awt.HeadlessException error) {
            // DISPLAY is set but no window server answers (an SSH session without X forwarding).
            throw new LMathError("show(): cannot open a window: no display answers (" + error.getMessage()
                    + "); run without --show to write PNG files, or add --term for a preview in the terminal");
        }
        return frame[0];
    }
}
