package downhill.app.control;

import downhill.engine.schedule.Schedule;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;

/**
 * The schedule's little plot: its caption ({@link ScheduleCaption}) and the rate over the run's steps, in the
 * theme's colours and at the UI scale (it is a {@link CanvasRegion}, so it redraws when either changes).
 */
final class SchedulePlot extends CanvasRegion {

    private static final double WIDTH = 240;
    private static final double HEIGHT = 58;
    private static final double FONT = 11;

    private Schedule schedule;
    private double baseRate;
    private int steps;
    private String caption = "";

    SchedulePlot() {
        getStyleClass().add("schedule-plot");
        // A new UI scale changes the plot's size, not only its drawing.
        ChartStyle.onChange(this, this::requestLayout);
    }

    /** @param epochs the schedule counts epochs, not steps (the caption's unit) */
    void show(Schedule schedule, double baseRate, int steps, boolean epochs) {
        this.schedule = schedule;
        this.baseRate = baseRate;
        this.steps = Math.max(1, steps);
        caption = ScheduleCaption.of(schedule, baseRate, this.steps, epochs);
        requestLayout();
        redraw();
    }

    /** The caption as drawn, for tests. */
    String caption() {
        return caption;
    }

    @Override
    protected double computePrefWidth(double height) {
        return ChartStyle.current().size(WIDTH);
    }

    @Override
    protected double computeMinWidth(double height) {
        return ChartStyle.current().size(WIDTH / 2);
    }

    @Override
    protected double computePrefHeight(double width) {
        return ChartStyle.current().size(HEIGHT);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void redraw() {
        ChartStyle style = ChartStyle.current();
        GraphicsContext g = canvas().getGraphicsContext2D();
        double w = canvas().getWidth();
        double h = canvas().getHeight();
        g.clearRect(0, 0, w, h);
        if (schedule == null || w < 10 || h < 10) {
            return;
        }
        double pad = style.size(4);
        g.setFill(style.plot());
        g.fillRoundRect(0, 0, w, h, style.size(6), style.size(6));
        g.setFill(style.text());
        g.setFont(style.font(FONT));
        g.setTextBaseline(VPos.TOP);
        g.fillText(caption, style.size(6), style.size(3), w - style.size(12));
        double max = 0;
        for (int t = 0; t <= steps; t++) {
            max = Math.max(max, schedule.rate(baseRate, t));
        }
        if (max <= 0) {
            return;
        }
        double top = style.size(FONT + 8);
        double bottom = h - pad;
        g.setStroke(style.frame());
        g.setLineWidth(style.line(1));
        g.strokeLine(pad, bottom + 0.5, w - pad, bottom + 0.5);
        g.setStroke(style.cursor());
        g.setLineWidth(style.line(1.5));
        g.beginPath();
        double span = w - 2 * pad;
        for (int i = 0; i <= span; i++) {
            long t = Math.round(i / span * steps);
            double y = bottom - (bottom - top) * schedule.rate(baseRate, t) / max;
            if (i == 0) {
                g.moveTo(pad + i, y);
            } else {
                g.lineTo(pad + i, y);
            }
        }
        g.stroke();
    }
}
