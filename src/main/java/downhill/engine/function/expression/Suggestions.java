package downhill.engine.function.expression;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** "Did you mean …?" for a mistyped name: the known names close to it, if any is. */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The names {@code word} most likely stands for, compared without regard to case: the longest name the word
     * extends ({@code sine} → {@code sin}); else the names the word begins ({@code sqr} → {@code sqrt}); else the
     * names within a small edit distance ({@code rosenbrok} → {@code rosenbrock}; one edit for words of up to four
     * letters, two for longer ones). Empty when nothing is close.
     */
    public static List<String> closest(String word, Collection<String> names) {
        String typed = word.toLowerCase(Locale.ROOT);
        String extended = null;
        for (String name : names) {
            String known = name.toLowerCase(Locale.ROOT);
            if (known.length() >= 2
                    && typed.startsWith(known)
                    && (extended == null || known.length() > extended.length())) {
                extended = name;
            }
        }
        if (extended != null) {
            return List.of(extended);
        }
        List<String> begun = new ArrayList<>();
        if (typed.length() >= 2) {
            for (String name : names) {
                if (name.toLowerCase(Locale.ROOT).startsWith(typed)) {
                    begun.add(name);
                }
            }
        }
        if (!begun.isEmpty()) {
            return begun;
        }
        int allowed = Math.min(typed.length() <= 4 ? 1 : 2, typed.length() - 1);
        List<String> nearest = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        for (String name : names) {
            int distance = distance(typed, name.toLowerCase(Locale.ROOT));
            if (distance > allowed) {
                continue;
            }
            if (distance < best) {
                best = distance;
                nearest.clear();
            }
            if (distance == best) {
                nearest.add(name);
            }
        }
        return nearest;
    }

    /** {@code " — did you mean 'a'?"}, {@code " — did you mean 'a' or 'b'?"}, or empty when there are none. */
    public static String didYouMean(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(" — did you mean ");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                text.append(i == names.size() - 1 ? " or " : ", ");
            }
            text.append('\'').append(names.get(i)).append('\'');
        }
        return text.append('?').toString();
    }

    /** Edits (insert, delete, substitute, swap two neighbours) that turn {@code a} into {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
