package org.seatwise.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

/** A log-log line chart of seconds against units, written as a PNG with Java2D (headless). */
public final class CostCurvePlot {

    private static final int W = 900;
    private static final int H = 560;
    private static final int LEFT = 80;
    private static final int RIGHT = 220;
    private static final int TOP = 50;
    private static final int BOTTOM = 60;
    private static final Color[] COLOURS = { new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
            new Color(0xd62728), new Color(0x7f7f7f), new Color(0x9467bd) };

    private final String title;
    private final Map<String, double[][]> series = new LinkedHashMap<>();

    public CostCurvePlot(String title) {
        this.title = title;
    }

    /** A named line through (units, seconds) points; non-positive seconds are left out (log scale). */
    public CostCurvePlot line(String name, List<double[]> points) {
        series.put(name, points.stream().filter(p -> p[1] > 0).toArray(double[][]::new));
        return this;
    }

    public void write(Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        double xMin = Double.MAX_VALUE, xMax = 0, yMin = Double.MAX_VALUE, yMax = 0;
        for (double[][] points : series.values()) {
            for (double[] p : points) {
                xMin = Math.min(xMin, p[0]);
                xMax = Math.max(xMax, p[0]);
                yMin = Math.min(yMin, p[1]);
                yMax = Math.max(yMax, p[1]);
            }
        }
        int x0 = (int) Math.floor(Math.log10(xMin)), x1 = (int) Math.ceil(Math.log10(xMax));
        int y0 = (int) Math.floor(Math.log10(yMin)), y1 = (int) Math.ceil(Math.log10(yMax));
        if (x1 == x0) {
            x1++;
        }
        if (y1 == y0) {
            y1++;
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (int e = x0; e <= x1; e++) {
            int x = px(e, x0, x1);
            g.setColor(new Color(0xdddddd));
            g.drawLine(x, TOP, x, H - BOTTOM);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format("%,.0f", Math.pow(10, e)), x - 15, H - BOTTOM + 18);
        }
        for (int e = y0; e <= y1; e++) {
            int y = py(e, y0, y1);
            g.setColor(new Color(0xdddddd));
            g.drawLine(LEFT, y, W - RIGHT, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(e >= 0 ? String.format("%,.0f s", Math.pow(10, e)) : Math.pow(10, e) + " s", 8, y + 4);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, W - LEFT - RIGHT, H - TOP - BOTTOM);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, LEFT, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("units in the bulletin (log)", (W - RIGHT) / 2 - 40, H - 18);
        int colour = 0;
        for (Map.Entry<String, double[][]> s : series.entrySet()) {
            g.setColor(COLOURS[colour % COLOURS.length]);
            g.setStroke(new BasicStroke(2f));
            double[][] p = s.getValue();
            for (int i = 0; i < p.length; i++) {
                int x = px(Math.log10(p[i][0]), x0, x1), y = py(Math.log10(p[i][1]), y0, y1);
                g.fillOval(x - 4, y - 4, 8, 8);
                if (i > 0) {
                    g.drawLine(px(Math.log10(p[i - 1][0]), x0, x1), py(Math.log10(p[i - 1][1]), y0, y1), x, y);
                }
            }
            int ly = TOP + 20 + colour * 22;
            g.drawLine(W - RIGHT + 15, ly - 4, W - RIGHT + 40, ly - 4);
            g.drawString(s.getKey(), W - RIGHT + 46, ly);
            colour++;
        }
        g.dispose();
        Files.createDirectories(png.toAbsolutePath().getParent());
        ImageIO.write(image, "png", png.toFile());
    }

    private static int px(double log, int x0, int x1) {
        return LEFT + (int) Math.round((log - x0) / (x1 - x0) * (W - LEFT - RIGHT));
    }

    private static int py(double log, int y0, int y1) {
        return H - BOTTOM - (int) Math.round((log - y0) / (y1 - y0) * (H - TOP - BOTTOM));
    }
}
