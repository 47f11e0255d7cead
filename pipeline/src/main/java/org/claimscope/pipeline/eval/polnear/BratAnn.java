package org.claimscope.pipeline.eval.polnear;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimscope.model.Span;

/**
 * A BRAT standoff ({@code .ann}) file: text-bound entities ({@code T1\tType 10 20;25 30\ttext}) and events
 * ({@code E1\tType:T4 Role:T2 Role2:T3}). Offsets in the file count Unicode code points; they are converted to
 * Java {@code char} offsets into the article text. Notes ({@code #}), attributes and lines that only continue an
 * entity's multi-line text are ignored.
 */
public record BratAnn(Map<String, Entity> entities, List<Event> events) {

    /** A text-bound annotation: its type and one or more (discontinuous) fragments. */
    public record Entity(String id, String type, List<Span> fragments) {
        public Span envelope() {
            return new Span(fragments.getFirst().start(), fragments.getLast().end());
        }
    }

    /** An event: its type, trigger entity id and role → argument ids (roles keep their numeric suffix). */
    public record Event(String id, String type, String trigger, Map<String, List<String>> arguments) {
        /** All arguments whose role is {@code role} or {@code role} followed by digits (Content, Content2, …). */
        public List<String> role(String role) {
            List<String> out = new ArrayList<>();
            arguments.forEach((k, v) -> {
                if (k.equals(role) || (k.startsWith(role) && k.substring(role.length()).chars().allMatch(Character::isDigit))) {
                    out.addAll(v);
                }
            });
            return out;
        }
    }

    private static final Pattern ENTITY = Pattern.compile("^(T\\d+)\\t(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)*)(?:\\t.*)?$");
    private static final Pattern EVENT = Pattern.compile("^(E\\d+)\\t(.*)$");

    /** Parses {@code ann}; {@code text} is the article the offsets point into. */
    public static BratAnn parse(String ann, String text) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        for (String line : ann.split("\r?\n")) {
            Matcher m = ENTITY.matcher(line);
            if (m.matches()) {
                List<Span> fragments = new ArrayList<>();
                for (String frag : m.group(3).split(";")) {
                    String[] se = frag.split(" ");
                    int s = toChar(text, Integer.parseInt(se[0]));
                    int e = toChar(text, Integer.parseInt(se[1]));
                    if (e > s) {
                        fragments.add(new Span(s, e));
                    }
                }
                if (!fragments.isEmpty()) {
                    fragments.sort(null);
                    entities.put(m.group(1), new Entity(m.group(1), m.group(2), List.copyOf(fragments)));
                }
                continue;
            }
            m = EVENT.matcher(line);
            if (m.matches()) {
                String[] parts = m.group(2).trim().split("\\s+");
                String[] head = parts[0].split(":", 2);
                if (head.length != 2) {
                    continue;
                }
                Map<String, List<String>> args = new LinkedHashMap<>();
                for (int i = 1; i < parts.length; i++) {
                    String[] rv = parts[i].split(":", 2);
                    if (rv.length == 2) {
                        args.computeIfAbsent(rv[0], k -> new ArrayList<>()).add(rv[1]);
                    }
                }
                events.add(new Event(m.group(1), head[0], head[1], args));
            }
        }
        return new BratAnn(entities, events);
    }

    /** Code-point offset → char offset, clamped to the text. */
    static int toChar(String text, int codePoints) {
        int cps = text.codePointCount(0, text.length());
        if (codePoints >= cps) {
            return text.length();
        }
        return text.offsetByCodePoints(0, Math.max(0, codePoints));
    }
}
