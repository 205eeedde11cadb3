package downhill.render.chart;

import java.util.List;

/**
 * What a line chart shows: lines against a whole-number index running from {@code first} to {@code last}, on a
 * value axis, with marks, dots on every value ({@code markers}, for short lines whose points matter one by one), an
 * x axis that may show {@code xAtFirst + k·xPerIndex} instead of the index (NaN: the index), and a legend.
 */
public record Chart(
        String title,
        String xName,
        List<ChartLine> lines,
        List<ChartMark> marks,
        int first,
        int last,
        ValueAxis axis,
        boolean markers,
        double xAtFirst,
        double xPerIndex,
        List<ChartKey> keys) {

    public Chart {
        lines = List.copyOf(lines);
        marks = List.copyOf(marks);
        keys = List.copyOf(keys);
        last = Math.max(first + 1, last);
    }

    /** Lines from index {@code first} to {@code last}, without marks, markers or legend. */
    public static Chart of(String title, String xName, List<ChartLine> lines, int first, int last, ValueAxis axis) {
        return new Chart(title, xName, lines, List.of(), first, last, axis, false, Double.NaN, 1, List.of());
    }

    public Chart withMarks(List<ChartMark> shown) {
        return new Chart(title, xName, lines, shown, first, last, axis, markers, xAtFirst, xPerIndex, keys);
    }

    public Chart withMarkers(boolean shown) {
        return new Chart(title, xName, lines, marks, first, last, axis, shown, xAtFirst, xPerIndex, keys);
    }

    public Chart withXScale(double atFirst, double perIndex) {
        return new Chart(title, xName, lines, marks, first, last, axis, markers, atFirst, perIndex, keys);
    }

    public Chart withKeys(List<ChartKey> legend) {
        return new Chart(title, xName, lines, marks, first, last, axis, markers, xAtFirst, xPerIndex, legend);
    }

    /** How many index steps the x axis spans. */
    public int span() {
        return last - first;
    }

    /** What the x axis shows at index k (counted from the first). */
    public double shownX(double k) {
        return Double.isNaN(xAtFirst) ? first + k : xAtFirst + k * xPerIndex;
    }
}
