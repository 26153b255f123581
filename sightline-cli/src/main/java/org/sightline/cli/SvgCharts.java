package org.sightline.cli;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Bar charts as inline SVG, built as jsoup elements (so every label is escaped), with a title and
 * description for screen readers. No script, no external resources.
 */
final class SvgCharts {
    static final String INK = "#2b2b2b";
    static final String MUTED = "#6b6b6b";
    static final String GRID = "#e3e0da";
    static final String BAR = "#4a6a8a";

    private SvgCharts() {
    }

    /**
     * Horizontal bars, one per row, with the value and its note written after the bar.
     *
     * @param id    element id prefix
     * @param title the chart's accessible title
     * @param desc  a sentence saying what the bars mean
     */
    static Element horizontal(String id, String title, String desc, List<BriefModel.Bar> bars) {
        int labelWidth = 230;
        int plotWidth = 220;
        int noteWidth = 230;
        int row = 30;
        int top = 10;
        int axis = 22;
        int width = labelWidth + plotWidth + noteWidth;
        int height = top + row * Math.max(1, bars.size()) + axis;
        int max = Math.max(1, bars.stream().mapToInt(BriefModel.Bar::value).max().orElse(1));
        int step = tickStep(max);
        int scaleMax = ((max + step - 1) / step) * step;
        Element svg = svg(id, title, desc, width, height);
        Element grid = svg.appendElement("g").attr("class", "grid");
        for (int v = 0; v <= scaleMax; v += step) {
            double x = labelWidth + plotWidth * (double) v / scaleMax;
            grid.appendElement("line").attr("x1", fmt(x)).attr("x2", fmt(x)).attr("y1", String.valueOf(top - 4))
                    .attr("y2", String.valueOf(height - axis + 2)).attr("stroke", GRID).attr("stroke-width", "1");
            grid.appendElement("text").attr("x", fmt(x)).attr("y", String.valueOf(height - 6)).attr("text-anchor", "middle")
                    .attr("font-size", "11").attr("fill", MUTED).text(String.valueOf(v));
        }
        for (int i = 0; i < bars.size(); i++) {
            BriefModel.Bar b = bars.get(i);
            int y = top + i * row;
            double w = plotWidth * (double) b.value() / scaleMax;
            Element g = svg.appendElement("g").attr("class", "row");
            g.appendElement("title").text(b.label() + ": " + BriefModel.claimsWord(b.value()) + ", " + b.note());
            g.appendElement("text").attr("x", String.valueOf(labelWidth - 8)).attr("y", String.valueOf(y + row / 2 + 4))
                    .attr("text-anchor", "end").attr("font-size", "13").attr("fill", INK).text(shorten(b.label(), 32));
            g.appendElement("rect").attr("class", "bar").attr("x", String.valueOf(labelWidth)).attr("y", String.valueOf(y + 6))
                    .attr("width", fmt(Math.max(w, 2))).attr("height", String.valueOf(row - 12)).attr("fill", BAR)
                    .attr("rx", "2");
            g.appendElement("text").attr("x", fmt(labelWidth + w + 8)).attr("y", String.valueOf(y + row / 2 + 4))
                    .attr("font-size", "12").attr("fill", MUTED)
                    .text(BriefModel.claimsWord(b.value()) + " · " + b.note());
        }
        return svg;
    }

    /** Vertical columns, one per bar (years, then "undated"), the value above each column. */
    static Element columns(String id, String title, String desc, List<BriefModel.Bar> bars) {
        int left = 40;
        int col = 64;
        int top = 24;
        int plotHeight = 150;
        int axis = 26;
        int width = Math.max(360, left + col * Math.max(1, bars.size()) + 20);
        int height = top + plotHeight + axis;
        int max = Math.max(1, bars.stream().mapToInt(BriefModel.Bar::value).max().orElse(1));
        int step = tickStep(max);
        int scaleMax = ((max + step - 1) / step) * step;
        Element svg = svg(id, title, desc, width, height);
        Element grid = svg.appendElement("g").attr("class", "grid");
        for (int v = 0; v <= scaleMax; v += step) {
            double y = top + plotHeight - plotHeight * (double) v / scaleMax;
            grid.appendElement("line").attr("x1", String.valueOf(left)).attr("x2", String.valueOf(width - 10))
                    .attr("y1", fmt(y)).attr("y2", fmt(y)).attr("stroke", GRID).attr("stroke-width", "1");
            grid.appendElement("text").attr("x", String.valueOf(left - 8)).attr("y", fmt(y + 4)).attr("text-anchor", "end")
                    .attr("font-size", "11").attr("fill", MUTED).text(String.valueOf(v));
        }
        for (int i = 0; i < bars.size(); i++) {
            BriefModel.Bar b = bars.get(i);
            double h = plotHeight * (double) b.value() / scaleMax;
            int x = left + 12 + i * col;
            double y = top + plotHeight - h;
            boolean undated = b.label().equals("undated");
            Element g = svg.appendElement("g").attr("class", "col");
            g.appendElement("title").text(b.label() + ": " + b.note());
            g.appendElement("rect").attr("class", "bar").attr("x", String.valueOf(x)).attr("y", fmt(y))
                    .attr("width", String.valueOf(col - 24)).attr("height", fmt(Math.max(h, 1)))
                    .attr("fill", undated ? "#9aa5b1" : BAR).attr("rx", "2");
            g.appendElement("text").attr("x", String.valueOf(x + (col - 24) / 2)).attr("y", fmt(y - 6))
                    .attr("text-anchor", "middle").attr("font-size", "12").attr("fill", INK).text(String.valueOf(b.value()));
            g.appendElement("text").attr("x", String.valueOf(x + (col - 24) / 2)).attr("y", String.valueOf(height - 8))
                    .attr("text-anchor", "middle").attr("font-size", "12").attr("fill", INK).text(b.label());
        }
        return svg;
    }

    private static Element svg(String id, String title, String desc, int width, int height) {
        Element svg = new Element("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("id", id)
                .attr("class", "chart").attr("role", "img").attr("aria-label", title)
                .attr("aria-describedby", id + "-desc").attr("viewBox", "0 0 " + width + " " + height)
                .attr("width", String.valueOf(width)).attr("height", String.valueOf(height))
                .attr("font-family", "'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif");
        svg.appendElement("title").attr("id", id + "-title").text(title);
        svg.appendElement("desc").attr("id", id + "-desc").text(desc);
        return svg;
    }

    static int tickStep(int max) {
        if (max <= 5) {
            return 1;
        }
        int step = 1;
        while (max / step > 5) {
            step = step == 1 ? 2 : step % 2 == 0 && String.valueOf(step).startsWith("2") ? step / 2 * 5 : step * 2;
        }
        return step;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
