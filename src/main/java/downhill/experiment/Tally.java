package downhill.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a class answered a choice question: a count per choice, in the question's order. A student alone is a tally
 * of one. Immutable: {@link #add} and {@link #with} give a new tally.
 *
 * @param counts each choice's count, never negative
 */
public record Tally(Map<String, Integer> counts) {

    public Tally {
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            if (count.getValue() == null || count.getValue() < 0) {
                throw new IllegalArgumentException(
                        "the count of '" + count.getKey() + "' must be ≥ 0, got " + count.getValue());
            }
        }
        counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }

    /** Nobody has answered yet: every choice at 0. */
    public static Tally empty(List<String> choices) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        choices.forEach(choice -> counts.put(choice, 0));
        return new Tally(counts);
    }

    /** This tally with {@code choice} counted {@code count} times (what a teacher types in). */
    public Tally with(String choice, int count) {
        requireChoice(choice);
        Map<String, Integer> changed = new LinkedHashMap<>(counts);
        changed.put(choice, count);
        return new Tally(changed);
    }

    /** This tally with one more vote for {@code choice}. */
    public Tally add(String choice) {
        requireChoice(choice);
        return with(choice, counts.get(choice) + 1);
    }

    public int count(String choice) {
        requireChoice(choice);
        return counts.get(choice);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The share of the votes for {@code choice}, 0 to 1 (0 while nobody has voted): a bar's length. */
    public double share(String choice) {
        int total = total();
        return total == 0 ? 0 : count(choice) / (double) total;
    }

    private void requireChoice(String choice) {
        if (!counts.containsKey(choice)) {
            throw new IllegalArgumentException(
                    "'" + choice + "' is not a choice here (choices: " + String.join(", ", counts.keySet()) + ")");
        }
    }
}
