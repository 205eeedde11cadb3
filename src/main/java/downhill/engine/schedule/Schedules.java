package downhill.engine.schedule;

import downhill.engine.Numbers;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads schedule specs: {@code constant}, {@code step:every=100,gamma=0.5}, {@code exp:gamma=0.98},
 * {@code warmup-cosine:warmup=20,total=500,floor=0.0001}.
 */
public final class Schedules {

    public static final String ACCEPTED =
            "constant, step:every=K,gamma=G, exp:gamma=G, " + "warmup-cosine:warmup=W,total=T[,floor=F]";

    private Schedules() {}

    public static Schedule parse(String spec) {
        String text = spec.strip();
        int colon = text.indexOf(':');
        String kind = colon < 0 ? text : text.substring(0, colon).strip();
        Map<String, String> args = arguments(spec, colon < 0 ? "" : text.substring(colon + 1));
        return switch (kind) {
            case "constant" -> {
                only(spec, args, Set.of());
                yield new Constant();
            }
            case "step" -> {
                only(spec, args, Set.of("every", "gamma"));
                yield new StepDecay(whole(spec, args, "every"), real(spec, args, "gamma"));
            }
            case "exp" -> {
                only(spec, args, Set.of("gamma"));
                yield new Exponential(real(spec, args, "gamma"));
            }
            case "warmup-cosine" -> {
                only(spec, args, Set.of("warmup", "total", "floor"));
                double floor = args.containsKey("floor") ? real(spec, args, "floor") : 0;
                yield new WarmupCosine(whole(spec, args, "warmup"), whole(spec, args, "total"), floor);
            }
            default ->
                throw new IllegalArgumentException(
                        "unknown schedule '" + kind + "' in '" + spec + "' (accepted: " + ACCEPTED + ")");
        };
    }

    static void checkGamma(String kind, double gamma) {
        if (!(gamma > 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException(kind + " schedule: gamma must be a finite number > 0, got " + gamma);
        }
    }

    private static Map<String, String> arguments(String spec, String text) {
        Map<String, String> args = new LinkedHashMap<>();
        if (text.isBlank()) {
            return args;
        }
        for (String pair : text.split(",", -1)) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(
                        "'" + pair.strip() + "' in schedule '" + spec + "' is not name=value");
            }
            String key = pair.substring(0, eq).strip();
            if (args.put(key, pair.substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException("'" + key + "' is given twice in schedule '" + spec + "'");
            }
        }
        return args;
    }

    private static void only(String spec, Map<String, String> args, Set<String> allowed) {
        for (String key : args.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("schedule '" + spec + "' has no parameter '" + key + "' ("
                        + (allowed.isEmpty()
                                ? "it takes none"
                                : "it takes "
                                        + String.join(
                                                ", ", allowed.stream().sorted().toList()))
                        + ")");
            }
        }
    }

    private static String required(String spec, Map<String, String> args, String key) {
        String value = args.get(key);
        if (value == null) {
            throw new IllegalArgumentException("schedule '" + spec + "' needs " + key + "=...");
        }
        return value;
    }

    private static double real(String spec, Map<String, String> args, String key) {
        String value = required(spec, args, key);
        try {
            return Numbers.parse(value);
        } catch (IllegalArgumentException ignored) {
            // reported below with the schedule's context
        }
        throw new IllegalArgumentException(key + "=" + value + " in schedule '" + spec + "' is not a finite number");
    }

    private static int whole(String spec, Map<String, String> args, String key) {
        String value = required(spec, args, key);
        try {
            return Numbers.parseInt(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + "=" + value + " in schedule '" + spec + "': " + e.getMessage());
        }
    }
}
